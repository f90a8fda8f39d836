// What each part of "both elements" costs: the bundle size-limit measures (both element entries
// from dist/, minified by esbuild, virtualizer left out), built again with one part replaced by
// empty exports; the difference is that part's gzip cost, everything it alone pulls in included.
// Run after `npm run build`: `npm run size:parts`.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const entry = "import './dist/token-manager/index.js'; import './dist/access-log/index.js';";

/** The parts, each a test on the bundled file's path relative to the project. */
const parts = [
  ['ky', /^node_modules\/ky\//],
  ['the client with ky', /^(node_modules\/ky|dist\/client)\//],
  [
    '@lit/context and <operator-provider>',
    /^(node_modules\/@lit\/context\/|dist\/provider\/|dist\/shared\/context\.js)/,
  ],
  ['@lit/task', /^node_modules\/@lit\/task\//],
  ['localize (our controller)', /localize/],
  ['shared styles (the design tokens)', /^dist\/shared\/styles\.js/],
  ['shared messages', /^dist\/shared\/messages\.js/],
  ['token manager: list', /^dist\/token-manager\/token-list\.js/],
  ['token manager: generate dialog', /^dist\/token-manager\/generate-dialog\.js/],
  ['token manager: reveal once', /^dist\/token-manager\/secret-reveal\.js/],
  [
    'token manager: rotate and revoke confirmations',
    /^dist\/token-manager\/(confirm-dialog|dialog)\.js/,
  ],
  ['token manager: styles', /^dist\/token-manager\/styles\.js/],
  ['token manager: English messages', /^dist\/token-manager\/messages\.js/],
  ['token manager: everything', /^dist\/token-manager\/operator-token-manager\.js/],
  ['access log: filters', /^dist\/access-log\/filters\.js/],
  ['access log: chart', /^dist\/access-log\/chart\.js/],
  ['access log: table and row details', /^dist\/access-log\/log-table\.js/],
  ['access log: live tail', /^dist\/access-log\/live-tail\.js/],
  ['access log: export', /^dist\/access-log\/export\.js/],
  ['access log: suspicious-activity hints', /^dist\/access-log\/suspicious\.js/],
  ['access log: styles', /^dist\/access-log\/styles\.js/],
  ['access log: English messages', /^dist\/access-log\/messages\.js/],
  ['access log: everything', /^dist\/access-log\/operator-access-log\.js/],
];

/** Export names of an ES module, enough to stand in for it. */
function exportNames(code) {
  const names = new Set();
  for (const [, list] of code.matchAll(/export\s*\{([^}]*)\}/g))
    for (const item of list.split(','))
      if (item.trim())
        names.add(
          item
            .trim()
            .split(/\s+as\s+/)
            .pop(),
        );
  for (const [, name] of code.matchAll(/export\s+(?:const|let|var|function|class)\s+([\w$]+)/g))
    names.add(name);
  if (/export\s+default/.test(code)) names.add('default');
  return [...names];
}

async function gzipSize(stub, contents = entry) {
  const plugins = stub
    ? [
        {
          name: 'stub',
          setup(build) {
            build.onLoad({ filter: /\.js$/ }, (args) => {
              if (!stub.test(relative(process.cwd(), args.path))) return undefined;
              const names = exportNames(readFileSync(args.path, 'utf8'));
              const contents = names
                .map((name) =>
                  name === 'default'
                    ? 'export default class {}'
                    : `export const ${name} = class {};`,
                )
                .join('\n');
              return { contents: contents || 'export {}', loader: 'js' };
            });
          },
        },
      ]
    : [];
  const result = await esbuild.build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    external: ['@lit-labs/virtualizer', '@lit-labs/virtualizer/*'],
    plugins,
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const full = await gzipSize();
console.log(`both elements, as size-limit measures them: ${kB(full)} gzip\n`);
console.log('what each part adds (its removal saves):');
for (const [name, test] of parts) {
  const saved = full - (await gzipSize(test));
  console.log(`${kB(saved).padStart(9)}  ${name}`);
}
const lit = await gzipSize(undefined, "export { LitElement, html, svg, css } from 'lit';");
console.log(`\nfor scale, Lit alone (LitElement, html, svg, css): ${kB(lit)}`);
