// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { esmBundle } from './test/helpers/esm-bundle.js';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * `executeServerCommand('offline', 'part of a URL')`: the calling test file's page fails every
 * request whose URL contains it, as a network blip would, with its HTTP cache off so that a module
 * an earlier file loaded is fetched again. `executeServerCommand('offline', '')`: back online.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const offlinePlugin = {
  name: 'offline-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'offline') return undefined;
    /** @type {import('puppeteer-core').Page} */
    const page = /** @type {any} */ (session.browser).getPage(session.id);
    const pattern = String(payload ?? '');
    offline.set(page, pattern);
    if (!intercepted.has(page)) {
      intercepted.add(page);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const failing = offline.get(page);
        if (request.isInterceptResolutionHandled()) return;
        if (failing && request.url().includes(failing)) void request.abort('internetdisconnected');
        else void request.continue();
      });
    }
    await page.setCacheEnabled(!pattern);
    return true;
  },
};
/**
 * `executeServerCommand('media-features', { 'forced-colors': 'active' })`: the calling test file's
 * page emulates those media features (and no others), which `emulateMedia` of
 * @web/test-runner-commands does not pass on to puppeteer for forced colours; `{}` ends it.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const mediaFeaturesPlugin = {
  name: 'media-features-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'media-features') return undefined;
    /** @type {import('puppeteer-core').Page} */
    const page = /** @type {any} */ (session.browser).getPage(session.id);
    const features = Object.entries(/** @type {Record<string, string>} */ (payload ?? {}));
    await page.emulateMediaFeatures(features.map(([name, value]) => ({ name, value })));
    return true;
  },
};

/** @type {WeakMap<object, string>} */
const offline = new WeakMap();
const intercepted = new WeakSet();

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/dist/**', '!test/e2e/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    offlinePlugin,
    mediaFeaturesPlugin,
    esmBundle(),
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      target: 'es2022',
    }),
  ],
  browsers: [
    chromeLauncher({
      // A context (a window) per test file: a background tab gets no animation frames,
      // ResizeObserver callbacks or focus, which the log's virtualizer and hover tests need.
      // Each page also behaves as the focused one (CDP focus emulation): files run side by side,
      // and only one window has the OS focus, so `:focus-visible` and focus events would match in
      // one file at a time.
      createPage: async ({ browser }) => {
        const page = await (await browser.createBrowserContext()).newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // For the memory test: window.gc(), and performance.memory to the byte.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
  testRunnerHtml: (framework) =>
    `<!doctype html><html><head></head><body>
      <script type="module" src="/test/helpers/lit-warnings.js"></script>
      <script type="module" src="/test/helpers/testing-library.ts"></script>
      <script type="module" src="${framework}"></script>
    </body></html>`,
  concurrency: 2,
  // Hang guards, not timings: a test waits for conditions, and these only end one that never
  // meets them. They are generous because the suite must pass on a 2-core machine that is busy.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 600000,
  filterBrowserLogs: ({ type, args }) =>
    (type === 'error' || type === 'warn') && !String(args[0]).startsWith('Lit is in dev mode'),
};
