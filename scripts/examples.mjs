#!/usr/bin/env node
// npm run test:examples [-- <app>…]: the example apps in examples/apps/, each as a partner builds it
// and a user drives it. After `npm run build`, it packs the package once (`npm pack`), then for
// each app: installs it (its package-lock.json, then the fresh tarball), type-checks and builds
// it with its own scripts, serves what it built, and drives it in headless Chromium by role and
// accessible name: Generate token → Name → Create token → the secret revealed → Copy → Done → the
// host's "Created <name>", which only the `operator-token-created` event can have put there.
//
// The apps talk to the fake Operator API over HTTP (`operator-fake-api --port 0`), whose URL and
// credential the runner passes in the page's fragment. Installs are cached outside the clone, in
// ${XDG_CACHE_HOME:-~/.cache}/operator-admin-widget/examples/, keyed by the app's lock and the
// package's dependencies: a second run on the same machine does not reach the registry, and the
// package under test is always the tarball just packed, never a cached copy.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cp, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APPS = join(ROOT, 'examples/apps');
const PACKAGE = '@operator-ai/admin-widget';
const CACHE = join(
  process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
  'operator-admin-widget/examples',
);
/** How long one wait in the browser may take before the step fails. */
const STEP_TIMEOUT = 15_000;
const SECRET = /^op_(live|test)_[A-Za-z0-9]{32}$/;
/** What the static server sends, by extension. */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** A step of one app that failed: says which app, which step, and what it printed. */
class StepError extends Error {
  name = 'StepError';
}

const known = readdirSync(APPS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(APPS, entry.name, 'package.json')))
  .map((entry) => entry.name)
  .sort();
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !known.includes(name));
if (unknown.length > 0) {
  console.error(`examples: no app named ${unknown.join(', ')}; the apps: ${known.join(', ')}.`);
  process.exit(2);
}
if (!existsSync(join(ROOT, 'dist/index.js')) || !existsSync(join(ROOT, 'dist/cdn'))) {
  console.error('examples: dist/ is missing or incomplete: run `npm run build` first.');
  process.exit(2);
}
const apps = asked.length > 0 ? asked : known;

const started = performance.now();
const scratch = mkdtempSync(join(tmpdir(), 'operator-examples-'));
const cleanups = [() => rmSync(scratch, { recursive: true, force: true })];
let failed = 0;
try {
  const tarball = await pack();
  const fake = await startFake();
  cleanups.unshift(() => fake.close());
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  cleanups.unshift(() => browser.close());
  console.log(`packed ${tarball.name}; the fake API at ${fake.url}`);
  for (const app of apps) {
    const times = [];
    const timed = async (step, what) => {
      const t0 = performance.now();
      try {
        const result = await what();
        times.push(`${step} ${seconds(performance.now() - t0)}${result?.note ?? ''}`);
        return result;
      } catch (error) {
        throw new StepError(`${app}: ${step} failed: ${error.message}`, { cause: error });
      }
    };
    const t0 = performance.now();
    try {
      const dir = join(APPS, app);
      const scripts = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts ?? {};
      await timed('install', () => install(app, dir, tarball));
      await timed('typecheck', () => run('npm', ['run', '--silent', 'typecheck'], dir));
      if (scripts.build) await timed('build', () => run('npm', ['run', '--silent', 'build'], dir));
      await timed('drive', () =>
        drive(browser, app, scripts.build ? join(dir, 'dist') : dir, fake),
      );
      console.log(
        `ok   ${app.padEnd(8)} ${seconds(performance.now() - t0)}  (${times.join(', ')})`,
      );
    } catch (error) {
      failed += 1;
      console.log(
        `FAIL ${app.padEnd(8)} ${seconds(performance.now() - t0)}  (${times.join(', ')})`,
      );
      console.error(`\n${error.message}\n`);
    }
  }
} finally {
  for (const cleanup of cleanups) await cleanup();
}
const summary = `${apps.length - failed} of ${apps.length} example apps passed`;
console.log(`${summary} in ${seconds(performance.now() - started)}.`);
process.exitCode = failed > 0 ? 1 : 0;

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Runs a command in `cwd`; rejects with what it printed when it fails. */
async function run(command, args, cwd) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  const [code, signal] = await once(child, 'close');
  if (code !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` exited with ${code ?? signal}:\n${output}`);
  }
  return { output };
}

/** `npm pack` of the package as it is built now. */
async function pack() {
  const { output } = await run('npm', ['pack', '--json', '--pack-destination', scratch], ROOT);
  const [{ filename }] = JSON.parse(output.slice(output.indexOf('[')));
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return {
    name: filename,
    path: join(scratch, filename),
    // What the registry supplies besides the app's own lock: the package's dependencies.
    dependencies: JSON.stringify(manifest.dependencies ?? {}),
  };
}

