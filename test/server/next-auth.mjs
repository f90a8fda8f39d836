// `@/auth` for examples/next-route.ts, as a Next.js app's own `auth()` (Auth.js's, say) behaves in
// a route handler: it reads the session of the request being handled, which Next keeps in an
// AsyncLocalStorage (what `headers()` and `cookies()` read). `handle` sets that request, as Next
// does before it calls the route's GET, POST or DELETE.
import { AsyncLocalStorage } from 'node:async_hooks';

const current = new AsyncLocalStorage();

/** Sessions by the value of the `sid` cookie: `{ user: { id, name, role }, verifiedAt? }`. */
export const sessions = new Map();

/** Calls a route handler as Next does: with the request, and the request in scope for `auth()`. */
export function handle(handler, request) {
  return current.run(request, () => handler(request));
}

export async function auth() {
  const request = current.getStore();
  if (!request) throw new Error('auth() called outside a request');
  const sid = /(?:^|;\s*)sid=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
  return sessions.get(sid) ?? null;
}
