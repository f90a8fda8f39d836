// The proxy in front of the fake Operator API, both over real HTTP: every operation, the headers
// that go up and come back, access levels, step-up, limits and the audit trail.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { FAKE_CREDENTIAL } from '@operator-ai/admin-widget/mocks';
import { OPERATIONS } from '@operator-ai/admin-widget/server';
import { ADMIN, call, raw, SAME_ORIGIN, startFake, startProxy } from './harness.mjs';

let upstream;
let proxy;
/** The secrets minted during the tests: none may reach an audit event. */
const secrets = [];

before(async () => {
  upstream = await startFake();
  // The default timeout: a create on a busy machine may take more than a fraction of a second.
  proxy = await startProxy(upstream.url, { stepUp: { maxAgeSeconds: 300 } });
});
after(async () => {
  for (const event of proxy.audits) {
    const text = JSON.stringify(event);
    assert.ok(!text.includes(FAKE_CREDENTIAL), 'the credential is in an audit event');
    for (const secret of secrets)
      assert.ok(!text.includes(secret), 'a secret is in an audit event');
  }
  await proxy.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.fake.reset();
  proxy.audits.length = 0;
  Object.assign(proxy.session, { actor: ADMIN, access: 'write', verifiedAt: new Date() });
});

const post = (body, key = crypto.randomUUID()) => ({
  method: 'POST',
  headers: { ...SAME_ORIGIN, 'Content-Type': 'application/json', 'Idempotency-Key': key },
  body: JSON.stringify(body),
});
const lastUpstream = () => upstream.fake.requests.at(-1);

describe('every contract operation through the proxy', () => {
  test('lists, creates, gets, rotates and revokes tokens; lists scopes, logs and stats', async () => {
    const seen = new Set();
    const through = async (operationId, path, init, status = 200) => {
      const { response, body } = await call(`${proxy.base}${path}`, init);
      assert.equal(response.status, status, `${operationId}: ${JSON.stringify(body)}`);
      assert.match(response.headers.get('x-request-id'), /^req_/);
      seen.add(operationId);
      return body;
    };
    const page = await through('listTokens', '/tokens?status=active&limit=2');
    assert.equal(page.data.length, 2);
    assert.ok(lastUpstream().url.endsWith('/v1/tokens?status=active&limit=2'), 'the query goes up');
    const created = await through('createToken', '/tokens', post({ name: 'Via proxy' }), 201);
    secrets.push(created.secret);
    assert.deepEqual(created.token.created_by, ADMIN, 'created_by names the host user');
    const { id } = created.token;
    assert.equal((await through('getToken', `/tokens/${id}`)).name, 'Via proxy');
    const rotated = await through('rotateToken', `/tokens/${id}/rotate`, post({}), 201);
    secrets.push(rotated.secret);
    const revoked = await through('revokeToken', `/tokens/${rotated.token.id}`, {
      method: 'DELETE',
      headers: SAME_ORIGIN,
    });
    assert.equal(revoked.status, 'revoked');
    assert.ok((await through('listScopes', '/scopes')).data.length > 0);
    assert.ok(Array.isArray((await through('listAccessLogs', '/access-logs?limit=5')).data));
    await through('getAccessLogStats', '/access-logs/stats?bucket=day');
    assert.deepEqual([...seen].sort(), OPERATIONS.map((operation) => operation.operationId).sort());
  });

  test('Idempotency-Key, Accept-Language and the actor go up; the replay header comes back', async () => {
    const init = post({ name: 'Twice' }, 'same-key-1');
    init.headers['Accept-Language'] = 'fr';
    const first = await call(`${proxy.base}/tokens`, init);
    const second = await call(`${proxy.base}/tokens`, init);
    secrets.push(first.body.secret);
    assert.equal(second.body.secret, first.body.secret);
    assert.equal(second.response.headers.get('idempotent-replayed'), 'true');
    const headers = lastUpstream().headers;
    assert.equal(headers['idempotency-key'], 'same-key-1');
    assert.equal(headers['accept-language'], 'fr');
    assert.equal(headers['content-type'], 'application/json');
    assert.equal(
      headers['operator-actor'],
      'id=usr_admin1; name=Zo%C3%AB%20%C3%86r%C3%B8sk%C3%B8bing',
    );
  });
});

