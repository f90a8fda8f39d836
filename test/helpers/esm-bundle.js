// @ts-check
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

/**
 * The packages the tests import that a browser cannot import as they ship: CommonJS ones
 * (`commonJs`), and ES modules over CommonJS dependencies (Testing Library's aria-query,
 * lz-string and pretty-format).
 */
const MODULES = [
  { specifier: 'react', commonJs: true },
  { specifier: 'react-dom', commonJs: true }, // for flushSync
  { specifier: 'react-dom/client', commonJs: true },
  { specifier: '@sinonjs/fake-timers', commonJs: true },
  { specifier: '@testing-library/dom', commonJs: false },
  { specifier: 'shadow-dom-testing-library', commonJs: false },
];
const PREFIX = '/__esm-bundle/';

/** The file name a specifier is served as. */
const fileOf = (/** @type {string} */ specifier) => specifier.replace(/[@/]/g, '_');

/** The names a CommonJS module exports, read in a child Node (React's own would patch our console). */
const exportsOf = (/** @type {string} */ specifier) =>
  execFileSync(process.execPath, ['-p', `Object.keys(require('${specifier}')).join(', ')`], {
    cwd: import.meta.dirname,
    encoding: 'utf8',
  }).trim();

/** The entry module of a specifier: an ES module re-exports itself, a CommonJS one by name. */
const entryOf = (/** @type {(typeof MODULES)[number]} */ { specifier, commonJs }) =>
  commonJs
    ? `import m from '${specifier}';\nexport default m;\nexport const { ${exportsOf(specifier)} } = m;`
    : `export * from '${specifier}';`;

/**
 * Serves those packages as ES modules: one esbuild build (in development mode) with an entry per
 * specifier and code splitting, so that the entries share one copy of what they have in common (one
 * React for `react`, `react-dom` and `react-dom/client`, one Testing Library under shadow-dom-testing-library,
 * whose `configure` is then the one the tests see).
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function esmBundle() {
  /** @type {Promise<Map<string, string>> | undefined} */
  let files;
  const bundle = () =>
    build({
      entryPoints: MODULES.map(({ specifier }) => ({
        in: `entry:${specifier}`,
        out: fileOf(specifier),
      })),
      plugins: [
        {
          name: 'entries',
          setup(esbuild) {
            esbuild.onResolve({ filter: /^entry:/ }, ({ path }) => ({ path, namespace: 'entry' }));
            esbuild.onLoad({ filter: /.*/, namespace: 'entry' }, ({ path }) => {
              const module = MODULES.find(({ specifier }) => `entry:${specifier}` === path);
              return { contents: module && entryOf(module), resolveDir: import.meta.dirname };
            });
          },
        },
      ],
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: '/',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      // fake-timers requires it only under Node (`_global.process && require('util')`).
      external: ['util'],
      logLevel: 'error',
    }).then(({ outputFiles }) => new Map(outputFiles.map((file) => [file.path, file.text])));
  return {
    name: 'esm-bundle',
    resolveImport: ({ source }) =>
      MODULES.some(({ specifier }) => specifier === source)
        ? `${PREFIX}${fileOf(source)}.js`
        : undefined,
    async serve({ path }) {
      if (!path.startsWith(PREFIX)) return undefined;
      files ??= bundle();
      const body = (await files).get(`/${path.slice(PREFIX.length)}`);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
