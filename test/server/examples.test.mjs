// The server examples of docs/server.md, run as written, each in front of the fake Operator API
// over real HTTP with a cookie session of the test's own: examples/express.mjs (an Express 5 app),
// examples/node-http.mjs (plain node:http) and examples/hono.mjs (a Hono app), each on a port;
// examples/next-route.ts (a Next.js App Router route handler) and examples/cloudflare-worker.ts (a
// Worker module), called as their runtimes call them. docs/server.md quotes every file verbatim;
// the last test checks that it still does.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { after, afterEach, before, describe, test } from 'node:test';
import { FAKE_CREDENTIAL } from '@operator-ai/admin-widget/mocks';
import { assertErrorShape, checked, listen, ORIGIN, startFake } from './harness.mjs';
import { handle, sessions } from './next-auth.mjs';

// What a Next app's tsconfig `paths` does for `@/auth`: here, the session stub beside this file.
registerHooks({
  resolve: (specifier, context, nextResolve) =>
    nextResolve(
      specifier === '@/auth' ? new URL('./next-auth.mjs', import.meta.url).href : specifier,
      context,
    ),
});

const ADMIN = { id: 'usr_ada', name: 'Ada Admin', role: 'admin' };
const VIEWER = { id: 'usr_vic', name: 'Vic Viewer', role: 'viewer' };
const EVIL = 'https://evil.example';
const PATH = '/operator-proxy/v1';

let upstream;
/** The audit events of the examples that take an `audit`. */
const audits = [];
/**
 * The signed-in users by the value of their `sid` cookie: the `sessions` store of the node:http
 * and Hono examples, and what the Express app's session stub reads.
 */
const users = new Map();
/** Secrets minted through the examples: none may reach an audit event. */
const secrets = [];

/** A session middleware stub: `Cookie: sid=<id>` puts that user on `req.session.user`. */
function cookieSession(req, _res, next) {
  const sid = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  req.session = users.has(sid) ? { user: users.get(sid) } : undefined;
  next();
}

/**
 * A Workers KV namespace over a Map, as the Worker reads it: `get(key, 'json')` parses a copy of
 * what was put, `null` for a key never put.
 */
function kvOver(map) {
  return {
    async get(key, type = 'text') {
      if (!map.has(key)) return null;
      const text = JSON.stringify(map.get(key));
      return type === 'json' ? JSON.parse(text) : text;
    },
  };
}

/**
 * Signs a user in, in every example's session store (`users`; `sessions` for Next and the
 * Worker's KV); resolves the `Cookie` header to send.
 */
function signIn(user, { verifiedAt = Date.now() } = {}) {
  const sid = crypto.randomUUID();
  users.set(sid, { ...user, verifiedAt });
  sessions.set(sid, { user: { ...user }, verifiedAt });
  return `sid=${sid}`;
}

before(async () => {
  upstream = await startFake();
  // The examples read their configuration from the environment, as a deployment sets it.
  process.env.OPERATOR_API_KEY = FAKE_CREDENTIAL;
  process.env.OPERATOR_API_URL = upstream.url;
  process.env.APP_ORIGIN = ORIGIN;
});
after(() => upstream.close());
afterEach(() => {
  for (const event of audits) {
    const text = JSON.stringify(event);
    assert.ok(!text.includes(FAKE_CREDENTIAL), 'the credential is in an audit event');
    for (const secret of secrets)
      assert.ok(!text.includes(secret), 'a secret is in an audit event');
  }
  audits.length = 0;
  upstream.fake.reset();
});

const cookieOf = { admin: '', viewer: '' };
const write = (cookie, { origin = ORIGIN, site = 'same-origin', body } = {}) => ({
  method: 'POST',
  headers: {
    Cookie: cookie,
    Origin: origin,
    'Sec-Fetch-Site': site,
    'Content-Type': 'application/json',
    'Idempotency-Key': crypto.randomUUID(),
  },
  body: JSON.stringify(body ?? {}),
});

