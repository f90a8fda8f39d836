// The built demo (dist-demo/, `npm run build:demo`) as a partner's user meets it: the fake API in
// a service worker, 12 tokens and 100,000 log entries, five fresh visits (service worker
// installation included).
// The functions handed to page.evaluate and waitForFunction run in the page:
/* global document, requestAnimationFrame */
import { preview } from 'vite';
import { count, goal, heading, report, spread, summary } from './figures.mjs';

/** In the page: milliseconds since navigation when `predicate` first holds (checked each frame). */
const when = (page, predicate) =>
  page
    .waitForFunction(predicate, { polling: 'raf', timeout: 30_000 })
    .then(() => page.evaluate(() => performance.now()));

const shadow = (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector);

export async function benchDemo(browser, runs) {
  heading('The built demo (service worker, 12 tokens, 100,000 log entries)');
  const server = await preview({ preview: { port: 4179, strictPort: false }, logLevel: 'silent' });
  const url = server.resolvedUrls.local[0];
  const figures = new Map();
  const note = (label, value) => figures.set(label, [...(figures.get(label) ?? []), value]);
  try {
    for (let run = 0; run < runs; run++) await visit(browser, url, note);
  } finally {
    await server.close();
  }
  const rows = figures.get('first log row');
  report('token list rendered with data, after navigation', spread(figures.get('token list')));
  report(
    'first log row, after navigation (its virtualizer fetched)',
    spread(rows),
    goal('≤ 500 ms', summary(rows).median <= 500),
  );
  report('"Generate token" click to open form', spread(figures.get('generate')));
  report('status filter 4xx until the rows in view are 4xx', spread(figures.get('filter')));
  report(
    'log rows in the DOM after the filter (of 100 loaded)',
    spread(figures.get('log rows'), { unit: count }),
  );
}

async function visit(browser, url, note) {
  // A fresh context each time: a first visit, service worker installation included.
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.evaluateOnNewDocument(`globalThis.shadow = ${shadow}`);
    // Tall enough for both elements: the log's virtualizer draws only the rows in view.
    await page.setViewport({ width: 1280, height: 2600 });
    await page.goto(url);
    note('token list', await when(page, () => shadow('operator-token-manager', 'tbody tr')));
    note('first log row', await when(page, () => shadow('operator-access-log', '[part~=entry]')));

    // Generate token: the click until the form is open.
    const opened = await page.evaluate(async () => {
      const start = performance.now();
      shadow('operator-token-manager', '[part~=generate-button]').click();
      while (!shadow('operator-token-manager', 'dialog[open] input'))
        await new Promise(requestAnimationFrame);
      return performance.now() - start;
    });
    note('generate', opened);
    await page.keyboard.press('Escape');

    // A filter: the choice until every row in view shows a 4xx (a server round trip and a new
    // page; the first row alone may have been a 4xx before).
    const filtered = await page.evaluate(async () => {
      const select = [
        ...document.querySelector('operator-access-log').shadowRoot.querySelectorAll('select'),
      ].find((s) => [...s.options].some((o) => o.value === '4xx'));
      const start = performance.now();
      select.value = '4xx';
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      const statuses = () => [
        ...document
          .querySelector('operator-access-log')
          .shadowRoot.querySelectorAll('[part~=entry] [part~=status]'),
      ];
      const filteredIn = () => {
        const shown = statuses();
        return shown.length && shown.every((status) => /^4/.test(status.textContent.trim()));
      };
      while (!filteredIn()) await new Promise(requestAnimationFrame);
      return performance.now() - start;
    });
    note('filter', filtered);

    const rows = await page.evaluate(
      () =>
        document.querySelector('operator-access-log').shadowRoot.querySelectorAll('[part~=entry]')
          .length,
    );
    note('log rows', rows);
  } finally {
    await context.close();
  }
}
