// server.mjs: the Operator proxy on plain node:http (the tested examples/node-http.mjs).
import http from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createOperatorProxy } from '@operator-ai/admin-widget/server';

/**
 * `sessions`: your session store, the signed-in user `{ id, name, role, verifiedAt }` by the value
 * of the `sid` cookie: a Map, or anything whose `get(sid)` returns or resolves the user (Redis,
 * your database). `audit`: where the proxy's record of every write goes.
 * Start it: `createServer({ sessions, audit }).listen(3000)`.
 */
export function createServer({ sessions, audit }) {
  const proxy = createOperatorProxy({
    credential: process.env.OPERATOR_API_KEY,
    upstream: process.env.OPERATOR_API_URL, // unset: https://api.operator.ai/v1
    basePath: '/operator-proxy/v1',
    allowedOrigins: [process.env.APP_ORIGIN], // e.g. https://dashboard.example.com
    stepUp: { maxAgeSeconds: 300 },
    authorize: async (request) => {
      const sid = /(?:^|;\s*)sid=([^;]+)/.exec(request.headers.get('Cookie') ?? '')?.[1];
      const user = sid ? await sessions.get(sid) : undefined;
      if (!user) return { actor: { id: 'anonymous', name: 'Anonymous' }, access: 'none' };
      return {
        actor: { id: user.id, name: user.name },
        access: user.role === 'admin' ? 'write' : 'read',
        verifiedAt: user.verifiedAt ? new Date(user.verifiedAt) : undefined,
      };
    },
    audit,
  });
  const operator = getRequestListener(proxy);

  return http.createServer((req, res) => {
    if (req.url.startsWith('/operator-proxy/v1/')) return operator(req, res);
    // …your other routes
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
  });
}
