// @ts-check
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

/** The React modules the tests import (react-dom for flushSync). */
const MODULES = ['react', 'react-dom', 'react-dom/client'];
const PREFIX = '/__react-as-esm/';

/** The names a CommonJS module exports, read in a child Node (React's own would patch our console). */
const exportsOf = (/** @type {string} */ specifier) =>
  execFileSync(process.execPath, ['-p', `Object.keys(require('${specifier}')).join(', ')`], {
    cwd: import.meta.dirname,
    encoding: 'utf8',
  }).trim();

/**
 * React ships CommonJS only, which a browser cannot import: this serves `react`, `react-dom` and
 * `react-dom/client` as ES modules. All are in one esbuild bundle (in development mode), so that
 * they share one React; each specifier gets a module that re-exports its part by name.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function reactAsEsm() {
  /** @type {Promise<string> | undefined} */
  let bundle;
  return {
    name: 'react-as-esm',
    resolveImport: ({ source }) => (MODULES.includes(source) ? `${PREFIX}${source}.js` : undefined),
    async serve({ path }) {
      if (path === `${PREFIX}bundle.js`) {
        bundle ??= build({
          stdin: {
            contents: MODULES.map((m, i) => `export { default as m${i} } from '${m}';`).join('\n'),
            resolveDir: import.meta.dirname,
          },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"development"' },
        }).then(({ outputFiles }) => outputFiles[0].text);
        return { body: await bundle, type: 'js' };
      }
      const i = MODULES.findIndex((m) => path === `${PREFIX}${m}.js`);
      if (i < 0) return undefined;
      const body = `import { m${i} as m } from '${PREFIX}bundle.js';
export default m;
export const { ${exportsOf(MODULES[i])} } = m;`;
      return { body, type: 'js' };
    },
  };
}
