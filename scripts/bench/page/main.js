/**
 * The bench page: the built package (dist/, bundled by esbuild as a host's bundler would) on the
 * fake answered in-process (`fake.fetch` handed to the client, no service worker). Puppeteer opens
 * it fresh for each run and calls `bench.*`; each function measures in the page and returns
 * milliseconds.
 */
import ky from 'ky';
import '@operator-ai/admin-widget';
import { clientVsKy } from '../client-vs-ky.mjs';
import { baseUrl, client, fake, headers, setup, until, walkRaw } from './fake.js';

const stage = document.querySelector('#stage');

const escape = (text) => String(text ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The naive baseline: a plain `fetch` of the fake's `/tokens`, `JSON.parse`, and one `innerHTML`
 * table of the same rows (name, prefix, scopes, status, created, last used, expires).
 */
async function naiveTable() {
  const start = performance.now();
  const response = await fake.fetch(`${baseUrl}/tokens`, { headers });
  const { data } = JSON.parse(await response.text());
  const cells = (token) =>
    [
      `${escape(token.name)} <code>${escape(token.prefix)}…</code> ${escape(token.scopes.join(', '))}`,
      escape(token.status),
      escape(token.created_at),
      escape(token.last_used_at ?? 'Never'),
      escape(token.expires_at ?? 'Never'),
    ]
      .map((cell) => `<td>${cell}</td>`)
      .join('');
  stage.innerHTML = `<table><thead><tr><th>Token</th><th>Status</th><th>Created</th><th>Last used</th><th>Expires</th></tr></thead><tbody>${data.map((token) => `<tr>${cells(token)}</tr>`).join('')}</tbody></table>`;
  return { ms: performance.now() - start, rows: stage.querySelectorAll('tbody tr').length };
}

/** The rows a token table shows: its `row` parts (a virtualized table: its `aria-rowcount`). */
function tokenRows(element) {
  const table = element.shadowRoot.querySelector('[part~=table]');
  const total = table?.getAttribute('aria-rowcount');
  return total ? Number(total) - 1 : element.shadowRoot.querySelectorAll('[part~=row]').length;
}

/**
 * Mounts `<operator-token-manager>` with the package's client; resolves with the element once
 * `rows` rows are in the DOM. `seen(element)` is called after each change until then.
 */
async function mountTokenManager(rows, seen = () => {}) {
  const element = document.createElement('operator-token-manager');
  element.client = client();
  stage.replaceChildren(element);
  await until(element.shadowRoot, () => (seen(element), tokenRows(element) >= rows));
  return element;
}

/**
 * The token manager's first render: until `rows` rows (its first page) are in the DOM; `loading`,
 * when its loading state (the toolbar) was.
 */
async function tokenFirstRender(rows) {
  let loading;
  const start = performance.now();
  const element = await mountTokenManager(rows, ({ shadowRoot }) => {
    loading ??= shadowRoot.querySelector('[part~=toolbar]') ? performance.now() - start : undefined;
  });
  return { ms: performance.now() - start, loading, rows: tokenRows(element) };
}

/**
 * The token manager until every token is listed: its first page, then "Load more" pressed (its
 * button clicked) until it is gone. Each press is timed from the click until the new rows are in
 * the DOM. Stops once `cap` ms have passed: then `ms` is `null` (`Infinity` does not survive the
 * trip to Node).
 */
async function tokenAllListed(cap) {
  const start = performance.now();
  const element = await mountTokenManager(1);
  const firstPage = performance.now() - start;
  const root = element.shadowRoot;
  const button = () => root.querySelector('[part~=load-more]');
  const presses = [];
  while (button()) {
    if (performance.now() - start > cap)
      return { ms: null, firstPage, presses, rows: tokenRows(element) };
    const before = tokenRows(element);
    const pressed = performance.now();
    button().click();
    await until(root, () => !button() || tokenRows(element) !== before);
    presses.push(performance.now() - pressed);
  }
  return { ms: performance.now() - start, firstPage, presses, rows: tokenRows(element) };
}

/** A window over every seeded entry (the default range, 24 hours, holds a thirtieth of them). */
const everything = () => ({
  since: new Date(fake.clock.now() - 32 * 86_400_000).toISOString(),
  until: new Date(fake.clock.now() + 60_000).toISOString(),
});

/** Mounts `<operator-access-log>` over every entry, 100 a page; resolves once a row shows. */
async function mountAccessLog() {
  const element = document.createElement('operator-access-log');
  Object.assign(element, { client: client(), range: 'custom', pageSize: 100, ...everything() });
  stage.replaceChildren(element);
  await until(element.shadowRoot, () => element.shadowRoot.querySelector('[part~=entry]'));
  return element;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Scrolling the log through `rows` loaded rows, `step` px a frame: each frame's time (between
 * animation frames), and the long tasks meanwhile (PerformanceObserver 'longtask').
 */
async function logScroll({ rows, step }) {
  const element = await mountAccessLog();
  for (let page = 1; page < rows / 100; page++) await element.loadMore();
  await element.updateComplete;
  const body = element.shadowRoot.querySelector('[part~=body]');
  const rowHeight = element.shadowRoot
    .querySelector('[part~=entry]')
    .getBoundingClientRect().height;
  const distance = rows * rowHeight;
  for (let i = 0; i < 10; i++) await frame();
  const longTasks = [];
  const observer = new PerformanceObserver((list) =>
    longTasks.push(...list.getEntries().map((entry) => entry.duration)),
  );
  observer.observe({ type: 'longtask' });
  const frames = [];
  let last = await frame();
  let stalled = 0;
  while (body.scrollTop < distance && stalled < 30) {
    const top = body.scrollTop;
    body.scrollTop = top + step;
    const now = await frame();
    frames.push(now - last);
    last = now;
    stalled = body.scrollTop > top ? 0 : stalled + 1;
  }
  // Long tasks are reported after they end: one more frame for the last.
  await frame();
  observer.disconnect();
  return { frames, longTasks, scrolled: body.scrollTop, distance };
}

/**
 * The log's load-all: the element paging to the end (`loadMore()` until its footer says all are
 * shown), from mounting; stops after `cap` ms (then `ms` is `null`).
 */
async function logLoadAll(cap) {
  const start = performance.now();
  const element = await mountAccessLog();
  // The footer is found again only when it was drawn anew: looking it up on each page (a search
  // through the table's rows) was the bench's cost, not the element's.
  let footer;
  const done = () => {
    if (!footer?.isConnected) footer = element.shadowRoot.querySelector('[part~=footer]');
    return footer?.textContent.trim() && !footer.querySelector('[role=alert]');
  };
  let pages = 1;
  while (!done()) {
    if (performance.now() - start > cap) return { ms: null, pages };
    await element.loadMore();
    await element.updateComplete;
    pages++;
  }
  return { ms: performance.now() - start, pages };
}

/** The same pages through the client alone, and through the fake alone (`fetch` + `JSON.parse`). */
async function logPagesAlone() {
  const params = { ...everything(), limit: 100 };
  const walker = client();
  let start = performance.now();
  let pages = 0;
  for (let cursor; cursor !== null; pages++)
    cursor = (await walker.accessLogs.list({ ...params, cursor })).next_cursor;
  const clientMs = performance.now() - start;
  start = performance.now();
  await walkRaw('access-logs', params);
  return { client: clientMs, fake: performance.now() - start, pages };
}

/** Per-call means of a raw fetch, ky alone and our client on `/tokens` (see client-vs-ky.mjs). */
const perCall = (options) =>
  clientVsKy({
    client: client(),
    ky,
    fetch: fake.fetch,
    url: `${baseUrl}/tokens`,
    headers,
    ...options,
  });

globalThis.bench = {
  setup,
  naiveTable,
  tokenFirstRender,
  tokenAllListed,
  logScroll,
  logLoadAll,
  logPagesAlone,
  perCall,
};
document.documentElement.dataset.ready = '';
