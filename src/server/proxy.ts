/**
 * `createOperatorProxy`: the server half of an embed. The browser talks to the host's origin with
 * the host's own session; the proxy checks it, then calls Operator with the partner's key, which
 * never reaches the browser.
 */
import { BodyTooLargeError, readLimited } from './body.js';
import { errorResponse, proxyRequestId, STEP_UP_REQUIRED } from './errors.js';
import { checkBasePath, matchOperation, type MatchedOperation } from './route.js';
import type {
  OperatorProxy,
  OperatorProxyOptions,
  ProxyActor,
  ProxyAuditEvent,
  ProxyAuthorization,
} from './types.js';

export const DEFAULT_UPSTREAM = 'https://api.operator.ai/v1';
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BODY_BYTES = 16_384;
/** The request header that tells Operator which of the host's users is acting. */
export const ACTOR_HEADER = 'Operator-Actor';

/** The request headers forwarded upstream; everything else (cookies, `Authorization`, hop-by-hop) stays behind. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'idempotency-key', 'accept-language'];
/** The response headers copied back to the browser. */
const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'retry-after',
  'x-request-id',
  'idempotent-replayed',
];
const REDACTED = '[redacted]';

/** Formats the actor for {@link ACTOR_HEADER}: `id=<id>; name=<name>`, both percent-encoded (UTF-8). */
export function formatActor(actor: ProxyActor): string {
  return `id=${encodeURIComponent(actor.id)}; name=${encodeURIComponent(actor.name)}`;
}

/**
 * A `(request: Request) => Promise<Response>` handler that forwards the contract's operations to
 * Operator, and answers everything else itself in Operator's error shape.
 */
export function createOperatorProxy<Context = unknown>(
  options: OperatorProxyOptions<Context>,
): OperatorProxy<Context> {
  const config = resolve(options);

  async function handle(
    request: Request,
    context: Context,
    route: MatchedOperation,
    audit: AuditDraft,
  ) {
    const write = route.operation.method !== 'GET';
    if (write) {
      const refusal = crossSiteRefusal(request, config.allowedOrigins);
      if (refusal) return errorResponse(403, refusal, proxyRequestId());
    }
    const authorization = await options.authorize(request, context);
    audit.actor = { id: authorization.actor.id, name: authorization.actor.name };
    if (authorization.access !== 'read' && authorization.access !== 'write') {
      return errorResponse(401, 'Sign in to manage API tokens.', proxyRequestId());
    }
    if (write && authorization.access !== 'write') {
      return errorResponse(403, 'Your role cannot manage API tokens.', proxyRequestId());
    }
    if (
      route.operation.action &&
      config.stepUp &&
      !recentlyVerified(authorization, config.stepUp)
    ) {
      return errorResponse(
        401,
        'Confirm it is you before managing API tokens.',
        proxyRequestId(),
        STEP_UP_REQUIRED,
      );
    }
    let body: Uint8Array | undefined;
    if (route.operation.method === 'POST') {
      try {
        body = await readLimited(request, config.maxBodyBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        const limit = `${config.maxBodyBytes} bytes`;
        return errorResponse(413, `The request body is larger than ${limit}.`, proxyRequestId());
      }
    }
    const credential = await credentialOf(options);
    return forward(request, route, authorization.actor, credential, body);
  }

  async function forward(
    request: Request,
    route: MatchedOperation,
    actor: ProxyActor,
    credential: string,
    body: Uint8Array | undefined,
  ): Promise<Response> {
    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null && (name !== 'content-type' || body)) headers.set(name, value);
    }
    headers.set('Authorization', `Bearer ${credential}`);
    headers.set(ACTOR_HEADER, formatActor(actor));
    const search = new URL(request.url).search;
    const timeout = AbortSignal.timeout(config.timeout);
    const signal = AbortSignal.any([timeout, request.signal]);
    let upstream: Response;
    let text: string;
    try {
      upstream = await config.fetch(`${config.upstream}${route.path}${search}`, {
        method: route.operation.method,
        headers,
        body: body as BodyInit | undefined,
        signal,
        redirect: 'manual',
      });
      // The whole body within the timeout: a response that stalls halfway is a 504 too.
      text = await upstream.text();
    } catch {
      if (timeout.aborted) {
        return errorResponse(504, 'Operator did not answer in time.', proxyRequestId());
      }
      return errorResponse(502, 'Operator could not be reached.', proxyRequestId());
    }
    const redact = redactor(credential);
    const out = new Headers();
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = upstream.headers.get(name);
      if (value !== null) out.set(name, redact(value));
    }
    if (upstream.status >= 300 && upstream.status < 400) {
      // The contract has no redirects; following one could send the credential elsewhere.
      return errorResponse(502, 'Operator answered with a redirect.', proxyRequestId());
    }
    return new Response(text === '' ? null : redact(text), {
      status: upstream.status,
      headers: out,
    });
  }

  return async (request, context) => {
    const route = matchOperation(request, config.basePath);
    if (!route) {
      return secure(errorResponse(404, 'No such operation.', proxyRequestId()));
    }
    const { action } = route.operation;
    const audit: AuditDraft = { actor: null };
    const response = secure(await handle(request, context as Context, route, audit));
    if (action && options.audit) {
      await report(options.audit, await auditEvent(action, audit.actor, route, response));
    }
    return response;
  };
}

