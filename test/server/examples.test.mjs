// The README's server examples, run as written: examples/express.mjs (an Express 5 app) and
// examples/next-route.ts (a Next.js App Router route handler), each in front of the fake Operator
// API over real HTTP, with a cookie session of the test's own. The README quotes both files
// verbatim; the last test checks that it still does.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { after, before, beforeEach, describe, test } from 'node:test';
import { FAKE_CREDENTIAL } from '@operator-ai/admin-widget/mocks';
import { assertErrorShape, call, checkResponse, ORIGIN, startFake } from './harness.mjs';
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

let fake;
/** The Express app's audit events. */
const audits = [];
/** The signed-in users by the value of their `sid` cookie, for the Express app's session stub. */
const users = new Map();
/** Secrets minted through the examples: none may reach an audit event. */
const secrets = [];

/** A session middleware stub: `Cookie: sid=<id>` puts that user on `req.session.user`. */
function cookieSession(req, _res, next) {
  const sid = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  req.session = users.has(sid) ? { user: users.get(sid) } : undefined;
  next();
}

/** Signs a user in, in both examples' session stores; resolves the `Cookie` header to send. */
function signIn(user, { verifiedAt = Date.now() } = {}) {
  const sid = crypto.randomUUID();
  users.set(sid, { ...user, verifiedAt });
  sessions.set(sid, { user: { ...user }, verifiedAt });
  return `sid=${sid}`;
}

before(async () => {
  fake = await startFake();
  // The examples read their configuration from the environment, as a deployment sets it.
  process.env.OPERATOR_API_KEY = FAKE_CREDENTIAL;
  process.env.OPERATOR_API_URL = fake.upstream;
  process.env.APP_ORIGIN = ORIGIN;
});
after(async () => {
  for (const event of audits) {
    const text = JSON.stringify(event);
    assert.ok(!text.includes(FAKE_CREDENTIAL), 'the credential is in an audit event');
    for (const secret of secrets)
      assert.ok(!text.includes(secret), 'a secret is in an audit event');
  }
  await fake.close();
});
beforeEach(() => {
  fake.api.reset();
  audits.length = 0;
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

/**
 * The same behaviours for both examples. `send(path, init)` resolves `{ response, body }` after
 * the checks every answer must pass (no credential in its body or headers, `no-store`, Operator's
 * error shape).
 */
function behaves(send) {
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
    const upstream = fake.api.requests.at(-1);
    assert.ok(upstream.url.endsWith('/v1/tokens?limit=3'));
    assert.equal(
      upstream.headers.authorization,
      'Bearer ***',
      "the fake accepted the partner's key",
    );
    assert.equal(upstream.headers.cookie, undefined);
  });

  test('creates one token from an allowed origin, names its creator, and returns its secret', async () => {
    const before = fake.api.tokens.length;
    const { response, body } = await send(
      '/tokens',
      write(cookieOf.admin, { body: { name: 'From the example' } }),
    );
    assert.equal(response.status, 201);
    assert.match(body.secret, /^op_test_/);
    secrets.push(body.secret);
    assert.equal(fake.api.tokens.length, before + 1, 'one token');
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
    assert.equal(fake.api.requests.length, 0);
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
    assert.deepEqual(
      fake.api.requests.map((request) => request.url.replace(/^.*\/v1/, '')),
      ['/scopes'],
    );
  });

  test('an admin whose sign-in is older than 5 minutes gets 401 step_up_required', async () => {
    const stale = signIn(ADMIN, { verifiedAt: Date.now() - 301_000 });
    const { response, body } = await send('/tokens', write(stale, { body: { name: 'Later' } }));
    assert.equal(response.status, 401);
    assert.equal(body.error.reason, 'step_up_required');
    assert.equal(fake.api.requests.length, 0);
  });
}

describe('Express (examples/express.mjs)', () => {
  let server;
  let origin;
  before(async () => {
    const { createApp } = await import('../../examples/express.mjs');
    server = createApp({ session: cookieSession, audit: (event) => audits.push(event) }).listen(
      0,
      '127.0.0.1',
    );
    await once(server, 'listening');
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((done) => server.close(done)));

  behaves((path, init) => call(`${origin}${PATH}${path}`, init));

  test('audits the writes, refused ones included, with the user as actor', async () => {
    const created = await call(
      `${origin}${PATH}/tokens`,
      write(cookieOf.admin, { body: { name: 'Audited' } }),
    );
    secrets.push(created.body.secret);
    await call(`${origin}${PATH}/tokens`, write(cookieOf.viewer));
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

  test('outside the mount point, Express answers, not the proxy', async () => {
    const response = await fetch(`${origin}/v1/tokens`, { headers: { Cookie: cookieOf.admin } });
    assert.equal(response.status, 404);
    await response.text();
    assert.equal(fake.api.requests.length, 0);
  });
});

describe('Next.js route handler (examples/next-route.ts)', () => {
  let route;
  before(async () => {
    route = await import('../../examples/next-route.ts');
  });

  /** A `Request` as Next hands it to the route: absolute URL, the browser's headers. */
  const send = async (path, init = {}) => {
    const method = init.method ?? 'GET';
    const request = new Request(`${ORIGIN}${PATH}${path}`, init);
    const response = await handle(route[method], request);
    const text = await response.text();
    checkResponse(response, text);
    return { response, body: text === '' ? undefined : JSON.parse(text) };
  };

  test('exports GET, POST and DELETE, rendered on every request', () => {
    assert.equal(route.dynamic, 'force-dynamic');
    for (const method of ['GET', 'POST', 'DELETE']) assert.equal(typeof route[method], 'function');
  });

  behaves(send);

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

test('the README quotes the examples verbatim', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  for (const [file, language] of [
    ['express.mjs', 'js'],
    ['next-route.ts', 'ts'],
  ]) {
    const code = readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
    assert.ok(
      readme.includes(`\`\`\`${language}\n${code}\`\`\`\n`),
      `README.md does not quote examples/${file} as it is; paste it into its \`\`\`${language} block`,
    );
  }
});
