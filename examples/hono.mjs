// app.mjs: the Operator proxy in a Hono app (the tested examples/hono.mjs).
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { createOperatorProxy } from '@operator-ai/admin-widget/server';

/**
 * `sessions`: your session store, the signed-in user `{ id, name, role, verifiedAt }` by the value
 * of the `sid` cookie: a Map, or anything whose `get(sid)` returns or resolves the user (Redis,
 * your database). `audit`: where the proxy's record of every write goes.
 */
export function createApp({ sessions, audit }) {
  const app = new Hono();
  // Your session middleware: the signed-in user on the context.
  app.use(async (c, next) => {
    const sid = getCookie(c, 'sid');
    c.set('user', sid ? await sessions.get(sid) : undefined);
    await next();
  });

  const proxy = createOperatorProxy({
    credential: process.env.OPERATOR_API_KEY,
    upstream: process.env.OPERATOR_API_URL, // unset: https://api.operator.ai/v1
    basePath: '/operator-proxy/v1',
    allowedOrigins: [process.env.APP_ORIGIN], // e.g. https://dashboard.example.com
    stepUp: { maxAgeSeconds: 300 },
    // `c` is Hono's context, passed on below: read the user your middleware put there.
    authorize: (request, c) => {
      const user = c.get('user');
      if (!user) return { actor: { id: 'anonymous', name: 'Anonymous' }, access: 'none' };
      return {
        actor: { id: user.id, name: user.name },
        access: user.role === 'admin' ? 'write' : 'read',
        verifiedAt: user.verifiedAt ? new Date(user.verifiedAt) : undefined,
      };
    },
    audit,
  });

  app.all('/operator-proxy/v1/*', (c) => proxy(c.req.raw, c));
  return app;
}

// Serve it on Node with `serve` from '@hono/node-server':
// `serve({ fetch: createApp({ sessions, audit }).fetch, port: 3000 })`. Bun and Deno (`deno serve`)
// serve a module's `export default createApp({ sessions, audit })` as it is.
