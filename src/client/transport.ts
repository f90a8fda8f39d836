import ky, { type BeforeRetryState, type HTTPError, type RetryOptions } from 'ky';
import { DEFAULT_LIMIT } from './contract.js';
import { MINUTE, SECOND } from './time.js';
import {
  InvalidResponseError,
  NetworkError,
  OperatorError,
  TimeoutError,
  type RateLimitError,
  errorClassFor,
} from './errors.js';
import type { Shape } from './schemas.js';
import type { ErrorBody, Page } from './types.js';

/** A credential, or a function that returns one; it is asked on every request. */
export type OperatorAuth = string | (() => string | Promise<string>);

export interface OperatorClientOptions {
  /** The Operator API's base URL, e.g. `https://api.operator.ai/v1` or the host's proxy `/operator/`. */
  baseUrl: string | URL;
  /**
   * The bearer credential, or a function asked before every request (so a host can refresh its
   * session). Leave it out when the host's own proxy authenticates with a cookie session.
   */
  auth?: OperatorAuth;
  /** A `fetch` to use instead of the global one (a test double, an SSR framework's fetch). */
  fetch?: typeof fetch;
  /** `include` sends the host's cookies to a proxy on another origin. */
  credentials?: RequestCredentials;
  /**
   * Milliseconds each attempt may take to respond, and the response's body to arrive; 10 000 by
   * default; `false` for none. An attempt that gets no response in time is retried like a network
   * error (a POST with its `Idempotency-Key`, so the retry replays a token already minted); a body
   * that stops arriving ends the call with a `TimeoutError`.
   */
  timeout?: number | false;
  /**
   * Retries: a limit (3 by default), or ky's retry options merged over ours. Network errors,
   * timeouts, 408, 429, 500, 502, 503 and 504 are retried, for GET, DELETE and POST alike (every
   * POST carries an `Idempotency-Key`). A 429 waits for its `Retry-After`, or at least 1 s (2 s,
   * 4 s…) when it has none.
   */
  retry?: number | RetryOptions;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
}

/** Options every method accepts. */
export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * Headers of this request, over the client's `headers`: `{ 'Accept-Language': 'fr' }` asks
   * Operator to word what it writes (scope labels and descriptions, refusals) in French.
   */
  headers?: Record<string, string>;
}

/** Options of `tokens.create` and `tokens.rotate`. */
export interface WriteOptions extends RequestOptions {
  /**
   * The `Idempotency-Key` to send, e.g. from `createIdempotencyKey()`: one per user intent (a
   * submitted form, a confirmed rotation), passed again with every retry of that intent. Within
   * 24 hours, a retry with it gets the first response, secret included, instead of a second
   * token. Without it, each call is its own intent with a new key, reused by its automatic retries.
   */
  idempotencyKey?: string;
}

/** Options of `iterate`. */
export interface IterateOptions extends RequestOptions {
  /**
   * The most pages to request; 2000 by default (100 000 entries at the default `limit` of 50).
   * A walk with more pages throws an `InvalidResponseError`.
   */
  maxPages?: number;
}

export type Query = Record<string, string | number | boolean | undefined>;

/** What a request may carry besides its path. */
export interface CallOptions extends WriteOptions {
  method?: 'get' | 'post' | 'delete';
  searchParams?: Query;
  json?: unknown;
}

export type Transport = <T>(schema: Shape<T>, path: string, init?: CallOptions) => Promise<T>;

/**
 * A new `Idempotency-Key` (32 random hexadecimal digits), to create once per user intent and pass
 * to every try of it: `tokens.create(input, { idempotencyKey })`.
 */
export function createIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Seconds to wait from a response's `Retry-After` (seconds, or an HTTP date); `undefined` when it
 * has none or none that parses (a cross-origin API must expose it: `Access-Control-Expose-Headers`).
 */
function retryAfter({ headers }: Response): number | undefined {
  const header = headers.get('Retry-After');
  if (!header) return;
  const seconds = Number(header);
  const wait = seconds >= 0 ? seconds : Math.ceil((Date.parse(header) - Date.now()) / SECOND);
  return Number.isFinite(wait) ? Math.max(0, wait) : undefined;
}

/**
 * A 429 without a usable Retry-After (a proxy's, or one hidden by CORS) is retried after 1 s, 2 s,
 * 4 s… (up to maxRetryAfter) more than ky's fraction of a second: the API is shedding load. It
 * waits before the retry, not in an `afterResponse` hook, which would make ky clone every response.
 */
const backOff = async ({ request: { signal }, options, error, retryCount }: BeforeRetryState) => {
  const { response } = error as Partial<HTTPError>;
  if (response?.status === 429 && retryAfter(response) === undefined) {
    const wait = Math.min(options.retry.maxRetryAfter!, SECOND * 2 ** (retryCount - 1));
    // Cut short by an abort, after which ky's next fetch rejects at once with it.
    await new Promise((resolve) => setTimeout((signal.onabort = resolve), wait));
  }
};