interface AuditDraft {
  actor: ProxyActor | null;
}

interface ResolvedOptions {
  upstream: string;
  basePath: string;
  allowedOrigins: ReadonlySet<string>;
  stepUp: { maxAgeSeconds: number } | undefined;
  timeout: number;
  maxBodyBytes: number;
  fetch: typeof fetch;
}

function resolve<Context>(options: OperatorProxyOptions<Context>): ResolvedOptions {
  const {
    upstream = DEFAULT_UPSTREAM,
    timeout = DEFAULT_TIMEOUT_MS,
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
    stepUp,
  } = options;
  const problems = [
    typeof options.authorize !== 'function' && 'authorize must be a function',
    options.credential === undefined && 'credential is required',
    !Array.isArray(options.allowedOrigins) && 'allowedOrigins must be an array of origins',
    ...(options.allowedOrigins ?? [])
      .filter((origin) => !isOrigin(origin))
      .map((origin) => `${JSON.stringify(origin)} is not an origin like https://example.com`),
    !(timeout > 0) && `timeout ${timeout} is not a positive number of milliseconds`,
    !(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0) &&
      `maxBodyBytes ${maxBodyBytes} is not a positive integer`,
    stepUp &&
      !(stepUp.maxAgeSeconds >= 0) &&
      `stepUp.maxAgeSeconds ${stepUp.maxAgeSeconds} is not a number of seconds`,
    !/^https?:\/\/[^/?#]+(\/[^?#]*)?$/.test(upstream) &&
      `upstream ${upstream} is not an http(s) URL`,
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new TypeError(`createOperatorProxy: ${problems.join('; ')}.`);
  }
  return {
    upstream: upstream.replace(/\/+$/, ''),
    basePath: checkBasePath(options.basePath),
    allowedOrigins: new Set(options.allowedOrigins),
    stepUp,
    timeout,
    maxBodyBytes,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
}

function isOrigin(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

/**
 * Why a write is refused as cross-site, or `undefined`: a browser sends `Origin` on every
 * POST and DELETE, and `Sec-Fetch-Site` says whether another site sent it.
 */
function crossSiteRefusal(request: Request, allowed: ReadonlySet<string>): string | undefined {
  const site = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  if (site === 'cross-site') return 'Cross-site requests may not manage API tokens.';
  if (origin === null) {
    return site === 'same-origin'
      ? undefined
      : 'A request that manages API tokens needs an Origin.';
  }
  return allowed.has(origin) ? undefined : `Requests from ${origin} may not manage API tokens.`;
}

function recentlyVerified(
  authorization: ProxyAuthorization,
  stepUp: { maxAgeSeconds: number },
): boolean {
  const verifiedAt = authorization.verifiedAt?.getTime();
  if (verifiedAt === undefined || Number.isNaN(verifiedAt)) return false;
  return Date.now() - verifiedAt <= stepUp.maxAgeSeconds * 1000;
}

async function credentialOf(options: OperatorProxyOptions<never>): Promise<string> {
  const credential =
    typeof options.credential === 'function' ? await options.credential() : options.credential;
  if (typeof credential !== 'string' || credential.trim() === '') {
    throw new TypeError('createOperatorProxy: the credential is empty.');
  }
  return credential;
}

/** Replaces the credential, as is and percent-encoded, wherever the upstream echoed it. */
function redactor(credential: string): (text: string) => string {
  const forms = [...new Set([credential, encodeURIComponent(credential)])];
  return (text) => forms.reduce((out, form) => out.replaceAll(form, REDACTED), text);
}

/** Headers every response carries: nothing about tokens is cached or sniffed. */
function secure(response: Response): Response {
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set('X-Content-Type-Options', 'nosniff');
  return response;
}

async function auditEvent(
  action: ProxyAuditEvent['action'],
  actor: ProxyActor | null,
  route: MatchedOperation,
  response: Response,
): Promise<ProxyAuditEvent> {
  let token: { id?: unknown; name?: unknown } | undefined;
  if (response.ok) {
    const body = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { token?: typeof token; id?: unknown } | undefined;
    token = body?.token ?? body;
  }
  return {
    action,
    actor,
    token: {
      id: typeof token?.id === 'string' ? token.id : (route.params.id ?? null),
      name: typeof token?.name === 'string' ? token.name : null,
    },
    status: response.status,
    requestId: response.headers.get('x-request-id') ?? '',
    time: new Date(),
  };
}

async function report(
  audit: NonNullable<OperatorProxyOptions<never>['audit']>,
  event: ProxyAuditEvent,
): Promise<void> {
  try {
    await audit(event);
  } catch (error) {
    // The write took effect: its answer (a secret, maybe) still goes back to the user.
    console.error('createOperatorProxy: audit failed', error);
  }
}
