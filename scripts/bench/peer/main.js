/**
 * The React peer's bench page: Zuplo's API-key manager (`@zuplo/react-api-key-manager`) on React
 * 18, with its own stylesheet, bundled by esbuild as the bench page is (minified, production
 * React; `react` is React 18 here through the server's alias), on the same fake as ours.
 *
 * The peer shows consumers, each with its keys, and lists them all at once. Its provider here reads
 * every token of the fake as the peer's default provider reads its API (a plain `fetch` and
 * `response.json()`, a page of 100 at a time, the contract's largest) and makes each token a
 * consumer with one key: so the peer shows one key for each token. Puppeteer opens the page fresh
 * for each run and calls `bench.setup`, then `bench.listed`.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiKeyManager } from '@zuplo/react-api-key-manager';
import '@zuplo/react-api-key-manager/index.css';
import { setup, until, walkRaw } from '../page/fake.js';

const stage = document.querySelector('#stage');
/** What the peer renders for each key (KeyControl's container). */
const KEY = '.zp-key-manager--key-control-container';

/** Every token of the fake, walking its cursors. */
async function listTokens() {
  const tokens = [];
  await walkRaw('tokens', { limit: 100 }, (page) => tokens.push(...page.data));
  return tokens;
}

/** A token as the peer's consumer: its name the description, its prefix the key shown. */
const consumer = (token) => ({
  name: token.id,
  description: token.name,
  createdOn: token.created_at,
  apiKeys: [
    {
      id: token.id,
      description: token.name,
      createdOn: token.created_at,
      updatedOn: token.last_used_at ?? token.created_at,
      expiresOn: token.expires_at,
      key: token.prefix,
    },
  ],
});

const readOnly = () => Promise.reject(new Error('bench: the peer only lists here'));

/** The peer's `ApiKeyManagerProvider` over the fake; the bench only lists. */
const provider = {
  getConsumers: async () => ({ data: (await listTokens()).map(consumer) }),
  rollKey: readOnly,
  deleteKey: readOnly,
  updateConsumerDescription: readOnly,
  refresh: () => {},
  registerOnRefresh: () => ({}),
  unregisterOnRefresh: () => {},
};

/** Mounts the peer; resolves once a key is in the DOM for each of the `rows` tokens. */
async function listed(rows) {
  const start = performance.now();
  createRoot(stage).render(createElement(ApiKeyManager, { provider }));
  await until(stage, () => stage.querySelectorAll(KEY).length >= rows);
  return { ms: performance.now() - start, rows: stage.querySelectorAll(KEY).length };
}

globalThis.bench = { setup, listed };
document.documentElement.dataset.ready = '';
