/** The public types of `createOperatorProxy`. */

/** Who is acting, as the host's own session knows them. Sent upstream as `Operator-Actor`. */
export interface ProxyActor {
  id: string;
  name: string;
}

/** What the host's `authorize` decides for one request. */
export interface ProxyAuthorization {
  actor: ProxyActor;
  /** `'write'`: everything; `'read'`: reads only (writes get 403); `'none'`: nothing (401). */
  access: 'write' | 'read' | 'none';
  /** When the user last proved who they are (password, 2FA); read by `stepUp`. */
  verifiedAt?: Date;
}

/** A write the proxy saw through, or refused. Never carries a secret or the credential. */
export interface ProxyAuditEvent {
  action: 'create' | 'rotate' | 'revoke';
  /** `null` when the request was refused before `authorize` ran (a cross-site request). */
  actor: ProxyActor | null;
  /**
   * The token acted on: from the upstream response when it has one (for a rotation, the new
   * token), else the id in the path (`null` for a refused create).
   */
  token: { id: string | null; name: string | null };
  /** The status the browser got. */
  status: number;
  /** Operator's request id, or the proxy's own (`proxy_…`) for a request it answered itself. */
  requestId: string;
  time: Date;
}

/**
 * `Context`: what the host's server passes as the handler's second argument, handed on to
 * `authorize`: `@hono/node-server`'s `{ incoming, outgoing }` (Express's `req` is `incoming`), a
 * Worker's `env`, a Next.js route's context.
 */
export interface OperatorProxyOptions<Context = unknown> {
  /** The partner's Operator key, or a function that returns it (read on every request). */
  credential: string | (() => string | Promise<string>);
  /** Default `https://api.operator.ai/v1`. */
  upstream?: string;
  /** The path the proxy is mounted at, e.g. `/operator-proxy/v1`; the client's `baseUrl`. */
  basePath: string;
  /**
   * Maps the host's own session (its cookie, or what its server put on `context`) to an actor and
   * an access level. An exception propagates to the host's server, as the handler's rejection.
   */
  authorize(request: Request, context: Context): ProxyAuthorization | Promise<ProxyAuthorization>;
  /**
   * The origins (`https://dashboard.example.com`) whose pages may send writes; any other
   * `Origin`, or none at all unless `Sec-Fetch-Site: same-origin`, gets 403.
   */
  allowedOrigins: readonly string[];
  /** Create, rotate and revoke need `verifiedAt` within `maxAgeSeconds`, or get 401 `step_up_required`. */
  stepUp?: { maxAgeSeconds: number };
  /** Called once per write (create, rotate, revoke), answered or refused; awaited. */
  audit?(event: ProxyAuditEvent): void | Promise<void>;
  /** Upstream timeout in milliseconds, for the whole response; default 10 000 (then 504). */
  timeout?: number;
  /** The largest request body accepted; default 16 384 bytes (then 413). */
  maxBodyBytes?: number;
  /** Default `globalThis.fetch`. */
  fetch?: typeof fetch;
}

/** The handler: `(request, context?) => Promise<Response>`, for any WHATWG server. */
export type OperatorProxy<Context = unknown> = (
  request: Request,
  context?: Context,
) => Promise<Response>;

/** One operation of the contract. */
export interface ContractOperation {
  operationId: string;
  method: string;
  /** The contract's path template, e.g. `/tokens/{id}/rotate`. */
  path: string;
  /** The pattern of each path parameter. */
  params: Record<string, string>;
  action?: 'create' | 'rotate' | 'revoke';
}
