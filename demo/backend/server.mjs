// The partner's backend of `npm run dev:server`: a cookie login with two users, and
// `createOperatorProxy` mounted at /operator-proxy/v1 in front of the fake Operator API over HTTP.
// It is what a partner writes around the proxy, on Hono and @hono/node-server (node:http); Vite's
// dev server forwards the page's requests here, so the browser sees one origin.
//
// Started by demo/dev-server.mjs, which passes it (all required):
//   BACKEND_PORT      where it listens, on 127.0.0.1 (0: a free port, printed on start)
//   OPERATOR_UPSTREAM the Operator API, here the fake: http://127.0.0.1:4010/v1
//   OPERATOR_API_KEY  the partner's Operator key, here the fake's credential
//   PAGE_ORIGINS      the page's origins, space-separated: only they may write
// and, optionally:
//   STEP_UP_MAX_AGE_SECONDS  how recent a verification writes need (default 300)
//   CORS_ORIGINS      page origins other than this backend's own, space-separated, each also in
//                     PAGE_ORIGINS: answered with CORS and credentials (hono/cors), for a page
//                     that calls this backend from another port, as `npm run test:e2e` does.
//                     Unset, there is no CORS: the dev:server page comes through Vite's origin.
//   E2E               `1` adds the routes `npm run test:e2e` drives, which no real backend has:
//                     GET /e2e/preflights (the CORS preflights answered so far) and
//                     POST /e2e/stale-verification (the session's verification made too old for
//                     writes, instead of waiting for STEP_UP_MAX_AGE_SECONDS to pass).
import { randomBytes } from 'node:crypto';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createOperatorProxy } from '../../dist/server/index.js';

const fail = (message) => {
  console.error(`demo backend: ${message}`);
  process.exit(1);
};
const required = (name) => process.env[name] || fail(`${name} is not set: run npm run dev:server.`);

const port = Number(required('BACKEND_PORT'));
const upstream = required('OPERATOR_UPSTREAM');
const credential = required('OPERATOR_API_KEY');
const origins = required('PAGE_ORIGINS').split(' ');
const stepUpMaxAgeSeconds = Number(process.env.STEP_UP_MAX_AGE_SECONDS ?? 300);
const corsOrigins = process.env.CORS_ORIGINS?.split(' ').filter(Boolean) ?? [];
const e2e = process.env.E2E === '1';
for (const origin of corsOrigins) {
  if (!origins.includes(origin)) fail(`CORS_ORIGINS has ${origin}, which PAGE_ORIGINS lacks.`);
}

const BASE_PATH = '/operator-proxy/v1';
const COOKIE = 'demo_session';

/** The dashboard's users: who they are to the partner, and what they may do with tokens. */
const USERS = {
  admin: { id: 'usr_demo_admin', name: 'Priya Shah', role: 'admin', access: 'write' },
  viewer: { id: 'usr_demo_viewer', name: 'Jonas Weiß', role: 'viewer', access: 'read' },
};

/** Session id → { user, verifiedAt }. In memory: a restart signs everyone out. */
const sessions = new Map();

const sessionOf = (c) => sessions.get(getCookie(c, COOKIE) ?? '');

/** What the page may know of its session (never the session id, which stays in the cookie). */
const me = (session) => ({
  user: session ? { name: session.user.name, role: session.user.role } : null,
  verifiedAt: session ? new Date(session.verifiedAt).toISOString() : null,
  stepUpMaxAgeSeconds,
});

const proxy = createOperatorProxy({
  credential,
  upstream,
  basePath: BASE_PATH,
  allowedOrigins: origins,
  stepUp: { maxAgeSeconds: stepUpMaxAgeSeconds },
  // The second argument is what the route hands on: here Hono's context, to read the cookie.
  authorize: (_request, c) => {
    const session = sessionOf(c);
    if (!session) return { actor: { id: 'anonymous', name: 'Anonymous' }, access: 'none' };
    const { id, name, access } = session.user;
    return { actor: { id, name }, access, verifiedAt: new Date(session.verifiedAt) };
  },
  audit: (event) => {
    const { action, actor, token, status, requestId } = event;
    console.log(
      `audit: ${actor?.name ?? '?'} ${action} ${token.name ?? token.id ?? 'a token'} → ${status} (${requestId})`,
    );
  },
});

