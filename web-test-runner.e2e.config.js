// @ts-check
// `npm run test:e2e` (after a build: the backend imports dist/server): both elements on the test
// page's origin, through the partner backend of `npm run dev:server` and its createOperatorProxy on
// another port, to the fake Operator API over HTTP on a third. The page and the backend are
// different origins, so the browser sends real CORS preflights and the session cookie goes with
// `credentials: 'include'`. The browser, esbuild and page setup are the main suite's.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import base from './web-test-runner.config.js';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * The fake and the backend as child processes: started in `serverStart` on ports the system picks,
 * stopped in `serverStop`, and killed when this process exits whatever way it does.
 * `executeServerCommand('e2e-servers')` gives a test `{ page, backend }`: its own origin (which the
 * backend lets write and answers CORS for) and the backend's.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function e2eServers() {
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  /** @type {{ page: string, backend: string } | undefined} */
  let servers;
  let stopping = false;
  const running = (/** @type {import('node:child_process').ChildProcess} */ child) =>
    child.exitCode === null && child.signalCode === null;
  const killAll = () => {
    for (const child of children) if (running(child)) child.kill('SIGKILL');
  };

  /**
   * Runs `node <args>` and resolves with the match of `ready` in what it prints; rejects with its
   * output if it exits first or takes longer than `ms`.
   * @param {string} name
   * @param {string[]} args
   * @param {RegExp} ready
   * @param {NodeJS.ProcessEnv} [env]
   * @returns {Promise<{ match: RegExpMatchArray, output: () => string }>}
   */
  const start = (name, args, ready, env = {}, ms = 20_000) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let log = '';
      const output = () => `${name} printed:\n${log}`;
      const timer = setTimeout(
        () => reject(new Error(`${name} did not start in ${ms} ms.\n${output()}`)),
        ms,
      );
      const read = (/** @type {string} */ chunk) => {
        log += chunk;
        const match = ready.exec(log);
        if (match) {
          clearTimeout(timer);
          resolve({ match, output });
        }
      };
      child.stdout?.setEncoding('utf8').on('data', read);
      child.stderr?.setEncoding('utf8').on('data', read);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        const how = `${name} exited (${signal ?? code})`;
        reject(new Error(`${how} before it was ready.\n${output()}`));
        // Once the tests run, an exit that serverStop did not ask for is what a failure is about.
        if (servers && !stopping) console.error(`${how} during the tests.\n${output()}`);
      });
    });

  return {
    name: 'e2e-servers',
    async serverStart({ config, server }) {
      if (!existsSync(`${ROOT}dist/server/index.js`)) {
        throw new Error('dist/server is missing: run `npx vite build --mode lib` first.');
      }
      process.once('exit', killAll);
      const address = server?.address();
      const port = address && typeof address === 'object' ? address.port : config.port;
      const page = `http://${config.hostname}:${port}`;
      try {
        const fake = await start(
          'operator-fake-api',
          ['bin/operator-fake-api.mjs', '--port', '0'],
          /listening on http:\/\/\S+:(\d+)\/v1\n {2}credential {2}(\S+)/,
        );
        const [, fakePort, credential] = fake.match;
        const backend = await start(
          'demo backend',
          ['demo/backend/server.mjs'],
          /listening on http:\/\/127\.0\.0\.1:(\d+)/,
          {
            BACKEND_PORT: '0',
            OPERATOR_UPSTREAM: `http://127.0.0.1:${fakePort}/v1`,
            OPERATOR_API_KEY: credential,
            PAGE_ORIGINS: page,
            CORS_ORIGINS: page,
            E2E: '1',
          },
        );
        // `localhost`, as the page's host: the session cookie is then the page's site's.
        servers = { page, backend: `http://localhost:${backend.match[1]}` };
      } catch (error) {
        killAll();
        throw error;
      }
    },
    async serverStop() {
      stopping = true;
      await Promise.all(
        children.map(async (child) => {
          if (!running(child)) return;
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
          await exited;
          clearTimeout(timer);
        }),
      );
      process.off('exit', killAll);
    },
    async executeCommand({ command }) {
      if (command !== 'e2e-servers') return undefined;
      return servers;
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...base,
  files: ['test/e2e/**/*.test.ts'],
  plugins: [...(base.plugins ?? []), e2eServers()],
  // Hang guards over a real network, not timings.
  testFramework: { config: { timeout: 60_000 } },
  testsFinishTimeout: 180_000,
};
