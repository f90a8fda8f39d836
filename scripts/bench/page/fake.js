/**
 * What both bench pages share (ours, page/main.js, and the React peer's, peer/main.js): the built
 * package's fake Operator API answered in-process, made alike on each fresh visit (seed 7), and how
 * a page waits for its rows to be in the DOM.
 */
import { createOperatorClient } from '@operator-ai/admin-widget/client';
import { createFakeOperatorApi, FAKE_CREDENTIAL } from '@operator-ai/admin-widget/mocks';

export const baseUrl = 'https://api.operator.test/v1';
export const headers = { Authorization: `Bearer ${FAKE_CREDENTIAL}` };
/** The most tokens the fake seeds; more are created through its API before anything is timed. */
const SEEDED_TOKENS = 500;
/** The page's fake, made by `setup`. */
export let fake;
export const client = () =>
  createOperatorClient({ baseUrl, auth: FAKE_CREDENTIAL, fetch: fake.fetch });

/**
 * Makes the fake with `tokens` tokens and `logEntries` log entries (untimed). `intlInUse`: the page
 * has formatted a date and a number, as most host pages have before a widget renders (the first use
 * of `Intl` in a page's process loads ICU's data, which the host has then paid for).
 */
export async function setup({ tokens = 10, logEntries = 0, intlInUse = false }) {
  if (intlInUse) {
    new Date(0).toLocaleDateString();
    (1234.5).toLocaleString();
  }
  fake = createFakeOperatorApi({
    baseUrl,
    seed: 7,
    tokens: Math.min(tokens, SEEDED_TOKENS),
    logEntries,
  });
  const writer = client();
  for (let i = SEEDED_TOKENS; i < tokens; i++) await writer.tokens.create({ name: `Bench ${i}` });
}

/** Resolves when `predicate()` holds, checked after each change below `root` (a node or shadow root). */
export function until(root, predicate, timeout = 120_000) {
  if (predicate()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!predicate()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`bench: still waiting after ${timeout} ms`));
    }, timeout);
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/**
 * Walks the pages of `path` (`tokens`, `access-logs`) straight from the fake, a plain `fetch` and
 * `JSON.parse` each, no client; `onPage(page)` for each.
 */
export async function walkRaw(path, params, onPage = () => {}) {
  for (let cursor; cursor !== null;) {
    const query = new URLSearchParams({ ...params, ...(cursor ? { cursor } : {}) });
    const response = await fake.fetch(`${baseUrl}/${path}?${query}`, { headers });
    const page = JSON.parse(await response.text());
    onPage(page);
    cursor = page.next_cursor;
  }
}