/** Turns whatever ky or fetch threw into the client's error hierarchy, keeping no credential. */
function toOperatorError(error: unknown, timeout: number | false): unknown {
  const name = (error as Error | null)?.name;
  if (name === 'HTTPError') {
    const { response, data } = error as HTTPError;
    const { status } = response;
    const body = (data as Partial<ErrorBody> | undefined)?.error;
    const result = new (errorClassFor(status))(
      body?.message || `The Operator API answered ${status} ${response.statusText}`.trim(),
      { status, field: body?.field, requestId: body?.request_id },
    );
    if (status === 429) (result as RateLimitError).retryAfter = retryAfter(response);
    // The contract's `reason`, when the status alone does not say: `step_up_required` on a proxy's
    // 401 asks the user to confirm who they are again; their session has not ended.
    if (body?.reason) result.code = body.reason;
    return result;
  }
  if (name === 'TimeoutError')
    return new TimeoutError(`The Operator API did not answer within ${timeout} ms`);
  if (name === 'NetworkError')
    return new NetworkError('Could not reach the Operator API', {
      cause: (error as Error).cause,
    });
  if (error instanceof SyntaxError)
    return new InvalidResponseError('The Operator API sent a response that is not JSON');
  return name === 'AbortError' || error instanceof OperatorError
    ? error
    : new OperatorError(String(error), { cause: error });
}

/** Creates the transport every resource uses: one ky instance with auth, retries and errors. */
export function createTransport({
  auth,
  baseUrl,
  timeout = 10_000,
  retry,
  fetch,
  credentials,
  headers,
}: OperatorClientOptions): Transport {
  const authorize = async ({ request }: { request: Request }) => {
    const credential = typeof auth === 'function' ? await auth() : auth;
    if (credential) request.headers.set('Authorization', `Bearer ${credential}`);
  };
  const http = ky.create({
    fetch,
    credentials,
    headers,
    timeout,
    retry: {
      limit: 3,
      methods: ['get', 'delete', 'post'],
      // ky's statusCodes (408, 413, 429, 500, 502, 503, 504) and afterStatusCodes (413, 429,
      // 503): a 413 is retried only when it carries a Retry-After.
      maxRetryAfter: MINUTE,
      backoffLimit: 8 * SECOND,
      jitter: true,
      retryOnTimeout: true,
      ...(typeof retry === 'number' ? { limit: retry } : retry),
    },
    hooks: { beforeRequest: [authorize], beforeRetry: [backOff, authorize] },
  });
  // Paths are joined here rather than by ky's `baseUrl`, which parses the base into a `Request`
  // on every call. A relative base (a proxy's `/operator/`) is still resolved by `fetch`.
  const base = String(baseUrl).replace(/\/?$/, '/');

  return async <T>(
    schema: Shape<T>,
    path: string,
    { signal, idempotencyKey, ...options }: CallOptions = {},
  ): Promise<T> => {
    // ky's timeout bounds each attempt until its response arrives; this one bounds reading the
    // body of the response that is used, which a stalled connection could otherwise hold forever.
    const body = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const response = http(base + path, {
      ...options,
      signal: signal ? AbortSignal.any([signal, body.signal]) : body.signal,
      // A POST adds its Idempotency-Key; a GET leaves ky no headers of its own to merge.
      ...(options.method === 'post' && {
        headers: {
          ...options.headers,
          'Idempotency-Key': idempotencyKey ?? createIdempotencyKey(),
        },
      }),
    });
    // Runs before `json` reads the body, once ky has the response it keeps (after its retries).
    response.then(
      () => {
        if (timeout)
          timer = setTimeout(() => body.abort(new DOMException('', 'TimeoutError')), timeout);
      },
      () => {},
    );
    try {
      const value = await response.json<T>();
      const problem = schema(value);
      if (problem)
        throw new InvalidResponseError(
          `The Operator API sent an unexpected response: body${problem}`,
        );
      return value;
    } catch (error) {
      // However the platform words an aborted read, say who ended it: the caller, or the timeout.
      throw signal?.aborted ? signal.reason : toOperatorError(body.signal.reason ?? error, timeout);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** A walk that could only loop: the server sent `problem`. (The elements' own pagers use it too.) */
export const endless = (problem: string) =>
  new InvalidResponseError(`The Operator API sent ${problem}`);

/**
 * A list operation: one page of `path`, cut to the asked `limit` (50 when not given) when the
 * server sends more, as one that ignores `limit` would. An empty page that still has a
 * `next_cursor` is an `InvalidResponseError`: following it could only loop.
 */
export const lister =
  <T, P extends { limit?: number }>(call: Transport, schema: Shape<Page<T>>, path: string) =>
  async (params: P = {} as P, options?: RequestOptions): Promise<Page<T>> => {
    const page = await call(schema, path, { ...options, searchParams: params as Query });
    if (page.next_cursor && !page.data.length) throw endless('an empty page with a next_cursor');
    page.data.splice(params.limit ?? DEFAULT_LIMIT);
    return page;
  };

/**
 * Walks cursor pages as an async iterator of items. It requests at most `maxPages` pages: on a
 * page whose `next_cursor` was already sent, or that is empty (see `lister`), or that is page
 * `maxPages`, it
 * throws an `InvalidResponseError` instead of yielding that page's items. Nothing loops for ever.
 */
export async function* paginate<T, P extends { cursor?: string }>(
  list: (params: P, options?: RequestOptions) => Promise<Page<T>>,
  params: P,
  { maxPages = 2000, ...options }: IterateOptions = {},
): AsyncGenerator<T, void, undefined> {
  // Every cursor sent so far, the first one included: as many as the pages requested.
  const seen = new Set([params.cursor]);
  for (let cursor = params.cursor; ;) {
    const { data, next_cursor: next } = await list({ ...params, cursor }, options);
    const problem =
      next &&
      (seen.has(next)
        ? 'a next_cursor twice'
        : seen.size >= maxPages && `more than ${maxPages} pages (maxPages)`);
    if (problem) throw endless(problem);
    yield* data;
    if (!next) return;
    seen.add((cursor = next));
  }
}
