// `npm run dev:server` as a developer runs it: the npm script itself, its three processes (the fake
// over HTTP, the partner's backend with the proxy, Vite), a session through Vite's origin, and
// Ctrl+C (SIGINT to the whole process group, as a terminal sends it) freeing every port.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer } from 'node:net';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A port nothing listens on now (the system's choice, released at once). */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Whether something accepts connections on `host:port`. */
const listening = (host, port) =>
  new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Polls `condition` until it holds; fails with `what` (and the runner's output) after `ms`. */
async function until(condition, what, ms, output) {
  const deadline = Date.now() + ms;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) assert.fail(`${what} within ${ms} ms.\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('npm run dev:server: the page, the backend and the fake; a session through the proxy; Ctrl+C stops all three', async (t) => {
  const ports = { fake: await freePort(), backend: await freePort(), page: await freePort() };
  const runner = spawn('npm', ['run', 'dev:server'], {
    cwd: ROOT,
    // Its own process group, like a terminal's foreground job, so that SIGINT reaches every process.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      FAKE_API_PORT: String(ports.fake),
      BACKEND_PORT: String(ports.backend),
      DEMO_PORT: String(ports.page),
    },
  });
  let log = '';
  runner.stdout.setEncoding('utf8').on('data', (chunk) => (log += chunk));
  runner.stderr.setEncoding('utf8').on('data', (chunk) => (log += chunk));
  const exited = once(runner, 'exit');
  const output = () => `npm run dev:server printed:\n${log}`;
  t.after(() => {
    // Whatever happened above, nothing of the group outlives the test (ESRCH: nothing left).
    try {
      process.kill(-runner.pid, 'SIGKILL');
    } catch (error) {
      if (error.code !== 'ESRCH') throw error;
    }
  });

  const hosts = { fake: '127.0.0.1', backend: '127.0.0.1', page: 'localhost' };
  const up = async () => {
    const states = await Promise.all(Object.keys(ports).map((k) => listening(hosts[k], ports[k])));
    return states.every(Boolean);
  };
  await until(up, 'the three processes did not all listen', 25_000, output);

  const page = `http://localhost:${ports.page}`;
  const origin = { Origin: page };
  const json = { 'Content-Type': 'application/json' };
  const login = async (user) => {
    const response = await fetch(`${page}/login`, {
      method: 'POST',
      headers: { ...origin, ...json },
      body: JSON.stringify({ user }),
    });
    assert.equal(response.status, 200, `login as ${user}`);
    const cookie = response.headers.getSetCookie()[0].split(';')[0];
    return { cookie, me: await response.json() };
  };
  const create = (cookie, name) =>
    fetch(`${page}/operator-proxy/v1/tokens`, {
      method: 'POST',
      headers: { ...origin, ...json, Cookie: cookie, 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ name, scopes: ['conversations:read'] }),
    });

  // Signed out, the proxy lets nothing through.
  const anonymous = await fetch(`${page}/operator-proxy/v1/tokens`);
  assert.equal(anonymous.status, 401, 'signed out');

  // The admin: lists through Vite's origin, the backend's proxy and the fake, then creates.
  const admin = await login('admin');
  assert.equal(admin.me.user.role, 'admin');
  const list = await fetch(`${page}/operator-proxy/v1/tokens`, {
    headers: { Cookie: admin.cookie },
  });
  assert.equal(list.status, 200, 'the list through the proxy');
  assert.ok((await list.json()).data.length > 0, 'the fake has tokens');

  const created = await create(admin.cookie, 'dev-server smoke test');
  assert.equal(created.status, 201, 'the admin creates');
  const { token, secret } = await created.json();
  assert.equal(typeof secret, 'string');
  assert.ok(secret.length > 0, 'the secret is revealed');
  assert.equal(token.created_by.name, admin.me.user.name, 'created by the dashboard user');

  // The viewer reads, and may not write.
  const viewer = await login('viewer');
  assert.equal(viewer.me.user.role, 'viewer');
  assert.equal(
    (await create(viewer.cookie, 'not allowed')).status,
    403,
    'the viewer may not create',
  );

  // Another origin may not sign anyone in.
  const foreign = await fetch(`${page}/login`, {
    method: 'POST',
    headers: { Origin: 'https://evil.example', ...json },
    body: JSON.stringify({ user: 'admin' }),
  });
  assert.equal(foreign.status, 403, 'a cross-origin login');

  // Ctrl+C: the terminal signals the foreground process group.
  process.kill(-runner.pid, 'SIGINT');
  const free = async () => {
    const states = await Promise.all(Object.keys(ports).map((k) => listening(hosts[k], ports[k])));
    return states.every((state) => !state);
  };
  await until(free, 'the three ports were not all freed', 10_000, output);
  const [code, signal] = await Promise.race([
    exited,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`npm did not exit.\n${output()}`)), 10_000).unref(),
    ),
  ]);
  // npm itself, like anything Ctrl+C interrupts, ends by the signal (a shell shows 130).
  assert.ok(code === 0 || signal === 'SIGINT', `npm ended with ${code ?? signal}.\n${output()}`);
});
