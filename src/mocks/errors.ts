import type { ErrorBody } from '../client/types.js';

/**
 * An error the fake answers with. Handlers throw it; the route pipeline turns it into the
 * contract's error body `{ error: { code, message, field?, request_id } }`.
 */
export class FakeApiError extends Error {
  override readonly name = 'FakeApiError';

  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** 400: malformed request, wrong type, out of range or unknown parameter. */
export const badRequest = (message: string, field?: string) =>
  new FakeApiError(400, message, field);

/** 422: well formed, but the value is not acceptable. */
export const unprocessable = (message: string, field?: string) =>
  new FakeApiError(422, message, field);

export const notFound = (message: string) => new FakeApiError(404, message);

const MESSAGES: Record<number, string> = {
  400: 'The request is malformed.',
  401: 'The credential is missing or invalid.',
  403: "This credential's role may not manage tokens",
  404: 'Not found.',
  409: 'The request conflicts with the current state.',
  422: 'The request could not be processed.',
  429: 'Too many requests.',
  500: 'The Operator API failed. Try again later.',
  502: 'The Operator API is unreachable. Try again later.',
  503: 'The service is temporarily unavailable.',
  504: 'The Operator API did not answer in time.',
};

export function defaultMessage(status: number): string {
  return (
    MESSAGES[status] ??
    (status >= 500 ? MESSAGES[500] : undefined) ??
    `The request failed (${status}).`
  );
}

export function errorBody(
  status: number,
  message: string,
  requestId: string,
  field?: string,
  reason?: ErrorBody['error']['reason'],
): ErrorBody {
  return {
    error: {
      code: status,
      message,
      ...(field === undefined ? {} : { field }),
      request_id: requestId,
      ...(reason && { reason }),
    },
  };
}
