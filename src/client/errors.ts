/**
 * One error hierarchy for every failure of the Operator client. Callers branch on the class, on
 * `name` (a literal that survives minification) or on `code`, never on the message. Errors carry
 * no request, no headers and no options: the credential cannot leak through them.
 */

export interface OperatorErrorInit {
  status?: number;
  field?: string;
  requestId?: string;
  cause?: unknown;
}

/**
 * Every `code`: one per class, but for `AuthenticationError`'s two (a session that has ended, or
 * a write that needs the user to confirm who they are: the contract's `reason`).
 */
export type OperatorErrorCode =
  | 'operator_error'
  | 'unauthorized'
  | 'step_up_required'
  | 'forbidden'
  | 'not_found'
  | 'validation_failed'
  | 'conflict'
  | 'rate_limited'
  | 'server_error'
  | 'network_error'
  | 'timeout'
  | 'invalid_response';

/** Base class: `status` is the HTTP status where there was a response. */
export class OperatorError extends Error {
  override name: OperatorErrorName = 'OperatorError';
  /** A stable, machine-readable code: `unauthorized`, `rate_limited`, `network_error`, … */
  code: OperatorErrorCode = 'operator_error';
  status?: number;
  /** The request field a validation error is about (`name`, `expires_at`, …). */
  field?: string;
  /** Operator's request id, to quote to support. */
  requestId?: string;

  constructor(message: string, init: OperatorErrorInit = {}) {
    // Error reads only `cause` from its options.
    super(message, init);
    Object.assign(this, init);
  }
}

/**
 * 401: the credential is missing, invalid or expired; the host should renew its session. With
 * `code` `step_up_required` (from a host's proxy), the session is fine but the user must confirm
 * who they are again (password, second factor) before this write; then retry it, same key.
 */
export class AuthenticationError extends OperatorError {
  override name = 'AuthenticationError' as const;
  override code: 'unauthorized' | 'step_up_required' = 'unauthorized';
}

/** 403: the credential's role may not do this (for example a read-only role on a write). */
export class PermissionError extends OperatorError {
  override name = 'PermissionError' as const;
  override code = 'forbidden' as const;
}

/** 404: no such token. */
export class NotFoundError extends OperatorError {
  override name = 'NotFoundError' as const;
  override code = 'not_found' as const;
}

/** 400 or 422: the request was refused; `field` names the offending input when known. */
export class ValidationError extends OperatorError {
  override name = 'ValidationError' as const;
  override code = 'validation_failed' as const;
}

/** 409: an idempotency key was reused with a different body. */
export class ConflictError extends OperatorError {
  override name = 'ConflictError' as const;
  override code = 'conflict' as const;
}

/** 429: too many requests; `retryAfter` says how many seconds to wait. */
export class RateLimitError extends OperatorError {
  override name = 'RateLimitError' as const;
  override code = 'rate_limited' as const;
  retryAfter?: number;
}

/** 5xx: Operator failed; retrying later may help. */
export class ServerError extends OperatorError {
  override name = 'ServerError' as const;
  override code = 'server_error' as const;
}

/** No response: offline, DNS, CORS or a dropped connection. */
export class NetworkError extends OperatorError {
  override name = 'NetworkError' as const;
  override code = 'network_error' as const;
}

/** No response within the client's `timeout`. */
export class TimeoutError extends OperatorError {
  override name = 'TimeoutError' as const;
  override code = 'timeout' as const;
}

/** A response that is not JSON or not the contract's shape; the message says what is wrong. */
export class InvalidResponseError extends OperatorError {
  override name = 'InvalidResponseError' as const;
  override code = 'invalid_response' as const;
}

const classes = {
  OperatorError,
  AuthenticationError,
  PermissionError,
  NotFoundError,
  ValidationError,
  ConflictError,
  RateLimitError,
  ServerError,
  NetworkError,
  TimeoutError,
  InvalidResponseError,
};

type Classes = typeof classes;
export type OperatorErrorName = keyof Classes;

/**
 * What the client's promises reject with (besides the caller's own abort reason), and the
 * `detail.error` of `operator-error`: a union discriminated on `name`, so that a `switch` narrows
 * to the class, its `code` and its fields (`retryAfter` on a `RateLimitError`).
 *
 * ```ts
 * if (isOperatorError(error))
 *   switch (error.name) {
 *     case 'RateLimitError': return wait(error.retryAfter);
 *     case 'AuthenticationError': return error.code === 'step_up_required' ? stepUp() : renew();
 *   }
 * ```
 */
export type OperatorClientError =
  | (OperatorError & { name: 'OperatorError'; code: 'operator_error' })
  | AuthenticationError
  | PermissionError
  | NotFoundError
  | ValidationError
  | ConflictError
  | RateLimitError
  | ServerError
  | NetworkError
  | TimeoutError
  | InvalidResponseError;

/**
 * Whether `error` is an Operator client error (of the named class, when given; any of them,
 * narrowed by a `switch` on `name`, when not). It checks `name` rather than `instanceof`, so it
 * works across realms and duplicated bundles.
 */
export function isOperatorError<N extends OperatorErrorName = 'OperatorError'>(
  error: unknown,
  name?: N,
): error is Extract<OperatorClientError, { name: N extends 'OperatorError' ? string : N }> {
  const actual = (error as Error | null)?.name;
  return Object.hasOwn(classes, actual!) && (!name || name === 'OperatorError' || actual === name);
}

/** Maps an HTTP status to the class that describes it. */
export function errorClassFor(status: number): typeof OperatorError {
  if (status === 401) return AuthenticationError;
  if (status === 403) return PermissionError;
  if (status === 404) return NotFoundError;
  if (status === 400 || status === 422) return ValidationError;
  if (status === 409) return ConflictError;
  if (status === 429) return RateLimitError;
  if (status >= 500) return ServerError;
  return OperatorError;
}
