// `npm run screenshots`: the built demo (dist-demo/, served locally) in headless Chromium, and a PNG
// of each element in each look: light, dark, right to left and an affiliate's brand. They go to
// docs/images/, cropped to the element, and the README's gallery (between its markers) is
// rewritten to show them.
// The functions handed to page.evaluate and waitForFunction run in the page:
/* global document */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import prettier from 'prettier';
import puppeteer from 'puppeteer-core';
import { preview } from 'vite';

/** Each look: its name, its caption, and what it sets in the demo's brand panel. */
const looks = [
  { name: 'light', caption: 'Light', panel: { scheme: 'light' } },
  { name: 'dark', caption: 'Dark', panel: { scheme: 'dark' } },
  {
    name: 'rtl',
    caption: 'Right to left (Arabic)',
    panel: { scheme: 'light', lang: 'ar', dir: 'rtl' },
  },
  {
    name: 'preset',
    caption: 'An affiliate brand (Fern)',
    panel: { scheme: 'light', preset: 'fern' },
  },
];
const elements = [
  { tag: 'operator-token-manager', name: 'token-manager', caption: 'Token manager' },
  { tag: 'operator-access-log', name: 'access-log', caption: 'Access log' },
];

const out = 'docs/images';
/** The tallest a picture gets, in CSS pixels. */
const MAX_HEIGHT = 720;
mkdirSync(out, { recursive: true });
const server = await preview({ preview: { port: 4180, strictPort: false }, logLevel: 'silent' });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});

try {
  for (const look of looks) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    // Tall enough for both elements: the log's virtualizer draws only the rows in view.
    await page.setViewport({ width: 1100, height: 2600 });
    // The scheme as the reader's system asks for it: the demo follows it ("System").
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: look.panel.scheme },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await page.goto(server.resolvedUrls.local[0]);
    const shadow = (tag, selector) =>
      document.querySelector(tag)?.shadowRoot?.querySelector(selector);
    await page.waitForFunction(`(${shadow})('operator-token-manager', 'tbody tr')`, {
      timeout: 30_000,
    });
    await page.waitForFunction(`(${shadow})('operator-access-log', '[part~=entry]')`, {
      timeout: 30_000,
    });
    // The demo's panels are listening once its lists are in: the look applies through them.
    await page.evaluate((panel) => {
      const controls = document.querySelector('#controls');
      // No live traffic: the pictures stay still.
      controls.traffic.checked = false;
      controls.dispatchEvent(new Event('change'));
      const brand = document.querySelector('#brand');
      for (const [name, value] of Object.entries(panel)) {
        brand[name].value = value;
        brand[name].dispatchEvent(new Event('input', { bubbles: true }));
      }
    }, look.panel);
    // The elements re-rendered (and reloaded: a scenario change renews the credential).
    await page.evaluate(() =>
      Promise.all(
        [...document.querySelectorAll('operator-token-manager, operator-access-log')].map(
          (el) => el.updateComplete,
        ),
      ),
    );
    await page.waitForFunction(`(${shadow})('operator-token-manager', 'tbody tr')`, {
      timeout: 30_000,
    });
    // The log draws only the rows in view: bring it there (a taller density pushes it down).
    await page.evaluate(() => document.querySelector('operator-access-log').scrollIntoView());
    await page.waitForFunction(`(${shadow})('operator-access-log', '[part~=entry]')`, {
      timeout: 30_000,
    });
    // The chart and the table settled (fonts loaded, the virtualizer measured).
    await page.evaluate(() => document.fonts.ready);
    await page.waitForFunction(
      `!(${shadow})('operator-access-log', '[part~=chart][class~=muted]')`,
      { timeout: 30_000 },
    );
    for (const element of elements) {
      const handle = await page.$(element.tag);
      const file = `${out}/${element.name}-${look.name}.png`;
      // Cropped to the element, and to its first screenful: the pictures stay small.
      const { width, height } = await handle.boundingBox();
      await handle.screenshot({
        path: file,
        clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) },
      });
      console.log(`wrote ${file}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

// The README's gallery: a table of the pictures, between its markers.
const start = '<!-- screenshots:start (npm run screenshots rewrites this block) -->';
const end = '<!-- screenshots:end -->';
const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from < 0 || to < from) throw new Error(`README.md has no gallery markers (${start} … ${end})`);
const cell = (element, look) =>
  `<a href="${out}/${element.name}-${look.name}.png"><img src="${out}/${element.name}-${look.name}.png" alt="${element.caption}, ${look.caption.toLowerCase()}" width="400"></a>`;
const gallery = [
  `| | ${elements.map((e) => e.caption).join(' | ')} |`,
  `| --- | ${elements.map(() => '---').join(' | ')} |`,
  ...looks.map((look) => `| ${look.caption} | ${elements.map((e) => cell(e, look)).join(' | ')} |`),
].join('\n');
const next = `${readme.slice(0, from + start.length)}\n\n${gallery}\n\n${readme.slice(to)}`;
// As `npm run lint` wants it (prettier aligns the table).
const options = await prettier.resolveConfig('README.md');
writeFileSync('README.md', await prettier.format(next, { ...options, filepath: 'README.md' }));
console.log('README.md: gallery updated');
