// Benchmarks of the built fake API, client and proxy in Node (run after `npm run build`); prints
// figures, asserts nothing. The browser's figures are scripts/bench-browser.mjs's.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createOperatorClient } from '@operator-ai/admin-widget/client';
import { createFakeOperatorApi, FAKE_CREDENTIAL } from '@operator-ai/admin-widget/mocks';
import { createOperatorProxy } from '@operator-ai/admin-widget/server';
import ky from 'ky';
import { clientVsKy } from './bench/client-vs-ky.mjs';
import { heading } from './bench/figures.mjs';
import { reportPerCall } from './bench/per-call.mjs';

const baseUrl = 'https://api.operator.test/v1';
const time = async (label, run, unit) => {
  const start = performance.now();
  const count = await run();
  const ms = performance.now() - start;
  const rate = count ? `, ${Math.round((count / ms) * 1000).toLocaleString('en')} ${unit}/s` : '';
  console.log(`${label}: ${ms.toFixed(0)} ms${rate}`);
};

heading('Node: the fake, the client and the proxy');
let fake;
await time('seed 100,000 access-log entries', () => {
  fake = createFakeOperatorApi({ baseUrl, logEntries: 100_000 });
  return 0;
});
const client = createOperatorClient({ baseUrl, auth: FAKE_CREDENTIAL, fetch: fake.fetch });

await time(
  'client.accessLogs.iterate over 100,000 entries (1,000 pages of 100, validated)',
  async () => {
    let n = 0;
    for await (const entry of client.accessLogs.iterate({ limit: 100 })) n += entry ? 1 : 0;
    return n;
  },
  'entries',
);
await time(
  'filtered page (status=4xx, q=54.) x 200',
  async () => {
    for (let i = 0; i < 200; i++)
      await client.accessLogs.list({ status: '4xx', q: '54.', limit: 100 });
    return 200;
  },
  'requests',
);
await time(
  'stats over 30 days by hour x 50',
  async () => {
    const since = new Date(fake.clock.now() - 30 * 86_400_000).toISOString();
    for (let i = 0; i < 50; i++) await client.accessLogs.stats({ since, bucket: 'hour' });
    return 50;
  },
  'requests',
);
await time(
  'create + rotate + revoke x 200',
  async () => {
    for (let i = 0; i < 200; i++) {
      const { token } = await client.tokens.create({ name: `Bench ${i}` });
      const { token: next } = await client.tokens.rotate(token.id, { grace_period_seconds: 0 });
      await client.tokens.revoke(next.id);
    }
    return 600;
  },
  'requests',
);

await proxyOverhead(300);

{
  // The same fake and calls as the bench page's, in Node.
  const tokens = createFakeOperatorApi({ baseUrl, seed: 7, tokens: 12 });
  const means = await clientVsKy({
    client: createOperatorClient({ baseUrl, auth: FAKE_CREDENTIAL, fetch: tokens.fetch }),
    ky,
    fetch: tokens.fetch,
    url: `${baseUrl}/tokens`,
    headers: { Authorization: `Bearer ${FAKE_CREDENTIAL}` },
  });
  reportPerCall('Node', means);
}

/**
 * The proxy's cost per request: `n` sequential `GET /tokens` to the fake over HTTP (the bin, in a
 * process of its own), directly and through `createOperatorProxy` served here by
 * @hono/node-server, alternating so that both see the same machine. Percentiles of each, and
 * their difference.
 */
async function proxyOverhead(n) {
  const fake = await startFakeApi();
  const proxy = createOperatorProxy({
    credential: FAKE_CREDENTIAL,
    upstream: fake.upstream,
    basePath: '/operator-proxy/v1',
    allowedOrigins: ['http://127.0.0.1'],
    authorize: () => ({ actor: { id: 'usr_bench', name: 'Bench' }, access: 'write' }),
  });
  const server = serve({ fetch: proxy, port: 0, hostname: '127.0.0.1' });
  await once(server, 'listening');
  const viaProxy = `http://127.0.0.1:${server.address().port}/operator-proxy/v1/tokens`;
  const direct = `${fake.upstream}/tokens`;
  const headers = { Authorization: `Bearer ${FAKE_CREDENTIAL}` };
  const timed = async (url, init) => {
    const start = performance.now();
    const response = await fetch(url, init);
    await response.arrayBuffer();
    const ms = performance.now() - start;
    if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
    return ms;
  };
  try {
    // Warm both paths (connections, JIT) before measuring.
    for (let i = 0; i < 30; i++) await Promise.all([timed(direct, { headers }), timed(viaProxy)]);
    const times = { direct: [], proxy: [] };
    for (let i = 0; i < n; i++) {
      times.direct.push(await timed(direct, { headers }));
      times.proxy.push(await timed(viaProxy));
    }
    const p = (list, q) => list.toSorted((a, b) => a - b)[Math.ceil(q * list.length) - 1];
    const ms = (value) => `${value.toFixed(2)} ms`;
    const plus = (value) => `${value < 0 ? '-' : '+'}${ms(Math.abs(value))}`;
    const [d50, d99, p50, p99] = [
      p(times.direct, 0.5),
      p(times.direct, 0.99),
      p(times.proxy, 0.5),
      p(times.proxy, 0.99),
    ];
    console.log(
      `proxy overhead GET /tokens x${n}: p50 ${plus(p50 - d50)}, p99 ${plus(p99 - d99)} ` +
        `(direct p50 ${ms(d50)} p99 ${ms(d99)}, via proxy p50 ${ms(p50)} p99 ${ms(p99)})`,
    );
  } finally {
    server.close();
    server.closeAllConnections?.();
    await fake.stop();
  }
}

/** `operator-fake-api` on a free port of 127.0.0.1, in its own process, as a partner runs it. */
async function startFakeApi() {
  const bin = fileURLToPath(new URL('../bin/operator-fake-api.mjs', import.meta.url));
  const child = spawn(process.execPath, [bin, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  await new Promise((resolve, reject) => {
    child.stdout.on('data', () => stdout.includes('Stop it with Ctrl+C.') && resolve());
    child.once('exit', (code) => reject(new Error(`operator-fake-api exited with ${code}`)));
  });
  const port = /listening on http:\/\/[^:/]+:(\d+)/.exec(stdout)?.[1];
  if (!port) throw new Error(`operator-fake-api did not start: ${stdout}`);
  return {
    upstream: `http://127.0.0.1:${port}/v1`,
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}