/** A `node:http` server that was told to listen: resolves `{ origin, close }` once it does. */
async function listening(server) {
  await once(server, 'listening');
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** `fetchAt(path, init)` for a handler called as its runtime calls it: with a `Request` for the page's origin. */
const called = (handler) => (path, init) => handler(new Request(`${ORIGIN}${path}`, init));

/**
 * `send(path, init)` under the mount point, through `fetchAt`: resolves `{ response, body }` after
 * the checks every answer must pass (no credential in its body or headers, `no-store`, Operator's
 * error shape).
 */
const sendThrough =
  (fetchAt) =>
  async (path, init = {}) =>
    checked(await fetchAt(`${PATH}${path}`, init));

/** The same behaviours for every example, through its `fetchAt(path, init)`. */
function behaves(fetchAt) {
  const send = sendThrough(fetchAt);
  before(() => {
    cookieOf.admin = signIn(ADMIN);
    cookieOf.viewer = signIn(VIEWER);
  });

  test('lists tokens for a signed-in user, with the key added and the cookie left behind', async () => {
    const { response, body } = await send('/tokens?limit=3', {
      headers: { Cookie: cookieOf.viewer, Authorization: 'Bearer from-the-browser' },
    });
    assert.equal(response.status, 200);
    assert.equal(body.data.length, 3);
    const forwarded = upstream.fake.requests.at(-1);
    assert.ok(forwarded.url.endsWith('/v1/tokens?limit=3'));
    assert.equal(
      forwarded.headers.authorization,
      'Bearer ***',
      "the fake accepted the partner's key",
    );
    assert.equal(forwarded.headers.cookie, undefined);
  });

  test('creates one token from an allowed origin, names its creator, and returns its secret', async () => {
    const before = upstream.fake.tokens.length;
    const { response, body } = await send(
      '/tokens',
      write(cookieOf.admin, { body: { name: 'From the example' } }),
    );
    assert.equal(response.status, 201);
    assert.match(body.secret, /^op_test_/);
    secrets.push(body.secret);
    assert.equal(upstream.fake.tokens.length, before + 1, 'one token');
    assert.deepEqual(body.token.created_by, { id: ADMIN.id, name: ADMIN.name });
  });

  test('refuses a cross-site POST with 403; nothing reaches Operator', async () => {
    for (const init of [
      write(cookieOf.admin, { origin: EVIL, site: 'cross-site' }),
      write(cookieOf.admin, { origin: EVIL, site: 'same-site' }),
      write(cookieOf.admin, { site: 'cross-site' }),
    ]) {
      const { response } = await send('/tokens', init);
      assert.equal(response.status, 403);
    }
    assert.equal(upstream.fake.requests.length, 0);
  });

  test('a viewer reads but gets 403 on a write; no session gets 401', async () => {
    assert.equal(
      (await send('/scopes', { headers: { Cookie: cookieOf.viewer } })).response.status,
      200,
    );
    const refused = await send('/tokens', write(cookieOf.viewer, { body: { name: 'Nope' } }));
    assert.equal(refused.response.status, 403);
    assert.equal((await send('/tokens', {})).response.status, 401);
    assert.equal((await send('/tokens', write(''))).response.status, 401);
    assert.equal((await send('/tokens', write('sid=nobody'))).response.status, 401);
    assert.deepEqual(
      upstream.fake.requests.map((request) => request.url.replace(/^.*\/v1/, '')),
      ['/scopes'],
    );
  });

  test('an admin whose sign-in is older than 5 minutes gets 401 step_up_required', async () => {
    const stale = signIn(ADMIN, { verifiedAt: Date.now() - 301_000 });
    const { response, body } = await send('/tokens', write(stale, { body: { name: 'Later' } }));
    assert.equal(response.status, 401);
    assert.equal(body.error.reason, 'step_up_required');
    assert.equal(upstream.fake.requests.length, 0);
  });
}

/** For an example given `audit: (event) => audits.push(event)`. */
function auditsWrites(fetchAt) {
  const send = sendThrough(fetchAt);
  test('audits the writes, refused ones included, with the user as actor', async () => {
    const created = await send('/tokens', write(cookieOf.admin, { body: { name: 'Audited' } }));
    secrets.push(created.body.secret);
    await send('/tokens', write(cookieOf.viewer));
    assert.deepEqual(
      audits.map((event) => [
        event.action,
        event.status,
        event.actor.id,
        event.token?.name ?? null,
      ]),
      [
        ['create', 201, ADMIN.id, 'Audited'],
        ['create', 403, VIEWER.id, null],
      ],
    );
  });
}

/** For an example that routes requests itself: anything outside the mount point gets its 404. */
function answersOutsideTheMount(fetchAt, server) {
  test(`outside the mount point, ${server} answers, not the proxy`, async () => {
    for (const path of ['/v1/tokens', '/operator-proxy/v2/tokens']) {
      const response = await fetchAt(path, { headers: { Cookie: cookieOf.admin } });
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(await response.text(), /"error"/, `${path}: the proxy answered`);
    }
    assert.equal(upstream.fake.requests.length, 0);
  });
}

const audit = (event) => {
  audits.push(event);
};

/**
 * An example that serves HTTP itself and takes an `audit`, on a free port of 127.0.0.1 for the
 * suite: `start()` resolves `{ origin, close }`. Every behaviour, the audit, and its own 404
 * outside the mount point.
 */
function servesOverHttp(server, start) {
  let served;
  before(async () => {
    served = await start();
  });
  after(() => served.close());
  const fetchAt = (path, init) => fetch(`${served.origin}${path}`, init);
  behaves(fetchAt);
  auditsWrites(fetchAt);
  answersOutsideTheMount(fetchAt, server);
}

describe('Express (examples/express.mjs)', () => {
  servesOverHttp('Express', async () => {
    const { createApp } = await import('../../examples/express.mjs');
    return listening(createApp({ session: cookieSession, audit }).listen(0, '127.0.0.1'));
  });
});

describe('node:http (examples/node-http.mjs)', () => {
  servesOverHttp('the server', async () => {
    const { createServer } = await import('../../examples/node-http.mjs');
    return listening(createServer({ sessions: users, audit }).listen(0, '127.0.0.1'));
  });
});

describe('Hono (examples/hono.mjs)', () => {
  servesOverHttp('Hono', async () => {
    const { createApp } = await import('../../examples/hono.mjs');
    // As the file's last comment says: `serve` from @hono/node-server, here on a free port.
    return listen(createApp({ sessions: users, audit }).fetch);
  });
});

describe('Next.js route handler (examples/next-route.ts)', () => {
  let route;
  before(async () => {
    route = await import('../../examples/next-route.ts');
  });
  // As Next calls the route: the export for the method, with the request in scope for `auth()`.
  const fetchAt = called((request) => handle(route[request.method], request));
  const send = sendThrough(fetchAt);

  test('exports GET, POST and DELETE, rendered on every request', () => {
    assert.equal(route.dynamic, 'force-dynamic');
    for (const method of ['GET', 'POST', 'DELETE']) assert.equal(typeof route[method], 'function');
  });

  behaves(fetchAt);

  test('rotates and revokes', async () => {
    const created = await send('/tokens', write(cookieOf.admin, { body: { name: 'Rotate me' } }));
    const rotated = await send(`/tokens/${created.body.token.id}/rotate`, write(cookieOf.admin));
    assert.equal(rotated.response.status, 201);
    secrets.push(created.body.secret, rotated.body.secret);
    const revoked = await send(`/tokens/${rotated.body.token.id}`, {
      method: 'DELETE',
      headers: { Cookie: cookieOf.admin, Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' },
    });
    assert.equal(revoked.response.status, 200);
    assert.equal(revoked.body.status, 'revoked');
    const error = await send(`/tokens/${rotated.body.token.id}/rotate`, write(cookieOf.viewer));
    assertErrorShape(403, error.body);
  });
});

describe('Cloudflare Worker (examples/cloudflare-worker.ts)', () => {
  let worker;
  let env;
  /** An ExecutionContext as the runtime passes it; the example needs none of it. */
  const ctx = { waitUntil() {}, passThroughOnException() {} };
  before(async () => {
    worker = (await import('../../examples/cloudflare-worker.ts')).default;
    // The bindings a deployment gives it: the key as a secret, the sessions in a KV namespace.
    env = {
      OPERATOR_API_KEY: FAKE_CREDENTIAL,
      OPERATOR_API_URL: upstream.url,
      APP_ORIGIN: ORIGIN,
      SESSIONS: kvOver(sessions),
    };
  });
  const fetchAt = called((request) => worker.fetch(request, env, ctx));

  behaves(fetchAt);
  answersOutsideTheMount(fetchAt, 'the Worker');

  test("reads the session from each request's own bindings, though the proxy is made once", async () => {
    const elsewhere = { ...env, SESSIONS: kvOver(new Map()) };
    const sendElsewhere = sendThrough(called((request) => worker.fetch(request, elsewhere, ctx)));
    const scopes = { headers: { Cookie: cookieOf.admin } };
    assert.equal((await sendElsewhere('/scopes', scopes)).response.status, 401);
    assert.equal((await sendThrough(fetchAt)('/scopes', scopes)).response.status, 200);
  });
});

test('docs/server.md quotes every example verbatim', () => {
  const page = readFileSync(new URL('../../docs/server.md', import.meta.url), 'utf8');
  const files = readdirSync(new URL('../../examples/', import.meta.url)).filter((file) =>
    /\.(mjs|ts)$/.test(file),
  );
  assert.deepEqual(files.sort(), [
    'cloudflare-worker.ts',
    'express.mjs',
    'hono.mjs',
    'next-route.ts',
    'node-http.mjs',
  ]);
  for (const file of files) {
    const language = file.endsWith('.ts') ? 'ts' : 'js';
    const code = readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
    assert.ok(
      page.includes(`\`\`\`${language}\n${code}\`\`\`\n`),
      `docs/server.md does not quote examples/${file} as it is; paste it into its \`\`\`${language} block`,
    );
  }
});