describe('headers the browser sends stay behind', () => {
  test("the upstream never sees the browser's cookie or authorization, only the proxy's key", async () => {
    const browser = {
      ...SAME_ORIGIN,
      Cookie: 'session=host-session-id',
      Authorization: 'Bearer op_live_fromthebrowser0000000000000000000',
      'X-Forwarded-For': '198.51.100.7',
      'X-Custom': 'nope',
      'Proxy-Authorization': 'Basic Zm9vOmJhcg==',
      'Content-Type': 'application/json',
      'Idempotency-Key': 'k-cookie',
    };
    const { response } = await call(`${proxy.base}/tokens`, {
      method: 'POST',
      headers: browser,
      body: '{}',
    });
    assert.equal(response.status, 201, 'the fake accepted the proxy credential');
    const { body: list } = await call(`${proxy.base}/tokens`, { headers: browser });
    assert.ok(list.data.length > 0);
    for (const request of upstream.fake.requests) {
      const names = Object.keys(request.headers);
      for (const name of [
        'cookie',
        'x-forwarded-for',
        'x-custom',
        'proxy-authorization',
        'keep-alive',
        'origin',
        'sec-fetch-site',
      ]) {
        assert.ok(!names.includes(name), `${name} reached the upstream`);
      }
      // The fake shows only the scheme; its 2xx above proves the value was FAKE_CREDENTIAL.
      assert.equal(request.headers.authorization, 'Bearer ***');
    }
  });

  test('hop-by-hop headers stay behind (sent raw: fetch refuses to send them)', async () => {
    const { status } = await raw(proxy.origin, 'GET', '/operator-proxy/v1/scopes', {
      Connection: 'keep-alive, X-Secret-Hop',
      'Keep-Alive': 'timeout=5',
      'X-Secret-Hop': '1',
      TE: 'trailers',
      Cookie: 'session=raw',
    });
    assert.equal(status, 200);
    const names = Object.keys(lastUpstream().headers);
    for (const name of ['keep-alive', 'x-secret-hop', 'te', 'cookie']) {
      assert.ok(!names.includes(name), `${name} reached the upstream`);
    }
  });
});

describe('access', () => {
  test("'read' reads, and gets 403 on every write, which never reaches the upstream", async () => {
    proxy.session.access = 'read';
    assert.equal((await call(`${proxy.base}/tokens`)).response.status, 200);
    const before = upstream.fake.requests.length;
    const { response, body } = await call(`${proxy.base}/tokens`, post({}));
    assert.equal(response.status, 403);
    assert.match(body.error.request_id, /^proxy_/);
    const revoke = await call(`${proxy.base}/tokens/tok_abc`, {
      method: 'DELETE',
      headers: SAME_ORIGIN,
    });
    assert.equal(revoke.response.status, 403);
    assert.equal(upstream.fake.requests.length, before);
    assert.deepEqual(
      proxy.audits.map((event) => [event.action, event.status, event.actor.id, event.token.id]),
      [
        ['create', 403, ADMIN.id, null],
        ['revoke', 403, ADMIN.id, 'tok_abc'],
      ],
    );
  });

  test("'none' gets 401 on reads and writes", async () => {
    proxy.session.access = 'none';
    assert.equal((await call(`${proxy.base}/scopes`)).response.status, 401);
    assert.equal((await call(`${proxy.base}/tokens`, post({}))).response.status, 401);
    assert.equal(upstream.fake.requests.length, 0);
  });
});

describe('step-up', () => {
  test('a stale verification gets 401 step_up_required; after re-verifying, the same request succeeds', async () => {
    proxy.session.verifiedAt = new Date(Date.now() - 301_000);
    const init = post({ name: 'Needs step-up' }, 'step-up-key');
    const refused = await call(`${proxy.base}/tokens`, init);
    assert.equal(refused.response.status, 401);
    assert.equal(refused.body.error.reason, 'step_up_required');
    assert.equal(upstream.fake.requests.length, 0);
    proxy.session.verifiedAt = undefined;
    assert.equal((await call(`${proxy.base}/tokens`, init)).body.error.reason, 'step_up_required');
    // Reads need no step-up.
    assert.equal((await call(`${proxy.base}/tokens`)).response.status, 200);
    proxy.session.verifiedAt = new Date();
    const { response, body } = await call(`${proxy.base}/tokens`, init);
    assert.equal(response.status, 201);
    secrets.push(body.secret);
    assert.equal(body.token.name, 'Needs step-up');
  });
});

