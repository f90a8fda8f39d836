/**
 * `@operator-ai/admin-widget/server`: the proxy between a host's pages and the Operator API, for
 * any runtime with WHATWG `Request`, `Response` and `fetch` (Node 22.12+, Deno, Bun, Workers, Next.js).
 * No DOM, no Lit, no ky.
 *
 * ```ts
 * import { createOperatorProxy } from '@operator-ai/admin-widget/server';
 * const proxy = createOperatorProxy({
 *   credential: process.env.OPERATOR_API_KEY!,
 *   basePath: '/operator-proxy/v1',
 *   allowedOrigins: ['https://dashboard.example.com'],
 *   authorize: async (request) => mySession(request),
 * });
 * // proxy(request: Request): Promise<Response>
 * ```
 */
export {
  ACTOR_HEADER,
  createOperatorProxy,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_UPSTREAM,
  formatActor,
} from './proxy.js';
export { STEP_UP_REQUIRED, type ProxyErrorBody } from './errors.js';
export { OPERATIONS } from './operations.js';
export type {
  ContractOperation,
  OperatorProxy,
  OperatorProxyOptions,
  ProxyActor,
  ProxyAuditEvent,
  ProxyAuthorization,
} from './types.js';
