/**
 * The pipeline every route runs through: record the request, apply a fault, authenticate, then
 * run the route's resolver and turn its result (or the `FakeApiError` it threw) into a response.
 */
import type { HttpHandler, JsonBodyType } from 'msw';
import { http, HttpResponse } from '../msw.js';
import { defaultMessage, errorBody, FakeApiError } from '../errors.js';
import type { FakeRoute, Fault } from '../faults.js';
import { IDEMPOTENCY_HEADER } from '../idempotency.js';
import { canonicalJson, parseJsonObject, type JsonObject } from '../params.js';
import type { FakeState, RecordedRequest } from '../state.js';

/** The names of a path's parameters: `'id'` for `'/tokens/:id/rotate'`. */
type ParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

export interface RouteContext<Path extends string = string> {
  request: Request;
  url: URL;
  /** The path's parameters, each there: msw runs a route only for a URL its path matches. */
  params: Record<ParamNames<Path>, string>;
  /** The raw request body. */
  text: string;
}

export interface JsonReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type RouteResolver<Path extends string = string> = (
  context: RouteContext<Path>,
) => JsonReply;

export const ok = (body: unknown, status = 200): JsonReply => ({ status, body });

const WWW_AUTHENTICATE = { 'WWW-Authenticate': 'Bearer realm="operator"' };

type Method = 'get' | 'post' | 'delete' | 'all';

/**
 * One msw handler for `method` and `path` under the base URL. `name` is the route faults target
 * (`null` for the catch-all); `write` routes are refused to a read-only credential.
 */
export function route<Path extends string>(
  state: FakeState,
  name: FakeRoute | null,
  method: Method,
  path: Path,
  resolver: RouteResolver<Path>,
  { write = false } = {},
): HttpHandler {
  return http[method](`${state.baseUrl}${path}`, async ({ request, params }) => {
    const text = await record(state, request);
    const requestId = state.nextRequestId();
    const fault = state.faults.take(name);
    // A lost response's latency passes after the work (below); any other fault's, before it.
    if (fault?.latency && !fault.dropResponse && !(await waited(fault.latency, request.signal))) {
      return HttpResponse.error();
    }
    if (fault && !fault.dropResponse) {
      const response = faultResponse(fault, requestId, request.signal);
      if (response) return response;
    }
    let reply: JsonReply;
    try {
      authenticate(state, request, write);
      const url = new URL(request.url);
      reply = resolver({ request, url, params: params as RouteContext<Path>['params'], text });
    } catch (error) {
      if (!(error instanceof FakeApiError)) throw error;
      const body = errorBody(error.status, error.message, requestId, error.field);
      reply = { status: error.status, body, headers: error.headers };
    }
    // The request took effect; only its answer is lost on the way back, after a stall if any.
    if (fault?.dropResponse) {
      if (fault.latency) await waited(fault.latency, request.signal);
      return HttpResponse.error();
    }
    return json(reply, requestId);
  });
}

/**
 * Wraps a POST resolver with the `Idempotency-Key` contract: the key is required; the same key
 * with the same request replays the first successful response; with another request, a 409.
 */
export function idempotent<Path extends string>(
  state: FakeState,
  resolver: (context: RouteContext<Path> & { body: JsonObject }) => JsonReply,
): RouteResolver<Path> {
  return (context) => {
    const key = context.request.headers.get(IDEMPOTENCY_HEADER);
    if (!key) {
      throw new FakeApiError(
        400,
        'The Idempotency-Key header is required on POST requests, e.g. a UUID.',
        IDEMPOTENCY_HEADER,
      );
    }
    if (key.length > 255) {
      throw new FakeApiError(
        400,
        'Idempotency-Key must be at most 255 characters.',
        IDEMPOTENCY_HEADER,
      );
    }
    const body = parseJsonObject(context.text);
    const { method } = context.request;
    const { pathname } = context.url;
    const fingerprint = canonicalJson(body);
    const replay = state.idempotency.replay(key, method, pathname, fingerprint);
    if (replay) return { ...replay, headers: { 'Idempotent-Replayed': 'true' } };
    const reply = resolver({ ...context, body });
    if (reply.status < 300) {
      state.idempotency.save(key, method, pathname, fingerprint, reply.status, reply.body);
    }
    return reply;
  };
}

function json(reply: JsonReply, requestId: string): Response {
  return HttpResponse.json(reply.body as JsonBodyType, {
    status: reply.status,
    headers: { 'X-Request-Id': requestId, ...reply.headers },
  });
}

/** Requests recorded whose body is still being read. */
export const unread = new WeakSet<RecordedRequest>();

/** Records the request and returns its body text. */
async function record(state: FakeState, request: Request): Promise<string> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = name === 'authorization' ? `${value.split(' ')[0]} ***` : value;
  });
  const entry: RecordedRequest = {
    method: request.method,
    url: request.url,
    headers,
    body: undefined,
  };
  // Recorded before the body is read, so concurrent requests keep their order of arrival, but
  // shown (`fake.requests`) only once it is read: a test that sees a request sees its body.
  unread.add(entry);
  state.requests.push(entry);
  const text = await request.clone().text();
  if (text !== '') {
    try {
      entry.body = JSON.parse(text);
    } catch {
      entry.body = text;
    }
  }
  unread.delete(entry);
  return text;
}

function authenticate(state: FakeState, request: Request, write: boolean): void {
  if (state.credential === null) return;
  const header = request.headers.get('Authorization');
  const credential = header && /^Bearer +(\S+) *$/i.exec(header)?.[1];
  if (!credential) {
    throw new FakeApiError(
      401,
      'The Authorization header is missing; send Authorization: Bearer <credential>.',
      undefined,
      WWW_AUTHENTICATE,
    );
  }
  if (credential === state.credential) return;
  if (credential === state.readOnlyCredential) {
    if (write) throw new FakeApiError(403, "This credential's role may not manage tokens");
    return;
  }
  throw new FakeApiError(401, 'The credential is invalid.', undefined, {
    'WWW-Authenticate': 'Bearer realm="operator", error="invalid_token"',
  });
}

/** The response a fault answers with instead of the route; `undefined` for latency alone. */
function faultResponse(fault: Fault, requestId: string, signal: AbortSignal): Response | undefined {
  if (fault.network) return HttpResponse.error();
  if (fault.stallBody) {
    // The start of a page, then nothing: the body ends only in an error, when the request is aborted.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"data":['));
        signal.addEventListener('abort', () => controller.error(signal.reason), { once: true });
      },
    });
    return new HttpResponse(body, {
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': requestId },
    });
  }
  if (fault.malformed) {
    return HttpResponse.html('<html>oops', { headers: { 'X-Request-Id': requestId } });
  }
  if (fault.body !== undefined) return json({ status: 200, body: fault.body }, requestId);
  if (fault.status !== undefined) {
    const { status } = fault;
    const retryAfter = fault.retryAfter === undefined && status === 429 ? 1 : fault.retryAfter;
    const headers: Record<string, string> = status === 401 ? { ...WWW_AUTHENTICATE } : {};
    if (retryAfter !== undefined && retryAfter !== null)
      headers['Retry-After'] = String(retryAfter);
    const body = errorBody(
      status,
      fault.message ?? defaultMessage(status),
      requestId,
      fault.field,
      fault.reason,
    );
    return json({ status, body, headers }, requestId);
  }
  return undefined;
}

/** Waits `ms`; resolves `false` as soon as the request is aborted. */
function waited(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (completed: boolean) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(completed);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
