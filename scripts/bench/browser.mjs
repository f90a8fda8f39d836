/**
 * Headless Chromium for the bench, and fresh visits of the bench page: a new browser context
 * each (no cache, no warm JIT), the fake set up before anything is timed.
 */
import puppeteer from 'puppeteer-core';

export const launch = () =>
  puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
    // The slowest figures (every token listed, the log's load-all) run for up to a minute.
    protocolTimeout: 300_000,
  });

/**
 * Runs `measure(page)` on a fresh visit of the bench page at `url`, whose fake has `fake`
 * (`{ tokens, logEntries }`, and `intlInUse` for a page that has used `Intl`); resolves with what
 * it returns.
 */
export async function onBenchPage(browser, url, fake, measure) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url);
    await page.waitForSelector('html[data-ready]');
    await page.evaluate((options) => globalThis.bench.setup(options), fake);
    return await measure(page);
  } finally {
    await context.close();
  }
}

/**
 * `bench.<name>(...args)` in the page. A measurement stopped at its cap comes back as `ms: null`
 * and is returned as `ms: Infinity`, which the figures print as `> cap`.
 */
export async function call(page, name, ...args) {
  const result = await page.evaluate((name, args) => globalThis.bench[name](...args), name, args);
  return result?.ms === null ? { ...result, ms: Infinity } : result;
}
