// app.mjs: the Operator proxy in an Express 5 app (the tested examples/express.mjs).
import express from 'express';
import { getRequestListener } from '@hono/node-server';
import { createOperatorProxy } from '@operator-ai/admin-widget/server';

/**
 * `session`: your session middleware (express-session, cookie-session…), which puts the signed-in
 * user on `req.session.user`. `audit`: where the proxy's record of every write goes.
 */
export function createApp({ session, audit }) {
  const app = express();
  app.use(session);

  const proxy = createOperatorProxy({
    credential: process.env.OPERATOR_API_KEY,
    upstream: process.env.OPERATOR_API_URL, // unset: https://api.operator.ai/v1
    basePath: '/operator-proxy/v1',
    allowedOrigins: [process.env.APP_ORIGIN], // e.g. https://dashboard.example.com
    stepUp: { maxAgeSeconds: 300 },
    // `incoming` is Express's `req`: read your session where your middleware put it.
    authorize: (request, { incoming }) => {
      const user = incoming.session?.user;
      if (!user) return { actor: { id: 'anonymous', name: 'Anonymous' }, access: 'none' };
      return {
        actor: { id: user.id, name: user.name },
        access: user.role === 'admin' ? 'write' : 'read',
        verifiedAt: user.verifiedAt ? new Date(user.verifiedAt) : undefined,
      };
    },
    audit,
  });

  // Before any body parser (express.json() would consume the body). Express 4: '/operator-proxy/v1/*'.
  app.all('/operator-proxy/v1/*splat', getRequestListener(proxy));
  return app;
}
