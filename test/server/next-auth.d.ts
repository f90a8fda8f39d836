// The types of next-auth.mjs: a Next app's own `@/auth`, as examples/next-route.ts reads it.
export interface Session {
  user: { id: string; name: string; role: 'admin' | 'viewer' };
  /** When the user last entered their password or second factor, in ms since the epoch. */
  verifiedAt?: number;
}

export const sessions: Map<string, Session>;
export function handle(
  handler: (request: Request) => Promise<Response>,
  request: Request,
): Promise<Response>;
export function auth(): Promise<Session | null>;