describe('limits', () => {
  /** A proxy with a short timeout, for the stalls; the fake's stall is far longer still. */
  let hasty;
  before(async () => (hasty = await startProxy(upstream.url, { timeout: 300 })));
  after(() => hasty.close());

  test('a body over maxBodyBytes gets 413, by Content-Length and by counting a chunked body', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(20_000) });
    const declared = await call(`${proxy.base}/tokens`, post(JSON.parse(big)));
    assert.equal(declared.response.status, 413);
    const chunks = [
      new TextEncoder().encode(big.slice(0, 10_000)),
      new TextEncoder().encode(big.slice(10_000)),
    ];
    const stream = new ReadableStream({
      pull(controller) {
        const chunk = chunks.shift();
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const { headers } = post({});
    const chunked = await call(`${proxy.base}/tokens`, {
      method: 'POST',
      headers,
      body: stream,
      duplex: 'half',
    });
    assert.equal(chunked.response.status, 413);
    assert.equal(upstream.fake.requests.length, 0);
  });

  test('an upstream stall longer than the timeout gets 504', async () => {
    upstream.fake.fault('tokens.list', { latency: 5_000 });
    const { response, body } = await call(`${hasty.base}/tokens`);
    assert.equal(response.status, 504);
    assert.match(body.error.message, /in time/);
  });

  test('a body that stalls halfway gets 504 too', async () => {
    upstream.fake.fault('accessLogs.list', { stallBody: true });
    assert.equal((await call(`${hasty.base}/access-logs`)).response.status, 504);
  });

  test('Retry-After and the request id of a 429 come back', async () => {
    upstream.fake.fault('tokens.list', { status: 429, retryAfter: 7 });
    const { response, body } = await call(`${proxy.base}/tokens`);
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '7');
    assert.equal(response.headers.get('x-request-id'), body.error.request_id);
  });

  test('upstream errors come back with their status and body', async () => {
    const { response, body } = await call(`${proxy.base}/tokens/tok_doesnotexist`);
    assert.equal(response.status, 404);
    assert.match(body.error.request_id, /^req_/);
  });
});

describe('audit', () => {
  test('every write: actor, action, token id and name, status, request id, time', async () => {
    const created = await call(`${proxy.base}/tokens`, post({ name: 'Audited' }));
    secrets.push(created.body.secret);
    const { id } = created.body.token;
    const rotated = await call(`${proxy.base}/tokens/${id}/rotate`, post({}));
    secrets.push(rotated.body.secret);
    const revoked = await call(`${proxy.base}/tokens/${id}`, {
      method: 'DELETE',
      headers: SAME_ORIGIN,
    });
    await call(`${proxy.base}/tokens`);
    assert.deepEqual(
      proxy.audits.map(({ action, actor, token, status, requestId }) => ({
        action,
        actor,
        token,
        status,
        requestId,
      })),
      [
        {
          action: 'create',
          actor: ADMIN,
          token: { id, name: 'Audited' },
          status: 201,
          requestId: created.response.headers.get('x-request-id'),
        },
        {
          action: 'rotate',
          actor: ADMIN,
          token: { id: rotated.body.token.id, name: 'Audited' },
          status: 201,
          requestId: rotated.response.headers.get('x-request-id'),
        },
        {
          action: 'revoke',
          actor: ADMIN,
          token: { id, name: 'Audited' },
          status: 200,
          requestId: revoked.response.headers.get('x-request-id'),
        },
      ],
    );
    for (const event of proxy.audits) assert.ok(event.time instanceof Date);
  });
});

describe('node:http with getRequestListener (the docs/server.md example)', () => {
  test("authorize gets the adapter's context: the Node request, with the host's session", async () => {
    const { createServer } = await import('node:http');
    const { getRequestListener } = await import('@hono/node-server');
    const { createOperatorProxy } = await import('@operator-ai/admin-widget/server');
    const sessions = new Map([['s1', { user: ADMIN, role: 'admin' }]]);
    const handler = createOperatorProxy({
      credential: () => FAKE_CREDENTIAL,
      upstream: upstream.url,
      basePath: '/operator-proxy/v1',
      allowedOrigins: ['https://dashboard.example.com'],
      authorize: (_request, { incoming }) => {
        const id = /(?:^|;\s*)sid=([^;]+)/.exec(incoming.headers.cookie ?? '')?.[1];
        const session = sessions.get(id);
        if (!session) return { actor: { id: 'anonymous', name: 'Anonymous' }, access: 'none' };
        return { actor: session.user, access: session.role === 'admin' ? 'write' : 'read' };
      },
    });
    const server = createServer(getRequestListener(handler));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${server.address().port}/operator-proxy/v1`;
    try {
      assert.equal((await call(`${base}/scopes`)).response.status, 401);
      const { response } = await call(`${base}/scopes`, { headers: { Cookie: 'sid=s1' } });
      assert.equal(response.status, 200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
