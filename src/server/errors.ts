/** Responses in Operator's error shape (the contract's `Error` schema), for what the proxy answers itself. */

/** The `error.reason` of a 401 that asks the user to prove who they are again. */
export const STEP_UP_REQUIRED = 'step_up_required';

export interface ProxyErrorBody {
  error: { code: number; message: string; request_id: string; reason?: typeof STEP_UP_REQUIRED };
}

export function errorResponse(
  status: number,
  message: string,
  requestId: string,
  reason?: typeof STEP_UP_REQUIRED,
): Response {
  const body: ProxyErrorBody = {
    error: { code: status, message, request_id: requestId, ...(reason && { reason }) },
  };
  return Response.json(body, { status, headers: { 'X-Request-Id': requestId } });
}

/** An id for a response the proxy makes itself, so that a user still has one to quote. */
export function proxyRequestId(): string {
  return `proxy_${crypto.randomUUID().replace(/-/g, '')}`;
}
