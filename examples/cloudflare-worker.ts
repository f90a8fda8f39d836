// src/index.ts: the Operator proxy as a Worker (the tested examples/cloudflare-worker.ts).
import { createOperatorProxy, type OperatorProxy } from '@operator-ai/admin-widget/server';

/** The Worker's bindings (wrangler.jsonc), the few it uses, without @cloudflare/workers-types. */
interface Env {
  /** Your Operator key, a secret: `npx wrangler secret put OPERATOR_API_KEY`. */
  OPERATOR_API_KEY: string;
  OPERATOR_API_URL?: string; // unset: https://api.operator.ai/v1
  APP_ORIGIN: string; // e.g. https://dashboard.example.com
  /** A KV namespace: the sessions your sign-in wrote, by the value of the `sid` cookie. */
  SESSIONS: { get<T>(key: string, type: 'json'): Promise<T | null> };
}

interface Session {
  user: { id: string; name: string; role: 'admin' | 'viewer' };
  /** When the user last entered their password or second factor, in ms since the epoch. */
  verifiedAt?: number;
}

const BASE_PATH = '/operator-proxy/v1';
/** One proxy per isolate, made from the bindings on its first request. */
let proxy: OperatorProxy<Env> | undefined;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (!new URL(request.url).pathname.startsWith(`${BASE_PATH}/`)) {
      return new Response('Not found\n', { status: 404 }); // …or the rest of your Worker
    }
    proxy ??= createOperatorProxy<Env>({
      credential: env.OPERATOR_API_KEY,
      upstream: env.OPERATOR_API_URL,
      basePath: BASE_PATH,
      allowedOrigins: [env.APP_ORIGIN],
      stepUp: { maxAgeSeconds: 300 },
      // The second argument is the `env` of the request being answered, passed on below.
      authorize: async (request, { SESSIONS }) => {
        const sid = /(?:^|;\s*)sid=([^;]+)/.exec(request.headers.get('Cookie') ?? '')?.[1];
        const session = sid ? await SESSIONS.get<Session>(sid, 'json') : null;
        if (!session) return { actor: { id: 'anonymous', name: 'Anonymous' }, access: 'none' };
        return {
          actor: { id: session.user.id, name: session.user.name },
          access: session.user.role === 'admin' ? 'write' : 'read',
          verifiedAt: session.verifiedAt ? new Date(session.verifiedAt) : undefined,
        };
      },
    });
    return proxy(request, env);
  },
};
