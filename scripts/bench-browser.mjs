// How fast the built demo is in headless Chromium, as a partner's user meets it: the fake API in a
// service worker, 12 tokens and 100 000 log entries. Run after `npm run build:demo`; prints
// figures (the median of five fresh visits, with the fastest and slowest), asserts nothing.
// The functions handed to page.evaluate and waitForFunction run in the page:
/* global document, requestAnimationFrame */
import puppeteer from 'puppeteer-core';
import { preview } from 'vite';

const runs = 5;
const server = await preview({ preview: { port: 4179, strictPort: false }, logLevel: 'silent' });
const url = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});

/** In the page: milliseconds since navigation when `predicate` first holds (checked each frame). */
const when = (page, predicate) =>
  page
    .waitForFunction(predicate, { polling: 'raf', timeout: 30_000 })
    .then(() => page.evaluate(() => performance.now()));

const shadow = (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector);

const figures = new Map();
const note = (label, ms) => figures.set(label, [...(figures.get(label) ?? []), ms]);

for (let run = 0; run < runs; run++) {
  // A fresh context each time: a first visit, service worker installation included.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.evaluateOnNewDocument(`globalThis.shadow = ${shadow}`);
  // Tall enough for both elements: the log's virtualizer draws only the rows in view.
  await page.setViewport({ width: 1280, height: 2600 });
  await page.goto(url);
  note(
    'token list rendered with data',
    await when(page, () => shadow('operator-token-manager', 'tbody tr')),
  );
  note(
    'access log rows rendered (virtualizer fetched)',
    await when(page, () => shadow('operator-access-log', '[part~=entry]')),
  );

  // Generate token: the click until the form is open.
  const opened = await page.evaluate(async () => {
    const start = performance.now();
    shadow('operator-token-manager', '[part~=generate-button]').click();
    while (!shadow('operator-token-manager', 'dialog[open] input'))
      await new Promise(requestAnimationFrame);
    return performance.now() - start;
  });
  note('"Generate token" click to open form', opened);
  await page.keyboard.press('Escape');

  // A filter: the choice until the first row shows a 4xx (a server round trip and a new page).
  const filtered = await page.evaluate(async () => {
    const select = [
      ...document.querySelector('operator-access-log').shadowRoot.querySelectorAll('select'),
    ].find((s) => [...s.options].some((o) => o.value === '4xx'));
    const start = performance.now();
    select.value = '4xx';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const firstStatus = () =>
      shadow('operator-access-log', '[part~=entry] [part~=status]')?.textContent.trim();
    while (!/^4/.test(firstStatus() ?? '')) await new Promise(requestAnimationFrame);
    return performance.now() - start;
  });
  note('status filter 4xx to the first filtered row', filtered);

  const rows = await page.evaluate(
    () =>
      document.querySelector('operator-access-log').shadowRoot.querySelectorAll('[part~=entry]')
        .length,
  );
  note('log rows in the DOM after load (of 100 loaded)', rows);
  await context.close();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const [label, values] of figures) {
  const unit = label.startsWith('log rows') ? '' : ' ms';
  const round = (v) => Math.round(v).toLocaleString('en');
  console.log(
    `${label}: ${round(median(values))}${unit} (${round(Math.min(...values))}–${round(Math.max(...values))}, ${runs} visits)`,
  );
}
await browser.close();
await server.close();
