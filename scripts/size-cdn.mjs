// Prints the gzip size of the single-script build (dist/cdn) as a page loads it, and fails past
// its budget. size-limit re-bundles its input, so it cannot measure these already-built files.
// "First load" is the entry and every chunk it imports statically (a page waits for all of them);
// the rest is what dynamic imports fetch later (the log's virtualizer). Each locale module
// (translations/<code>.js, which a page imports beside the script) has its own line.
import { readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = 'dist/cdn';
const entry = 'operator-admin.js';
const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]*?from\s*)?["'](\.[^"']+)["']/g;

const firstLoad = new Set();
const visit = (file) => {
  if (firstLoad.has(file)) return;
  firstLoad.add(file);
  const code = readFileSync(`${root}/${file}`, 'utf8');
  for (const [, specifier] of code.matchAll(staticImport))
    visit(posix.normalize(posix.join(posix.dirname(file), specifier)));
};
visit(entry);
const lazy = readdirSync(`${root}/chunks`)
  .map((file) => `chunks/${file}`)
  .filter((file) => !firstLoad.has(file));

/** Each locale's budget, gzip bytes. */
const locales = { fr: 3_680, de: 3_600, es: 3_510, 'pt-BR': 3_520, ja: 3_910, ar: 4_110 };

const budgets = [
  { name: 'single-script build: what a page loads first', files: [...firstLoad], limit: 39_000 },
  {
    name: 'single-script build: chunks loaded when a log or a long token list first renders',
    files: lazy,
    limit: 8_790,
  },
  ...readdirSync(`${root}/translations`).map((file) => {
    const code = file.replace(/\.js$/, '');
    return {
      name: `single-script build: translations/${file}`,
      files: [`translations/${file}`],
      // A new locale fails here until it is given its budget.
      limit: locales[code] ?? 0,
    };
  }),
];

let failed = false;
for (const { name, files, limit } of budgets) {
  const size = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(`${root}/${file}`), { level: 9 }).length,
    0,
  );
  const over = size > limit;
  failed ||= over;
  console.log(
    `${over ? '✖' : '✔'} ${name}: ${(size / 1000).toFixed(2)} kB gzip in ${files.length} file(s) (limit ${limit / 1000} kB)`,
  );
}
process.exit(failed ? 1 : 0);
