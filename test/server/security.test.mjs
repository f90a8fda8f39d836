// What the proxy refuses: paths outside the contract, method overrides, cross-site writes; and
// the credential, which never comes back even when the upstream echoes it.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { FAKE_CREDENTIAL } from '@operator-ai/admin-widget/mocks';
import { createOperatorProxy } from '@operator-ai/admin-widget/server';
import {
  ADMIN,
  assertErrorShape,
  BASE_PATH,
  call,
  checkResponse,
  ORIGIN,
  raw,
  SAME_ORIGIN,
  startFake,
  startProxy,
} from './harness.mjs';

let upstream;
let proxy;

before(async () => {
  upstream = await startFake();
  proxy = await startProxy(upstream.url);
});
after(async () => {
  await proxy.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.fake.reset();
  proxy.audits.length = 0;
});

describe('only the contract operations', () => {
  const hostile = [
    ['GET', `${BASE_PATH}/tokens/..%2f..%2fadmin`],
    ['GET', `${BASE_PATH}/tokens/%2e%2e/%2e%2e/secrets`],
    ['GET', `${BASE_PATH}/tokens/%2E%2E%2Fscopes`],
    ['GET', `${BASE_PATH}/../v2/tokens`],
    ['GET', `${BASE_PATH}/tokens/..`],
    ['GET', `${BASE_PATH}//tokens`],
    ['GET', `${BASE_PATH}/tokens//`],
    ['GET', `${BASE_PATH}/tokens/`],
    ['GET', `${BASE_PATH}/tokens%2f`],
    ['GET', `${BASE_PATH}/tokens/tok_abc%2frotate`],
    ['POST', `${BASE_PATH}/tokens/tok_abc%2Frotate`],
    ['GET', `${BASE_PATH}/tokens/tok_abc%5c..%5c..%5cadmin`],
    ['GET', `${BASE_PATH}/tokens/..%252f..%252fadmin`],
    ['GET', `${BASE_PATH}/TOKENS`],
    ['GET', `${BASE_PATH}/tokens/tok_abc/`],
    ['GET', `${BASE_PATH}/tokens/tok_ab$c`],
    ['GET', `${BASE_PATH}/tokens/tok_abc%00`],
    ['GET', `${BASE_PATH}/tokens/tok_abc;admin=1`],
    ['GET', `${BASE_PATH}/tokens/%74ok_abc`],
    ['GET', `${BASE_PATH}/admin`],
    ['GET', BASE_PATH],
    ['GET', `${BASE_PATH}/`],
    ['GET', `${BASE_PATH}.evil/tokens`],
    ['GET', `${BASE_PATH}0/tokens`],
    ['GET', `//evil.example${BASE_PATH}/tokens`],
    ['GET', `/v1/tokens`],
    ['GET', `${BASE_PATH}/tokens/tok_abc/rotate`],
    ['PUT', `${BASE_PATH}/tokens`],
    ['PATCH', `${BASE_PATH}/tokens/tok_abc`],
    ['DELETE', `${BASE_PATH}/tokens`],
    ['OPTIONS', `${BASE_PATH}/tokens`],
    ['HEAD', `${BASE_PATH}/tokens`],
    ['POST', `${BASE_PATH}/scopes`],
    ['DELETE', `${BASE_PATH}/access-logs`],
  ];

  test(`${hostile.length} hostile paths and methods get 404 in Operator's shape, and never reach Operator`, async () => {
    for (const [method, path] of hostile) {
      const response = await raw(proxy.origin, method, path, SAME_ORIGIN);
      assert.equal(response.status, 404, `${method} ${path}`);
      assert.equal(response.headers['cache-control'], 'no-store', `${method} ${path}`);
      if (method !== 'HEAD') assertErrorShape(404, JSON.parse(response.text));
    }
    assert.deepEqual(upstream.fake.requests, []);
  });

  test('a raw backslash is refused by the Node adapter (400) before the proxy, never forwarded', async () => {
    const response = await raw(proxy.origin, 'GET', `${BASE_PATH}/tokens\\..\\..\\admin`);
    assert.equal(response.status, 400);
    assert.deepEqual(upstream.fake.requests, []);
  });

  test('a method-override header gets 404, whatever the method and path', async () => {
    for (const name of ['X-HTTP-Method-Override', 'X-HTTP-Method', 'X-Method-Override']) {
      const get = await call(`${proxy.base}/tokens/tok_2f9KcQ7xLm4R`, {
        headers: { [name]: 'DELETE' },
      });
      assert.equal(get.response.status, 404, name);
      const post = await call(`${proxy.base}/tokens`, {
        method: 'POST',
        headers: { ...SAME_ORIGIN, [name]: 'GET', 'Idempotency-Key': 'k' },
        body: '{}',
      });
      assert.equal(post.response.status, 404, name);
    }
    assert.deepEqual(upstream.fake.requests, []);
  });
});