/**
 * Installs the app: node_modules from the cache when its key matches (else `npm ci`, then the
 * tarball's dependencies, cached for next time), and the package itself always from the tarball.
 */
async function install(app, dir, tarball) {
  const lock = readFileSync(join(dir, 'package-lock.json'));
  const key = sha256(`${sha256(lock)}\n${tarball.dependencies}`).slice(0, 16);
  const cached = join(CACHE, app, key, 'node_modules');
  const modules = join(dir, 'node_modules');
  await rm(modules, { recursive: true, force: true });
  if (existsSync(cached)) {
    await linkOrCopy(cached, modules);
    const own = join(modules, PACKAGE);
    await rm(own, { recursive: true, force: true });
    await mkdir(own, { recursive: true });
    await run('tar', ['-xzf', tarball.path, '-C', own, '--strip-components=1'], dir);
    return { note: ' (cached)' };
  }
  const quiet = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
  await run('npm', ['ci', ...quiet], dir);
  await run('npm', ['install', '--no-save', ...quiet, tarball.path], dir);
  // Into the cache without the package (always installed fresh), replacing older keys of the app.
  const fresh = join(CACHE, app, `${key}.${process.pid}`);
  await rm(join(CACHE, app), { recursive: true, force: true });
  await linkOrCopy(modules, join(fresh, 'node_modules'));
  await rm(join(fresh, 'node_modules', PACKAGE), { recursive: true, force: true });
  await rename(fresh, join(CACHE, app, key));
  return { note: ' (npm)' };
}

/** Hard links when both are on one file system (fast, no extra space), else a copy. */
async function linkOrCopy(from, to) {
  await mkdir(join(to, '..'), { recursive: true });
  try {
    await run('cp', ['-al', from, to], ROOT);
  } catch {
    await rm(to, { recursive: true, force: true });
    await cp(from, to, { recursive: true, verbatimSymlinks: true });
  }
}

/** `operator-fake-api --port 0`: resolves its URL and credential once it listens. */
async function startFake() {
  const { FAKE_CREDENTIAL } = await import(`${PACKAGE}/mocks`);
  const child = spawn(process.execPath, ['bin/operator-fake-api.mjs', '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const read = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', read);
    child.once('exit', (code) => reject(new Error(`the fake API exited (${code}):\n${output}`)));
  });
  return {
    url,
    credential: FAKE_CREDENTIAL,
    close: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** A static server of `root` on a free port of 127.0.0.1. */
async function serve(root) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (path === '/favicon.ico') return res.writeHead(204).end();
    try {
      if (!file.startsWith(root + sep) || !(await stat(file)).isFile()) throw new Error();
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Drives the served app through the token flow, as a user: by role and accessible name. */
async function drive(browser, app, root, fake) {
  const server = await serve(root);
  const context = await browser.createBrowserContext();
  const problems = [];
  let step = 'load the page';
  try {
    await context.setPermission(
      server.origin,
      { permission: { name: 'clipboard-read' }, state: 'granted' },
      { permission: { name: 'clipboard-write' }, state: 'granted' },
    );
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (['error', 'warn'].includes(message.type())) {
        problems.push(`console.${message.type()}: ${message.text()}`);
      }
    });
    const fragment = new URLSearchParams({ api: fake.url, auth: fake.credential });
    await page.goto(`${server.origin}/#${fragment}`);

    const name = `Example ${app}`;
    const button = (label) => `::-p-aria([name="${label}"][role="button"])`;
    step = 'Generate token';
    await page.locator(button('Generate token')).click();
    step = 'Name';
    await page.locator('::-p-aria([name="Name"][role="textbox"])').fill(name);
    step = 'Create token';
    await page.locator(button('Create token')).click();
    step = 'the secret revealed';
    const secret = await page
      .locator('::-p-aria([name="Secret"])')
      .filter((input) => input.value !== '')
      .map((input) => input.value)
      .wait();
    if (!SECRET.test(secret)) throw new Error(`the secret field holds ${JSON.stringify(secret)}`);
    step = 'Copy';
    await page.locator(button('Copy')).click();
    await page.locator('::-p-text(Copied to the clipboard.)').wait();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    if (copied !== secret) throw new Error('the clipboard does not hold the secret shown');
    step = 'Done';
    await page.locator(button('Done')).click();
    await page.waitForSelector('::-p-aria([name="Secret"])', { hidden: true });
    step = `the host shows "Created ${name}"`;
    await page.locator(`::-p-text(Created ${name})`).wait();
    if (problems.length > 0) throw new Error('the page reported problems');
  } catch (error) {
    const reported = problems.length > 0 ? `\nThe page reported:\n  ${problems.join('\n  ')}` : '';
    throw new Error(`at "${step}": ${error.message}${reported}`, { cause: error });
  } finally {
    await context.close();
    await server.close();
  }
}
