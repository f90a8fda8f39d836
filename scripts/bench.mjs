// Benchmarks of the built fake API and client (run after `npm run build`); prints figures, asserts nothing.
import { performance } from 'node:perf_hooks';
import { createOperatorClient } from '@operator-ai/admin-widget/client';
import { createFakeOperatorApi, FAKE_CREDENTIAL } from '@operator-ai/admin-widget/mocks';

const baseUrl = 'https://api.operator.test/v1';
const time = async (label, run, unit) => {
  const start = performance.now();
  const count = await run();
  const ms = performance.now() - start;
  const rate = count ? `, ${Math.round((count / ms) * 1000).toLocaleString('en')} ${unit}/s` : '';
  console.log(`${label}: ${ms.toFixed(0)} ms${rate}`);
};

let api;
await time('seed 100,000 access-log entries', () => {
  api = createFakeOperatorApi({ baseUrl, logEntries: 100_000 });
  return 0;
});
const client = createOperatorClient({ baseUrl, auth: FAKE_CREDENTIAL, fetch: api.fetch });

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
    const since = new Date(api.clock.now() - 30 * 86_400_000).toISOString();
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
