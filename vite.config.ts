import { readdirSync, readFileSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { msw } from 'msw/vite';
import { defineConfig, type Plugin } from 'vite';

/**
 * Minifies the HTML of `html`/`svg` templates and the CSS of `css` templates in our sources, as
 * Lit's production guide advises: indentation and comments are bytes every host downloads.
 */
const minifyTemplates = (): Plugin => ({
  name: 'minify-template-literals',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    // Whitespace collapses to one space, never to none: "3 minutes ago" and its exact time, or a
    // checkbox and its label, must not run together.
    const html = { caseSensitive: true, collapseWhitespace: true, conservativeCollapse: true };
    return minifyHTMLLiterals(code, { fileName: id, html: { ...html, removeComments: true } });
  },
});

/**
 * In the single-script build, each locale of src/translations/ becomes `translations/<code>.js`,
 * a module a page imports beside the script: it registers its words through the script's own
 * `registerMessages` (`../operator-admin.js`), so they reach the elements the script defined, and
 * it brings no second copy of the localize library.
 */
const cdnLocales = Object.fromEntries(
  readdirSync('src/translations').map((file) => [
    `translations/${file.replace(/\.ts$/, '')}`,
    `src/translations/${file}`,
  ]),
);
const localesOnSingleScript = (): Plugin => ({
  name: 'locales-on-single-script',
  enforce: 'pre',
  resolveId(source, importer) {
    if (importer?.includes('/src/translations/') && source === '../shared/localize.js')
      return { id: '../operator-admin.js', external: true };
  },
});

/**
 * In the single-script build, Lit's async directive base stays in the first file: the virtualizer,
 * a lazy chunk, is one, and the elements no longer import it themselves. Without this the chunk a
 * log or a long token list loads later would carry it (+0.6 kB) and the first file would be lighter
 * by as much.
 */
const asyncDirectiveInFirstFile = (): Plugin => ({
  name: 'async-directive-in-first-file',
  transform(code, id) {
    if (id.endsWith('/src/index.ts')) return `${code}\nimport 'lit/async-directive.js';\n`;
  },
});

/**
 * The affiliate presets (src/themes/*.css): plain CSS, copied to `dist/themes/` as they are, so a
 * host imports one (`@operator-ai/admin-widget/themes/<name>.css`) and the elements' JS carries none.
 */
const themes = (): Plugin => ({
  name: 'themes',
  generateBundle() {
    for (const file of readdirSync('src/themes'))
      this.emitFile({
        type: 'asset',
        fileName: `themes/${file}`,
        source: readFileSync(`src/themes/${file}`, 'utf8'),
      });
  },
});

/** The package's entry points: each becomes `dist/<name>.js` with its types beside it. */
const entries = {
  index: 'src/index.ts',
  'client/index': 'src/client/index.ts',
  'mocks/index': 'src/mocks/index.ts',
  'token-manager/index': 'src/token-manager/index.ts',
  'access-log/index': 'src/access-log/index.ts',
  'provider/index': 'src/provider/index.ts',
  'translations/fr': 'src/translations/fr.ts',
  'translations/de': 'src/translations/de.ts',
  'translations/es': 'src/translations/es.ts',
  'translations/pt-BR': 'src/translations/pt-BR.ts',
  'translations/ja': 'src/translations/ja.ts',
  'translations/ar': 'src/translations/ar.ts',
  'server/index': 'src/server/index.ts',
  'react/index': 'src/react/index.ts',
};

export default defineConfig(({ mode }) => {
  // `vite build --mode lib`: the npm package, one file per module, dependencies left to the user's bundler.
  if (mode === 'lib') {
    return {
      plugins: [minifyTemplates(), themes()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        minify: false,
        target: 'es2022',
        lib: { entry: entries, formats: ['es'] },
        rolldownOptions: {
          external: [/^lit/, /^@lit/, /^@lit-labs/, /^ky/, /^msw/, /^react/],
          output: {
            preserveModules: true,
            preserveModulesRoot: 'src',
            entryFileNames: '[name].js',
          },
        },
      },
    };
  }
  // `vite build --mode cdn`: one self-contained script for a plain page's <script type="module">;
  // the log's virtualizer stays a separate chunk beside it, fetched only when a log renders. Each
  // locale is a module beside it (`cdnLocales`).
  if (mode === 'cdn') {
    return {
      plugins: [minifyTemplates(), localesOnSingleScript(), asyncDirectiveInFirstFile()],
      build: {
        outDir: 'dist/cdn',
        minify: true,
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: { 'operator-admin': 'src/index.ts', ...cdnLocales }, formats: ['es'] },
        rolldownOptions: {
          // Lets the entry also export what the lazy chunks share with it (Lit), so that a page
          // loads one file first instead of the entry plus a common chunk.
          preserveEntrySignatures: 'allow-extension',
          output: {
            minify: true,
            // No `/* @__PURE__ */` left in: they guide a bundler's tree-shaking, and these files
            // are loaded as they are (41 of them were 0.1 kB of the first file).
            comments: { annotation: false },
            chunkFileNames: 'chunks/[name]-[hash].js',
          },
        },
      },
    };
  }
  // `vite --mode dev-server`, run by `npm run dev:server` (demo/dev-server.mjs): the demo page of
  // demo/server/, whose API calls and session routes go to the partner's backend (demo/backend/),
  // so the page, its cookie and the proxy share one origin. No service worker.
  if (mode === 'dev-server') {
    const backend = process.env.DEMO_BACKEND;
    if (!backend)
      throw new Error('vite --mode dev-server needs its backend: run npm run dev:server.');
    return {
      root: 'demo/server',
      server: {
        port: Number(process.env.DEMO_PORT),
        // Another port would be another origin, which the backend would refuse.
        strictPort: true,
        proxy: { '/operator-proxy/': backend, '^/(login|logout|step-up|me)$': backend },
      },
    };
  }
  // `vite` and `vite build`: the partner-dashboard demo on the fake Operator API.
  return {
    root: 'demo',
    base: './',
    plugins: [msw({ mode: 'worker-only' })],
    build: { outDir: '../dist-demo', emptyOutDir: true, target: 'es2022' },
  };
});