const app = new Hono();

/** The preflights answered, for E2E: what was asked (method, path, headers) and the status. */
const preflights = [];
if (e2e) {
  app.use('*', async (c, next) => {
    await next();
    if (c.req.method !== 'OPTIONS') return;
    const { path } = c.req;
    const method = c.req.header('Access-Control-Request-Method') ?? null;
    const headers = c.req.header('Access-Control-Request-Headers') ?? null;
    preflights.push({ method, path, headers, status: c.res.status });
  });
}

// A page on another origin reads the proxy's answers, its Retry-After and X-Request-Id included,
// and sends the session cookie (`credentials: 'include'`). The proxy itself answers no preflight.
if (corsOrigins.length > 0) {
  app.use(
    '*',
    cors({
      origin: corsOrigins,
      credentials: true,
      allowMethods: ['GET', 'POST', 'DELETE'],
      allowHeaders: ['Content-Type', 'Idempotency-Key'],
      exposeHeaders: ['Retry-After', 'X-Request-Id'],
    }),
  );
}

// The session routes change state, so they take the proxy's stance on cross-site requests: only
// the page's own origin. (A login CSRF would sign the victim in as the attacker.)
app.use('*', async (c, next) => {
  if (c.req.method === 'POST' && !c.req.path.startsWith(BASE_PATH)) {
    if (!origins.includes(c.req.header('Origin') ?? '')) {
      return c.json({ error: 'This origin may not change the session.' }, 403);
    }
  }
  await next();
  c.header('Cache-Control', 'no-store');
});

app.all(`${BASE_PATH}/*`, (c) => proxy(c.req.raw, c));

app.get('/me', (c) => c.json(me(sessionOf(c))));

// A real login checks a password; the demo signs in as whichever user is named.
app.post('/login', async (c) => {
  const { user: name } = await c.req.json().catch(() => ({}));
  const user = Object.hasOwn(USERS, name) ? USERS[name] : undefined;
  if (!user) return c.json({ error: `No user ${name}: admin or viewer.` }, 400);
  const old = getCookie(c, COOKIE);
  if (old) sessions.delete(old);
  // A sign-in is a verification: writes are allowed for the next `stepUpMaxAgeSeconds`.
  const session = { user, verifiedAt: Date.now() };
  const id = randomBytes(32).toString('base64url');
  sessions.set(id, session);
  // SameSite=Lax, as docs/server.md asks; no Secure, since the demo is served over http.
  setCookie(c, COOKIE, id, { httpOnly: true, sameSite: 'Lax', path: '/' });
  return c.json(me(session));
});

app.post('/logout', (c) => {
  sessions.delete(getCookie(c, COOKIE) ?? '');
  deleteCookie(c, COOKIE, { path: '/' });
  return c.json(me(undefined));
});

// A real step-up asks for the password or a second factor again; the demo trusts the click.
app.post('/step-up', (c) => {
  const session = sessionOf(c);
  if (!session) return c.json({ error: 'Sign in first.' }, 401);
  session.verifiedAt = Date.now();
  return c.json(me(session));
});

if (e2e) {
  app.get('/e2e/preflights', (c) => c.json(preflights));
  app.post('/e2e/stale-verification', (c) => {
    const session = sessionOf(c);
    if (!session) return c.json({ error: 'Sign in first.' }, 401);
    session.verifiedAt = Date.now() - (stepUpMaxAgeSeconds + 1) * 1000;
    return c.json(me(session));
  });
}

const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
server.once('error', (error) => {
  if (error.code === 'EADDRINUSE')
    fail(`port ${port} is in use: choose another with BACKEND_PORT.`);
  fail(error.message);
});
server.once('listening', () => {
  console.log(`The demo backend is listening on http://127.0.0.1:${server.address().port}`);
  console.log(`  proxy       ${BASE_PATH} → ${upstream}`);
  console.log(
    `  users       admin (${USERS.admin.name}, write), viewer (${USERS.viewer.name}, read)`,
  );
  console.log(
    `  step-up     writes need a sign-in or verification in the last ${stepUpMaxAgeSeconds} s`,
  );
  if (corsOrigins.length > 0) console.log(`  CORS        ${corsOrigins.join(', ')}`);
  if (e2e) console.log('  E2E         /e2e/preflights, /e2e/stale-verification (tests only)');
});

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
