// Prints the gzip size of each file of the single-script build (dist/cdn) and fails past its budget.
// size-limit re-bundles its input, so it cannot measure these already-built files as they ship.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = [
  {
    name: 'single-script build: what a plain page loads first',
    files: ['operator-admin.js'],
    limit: 35_000,
  },
  {
    name: 'single-script build: chunks loaded when a log first renders',
    dir: 'chunks',
    limit: 16_000,
  },
];

let failed = false;
for (const { name, files, dir, limit } of budgets) {
  const paths = files ?? readdirSync(`dist/cdn/${dir}`).map((file) => `${dir}/${file}`);
  const size = paths.reduce(
    (sum, path) => sum + gzipSync(readFileSync(`dist/cdn/${path}`), { level: 9 }).length,
    0,
  );
  const over = size > limit;
  failed ||= over;
  console.log(
    `${over ? '✖' : '✔'} ${name}: ${(size / 1000).toFixed(2)} kB gzip (limit ${limit / 1000} kB)`,
  );
}
process.exit(failed ? 1 : 0);
