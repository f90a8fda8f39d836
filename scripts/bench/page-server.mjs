/**
 * Serves the bench page (page/index.html) with its script bundled by esbuild from the built
 * package (dist/, through the package's own exports), minified, as a host's production bundle
 * would be. Run after `npm run build`.
 */
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

/**
 * Starts the server of the page in `dir` (beside this file: `page`, or `peer` for the React
 * peer's), its imports renamed by `alias`; resolves with its URL and a `stop()`.
 */
export async function servePage({ dir = 'page', alias } = {}) {
  const servedir = fileURLToPath(new URL(`${dir}/`, import.meta.url));
  const context = await esbuild.context({
    entryPoints: [`${servedir}main.js`],
    outdir: `${servedir}out`,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias,
    logLevel: 'warning',
    // The bundle is served from memory: nothing is written under page/out (or peer/out).
    write: false,
  });
  const { hosts, port } = await context.serve({ servedir, host: '127.0.0.1', port: 0 });
  return { url: `http://${hosts[0]}:${port}/`, stop: () => context.dispose() };
}
