import ky, { type RetryOptions, type StandardSchemaV1 } from 'ky';
import {
  InvalidResponseError,
  NetworkError,
  OperatorError,
  RateLimitError,
  TimeoutError,
  errorClassFor,
} from './errors.js';
import type { ErrorBody } from './types.js';

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
   * default; `false` for none.
   */
  timeout?: number | false;
  /** Retries: a limit, or ky's retry options merged over ours. */
  retry?: number | RetryOptions;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
}

/** Options every method accepts. */
export interface RequestOptions {
  signal?: AbortSignal;
}

type Query = Record<string, string | number | boolean | undefined>;

export interface Transport {
  <T>(
    schema: StandardSchemaV1<unknown, T>,
    path: string,
    init?: {
      method?: 'get' | 'post' | 'delete';
      searchParams?: Query;
      json?: unknown;
    } & RequestOptions,
  ): Promise<T>;
}

/** A unique key per POST, reused by its retries, so a retried create never mints two tokens. */
function idempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Turns whatever ky or fetch threw into the client's error hierarchy, keeping no credential. */
function toOperatorError(error: unknown, timeout: number | false): unknown {
  const name = (error as Error | null)?.name;
  if (name == 'AbortError') return error;
  if (name == 'HTTPError') {
    const { response, data } = error as { response: Response; data: unknown };
    const body = (data as Partial<ErrorBody> | undefined)?.error;
    const status = response.status;
    const ErrorClass = errorClassFor(status);
    const result = new ErrorClass(
      body?.message || `The Operator API answered ${status} ${response.statusText}`.trim(),
      { status, field: body?.field, requestId: body?.request_id },
    );
    if (result instanceof RateLimitError) {
      const seconds = Number(response.headers.get('Retry-After'));
      if (seconds >= 0) result.retryAfter = seconds;
    }
    return result;
  }
  if (name == 'TimeoutError')
    return new TimeoutError(`The Operator API did not answer within ${timeout} ms`);
  if (name == 'NetworkError')
    return new NetworkError('Could not reach the Operator API', {
      cause: (error as Error).cause,
    });
  if (name == 'SchemaValidationError')
    return new InvalidResponseError(
      `The Operator API sent an unexpected response: ${(error as { issues: { message: string }[] }).issues[0]?.message}`,
    );
  if (error instanceof SyntaxError)
    return new InvalidResponseError('The Operator API sent a response that is not JSON');
  return error instanceof OperatorError
    ? error
    : new OperatorError(String(error), { cause: error });
}

/** Creates the transport every resource uses: one ky instance with auth, retries and errors. */
export function createTransport(options: OperatorClientOptions): Transport {
  const { auth, timeout = 10_000 } = options;
  const authorize = async ({ request }: { request: Request }) => {
    const credential = typeof auth == 'function' ? await auth() : auth;
    if (credential) request.headers.set('Authorization', `Bearer ${credential}`);
  };
  const base = String(options.baseUrl);
  const api = ky.create({
    baseUrl: base.endsWith('/') ? base : `${base}/`,
    fetch: options.fetch,
    credentials: options.credentials,
    headers: options.headers,
    timeout,
    retry: {
      limit: 3,
      methods: ['get', 'delete', 'post'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      maxRetryAfter: 60_000,
      backoffLimit: 8_000,
      jitter: true,
      ...(typeof options.retry == 'number' ? { limit: options.retry } : options.retry),
    },
    hooks: { beforeRequest: [authorize], beforeRetry: [authorize] },
  });

  return async (schema, path, { method = 'get', searchParams, json, signal } = {}) => {
    // ky's timeout bounds each attempt until its response arrives; this one bounds reading the
    // body of the response that is used, which a stalled connection could otherwise hold forever.
    const body = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startBodyTimeout = ({ response }: { response: Response }) => {
      clearTimeout(timer);
      if (timeout && response.ok)
        timer = setTimeout(() => body.abort(new DOMException('', 'TimeoutError')), timeout);
    };
    try {
      return await api(path, {
        method,
        searchParams,
        json,
        signal: signal ? AbortSignal.any([signal, body.signal]) : body.signal,
        headers: method == 'post' ? { 'Idempotency-Key': idempotencyKey() } : undefined,
        hooks: { afterResponse: [startBodyTimeout] },
      }).json(schema);
    } catch (error) {
      // However the platform words an aborted read, say who ended it: the caller, or the timeout.
      if (signal?.aborted) throw signal.reason;
      throw toOperatorError(body.signal.aborted ? body.signal.reason : error, timeout);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Walks cursor pages as an async iterator of items. */
export async function* paginate<T, P extends { cursor?: string }>(
  list: (params: P, options?: RequestOptions) => Promise<{ data: T[]; next_cursor: string | null }>,
  params: P,
  options?: RequestOptions,
): AsyncGenerator<T, void, undefined> {
  let cursor = params.cursor;
  do {
    const page = await list({ ...params, cursor }, options);
    yield* page.data;
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
}