describe('cross-site writes', () => {
  const create = (headers) =>
    call(`${proxy.base}/tokens`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': crypto.randomUUID(),
        ...headers,
      },
      body: '{}',
    });

  test('a write from another origin, a cross-site one, or one with no Origin gets 403', async () => {
    const refused = [
      { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      { Origin: `${ORIGIN}.evil.example`, 'Sec-Fetch-Site': 'same-site' },
      { Origin: 'http://dashboard.example.com' },
      { Origin: ORIGIN, 'Sec-Fetch-Site': 'cross-site' },
      {},
      { 'Sec-Fetch-Site': 'same-site' },
      { 'Sec-Fetch-Site': 'none' },
    ];
    for (const headers of refused) {
      const { response } = await create(headers);
      assert.equal(response.status, 403, JSON.stringify(headers));
    }
    const revoke = await call(`${proxy.base}/tokens/tok_2f9KcQ7xLm4R`, {
      method: 'DELETE',
      headers: { Origin: 'https://evil.example' },
    });
    assert.equal(revoke.response.status, 403);
    assert.deepEqual(upstream.fake.requests, []);
    assert.ok(proxy.audits.every((event) => event.actor === null && event.status === 403));
    assert.equal(proxy.audits.length, refused.length + 1);
  });

  test('a write from an allowed origin, or same-origin without Origin, goes through', async () => {
    assert.equal((await create({ Origin: ORIGIN })).response.status, 201);
    assert.equal((await create(SAME_ORIGIN)).response.status, 201);
    assert.equal((await create({ 'Sec-Fetch-Site': 'same-origin' })).response.status, 201);
  });

  test('reads are not refused by origin: CORS keeps their answers from another site', async () => {
    const { response } = await call(`${proxy.base}/scopes`, {
      headers: { Origin: 'https://evil.example' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });
});

describe('the credential never comes back', () => {
  /** An upstream that echoes the credential everywhere it can. */
  const echo = async (url, init) => {
    const authorization = new Headers(init.headers).get('authorization');
    const key = authorization.slice('Bearer '.length);
    const body = {
      error: {
        code: 500,
        message: `Bad key ${key}, url-encoded ${encodeURIComponent(key)}, header ${authorization}`,
        request_id: `req_${key}`,
      },
    };
    return new Response(JSON.stringify(body), {
      status: 500,
      headers: {
        'Content-Type': 'application/json',
        'X-Request-Id': `req_${key}`,
        'Retry-After': key,
        'Set-Cookie': `leak=${key}`,
        'WWW-Authenticate': `Bearer ${key}`,
      },
    });
  };

  for (const credential of [FAKE_CREDENTIAL, () => FAKE_CREDENTIAL, async () => FAKE_CREDENTIAL]) {
    test(`redacted from the body and headers of an echoing upstream (credential: ${typeof credential})`, async () => {
      const audits = [];
      const handler = createOperatorProxy({
        credential,
        upstream: 'https://operator.invalid/v1',
        basePath: BASE_PATH,
        allowedOrigins: [ORIGIN],
        authorize: () => ({ actor: ADMIN, access: 'write' }),
        audit: (event) => audits.push(event),
        fetch: echo,
      });
      for (const request of [
        new Request(`https://host.example${BASE_PATH}/tokens`),
        new Request(`https://host.example${BASE_PATH}/tokens/tok_abc`, {
          method: 'DELETE',
          headers: SAME_ORIGIN,
        }),
      ]) {
        const response = await handler(request);
        const text = await response.text();
        checkResponse(response, text);
        assert.equal(response.status, 500);
        assert.match(
          text,
          /Bad key \[redacted\], url-encoded \[redacted\], header Bearer \[redacted\]/,
        );
        assert.equal(response.headers.get('x-request-id'), 'req_[redacted]');
        assert.equal(response.headers.get('set-cookie'), null);
        assert.equal(response.headers.get('www-authenticate'), null);
      }
      assert.equal(audits.length, 1);
      assert.ok(!JSON.stringify(audits).includes(FAKE_CREDENTIAL));
    });
  }

  test('a redirect from upstream is not followed: 502', async () => {
    const handler = createOperatorProxy({
      credential: FAKE_CREDENTIAL,
      basePath: BASE_PATH,
      allowedOrigins: [ORIGIN],
      authorize: () => ({ actor: ADMIN, access: 'write' }),
      fetch: async (_url, init) => {
        assert.equal(init.redirect, 'manual');
        return new Response(null, { status: 302, headers: { Location: 'https://evil.example/' } });
      },
    });
    const response = await handler(new Request(`https://host.example${BASE_PATH}/scopes`));
    assert.equal(response.status, 502);
    assert.equal(response.headers.get('location'), null);
    checkResponse(response, await response.text());
  });

  test('an unreachable upstream: 502 without the error text', async () => {
    const handler = createOperatorProxy({
      credential: FAKE_CREDENTIAL,
      basePath: BASE_PATH,
      allowedOrigins: [ORIGIN],
      authorize: () => ({ actor: ADMIN, access: 'write' }),
      fetch: async () => {
        throw new TypeError(`connect failed with ${FAKE_CREDENTIAL}`);
      },
    });
    const response = await handler(new Request(`https://host.example${BASE_PATH}/scopes`));
    assert.equal(response.status, 502);
    checkResponse(response, await response.text());
  });
});

describe('options', () => {
  test('createOperatorProxy refuses unsafe or missing options', () => {
    const good = {
      credential: 'k',
      basePath: BASE_PATH,
      allowedOrigins: [ORIGIN],
      authorize: () => ({ actor: ADMIN, access: 'read' }),
    };
    assert.doesNotThrow(() => createOperatorProxy(good));
    for (const bad of [
      { basePath: '/operator-proxy/v1/' },
      { basePath: '/a/../b' },
      { basePath: 'operator-proxy' },
      { allowedOrigins: ['https://dashboard.example.com/'] },
      { allowedOrigins: ['*'] },
      { allowedOrigins: undefined },
      { authorize: undefined },
      { credential: undefined },
      { upstream: 'ftp://operator.example' },
      { timeout: 0 },
      { maxBodyBytes: -1 },
    ]) {
      assert.throws(() => createOperatorProxy({ ...good, ...bad }), TypeError, JSON.stringify(bad));
    }
  });
});
