import { plural, registerMessages } from './localize.js';

const n = plural('en');

/**
 * English strings that several parts share. `{brand}` is the platform's name, the `brand` key
 * (a host sets it once). The errors' sentences are keyed by the client error's `code` in
 * camelCase (`step_up_required` → `stepUpRequired`); a server's words come only as `detail`.
 */
export const sharedMessages = {
  brand: 'Operator',
  loading: 'Loading…',
  retry: 'Retry',
  cancel: 'Cancel',
  close: 'Close',
  token: 'Token',
  status: 'Status',
  unauthorized: 'Your session has expired. Sign in again to continue.',
  stepUpRequired: 'Confirm it is you to make this change, then try again.',
  forbidden: 'Your role may view but not change these settings.',
  forbiddenRead: 'Your role may not view these settings.',
  notFound: 'This no longer exists. Reload the page.',
  validationFailed: (detail: string) => `Not accepted: ${detail}`,
  conflict: 'This was already sent with other details. Reload the page.',
  rateLimited: (seconds?: number) =>
    seconds
      ? n(seconds, { other: 'Too many requests. Try again in # s.' })
      : 'Too many requests. Try again shortly.',
  serverError: '{brand} had a problem. Try again in a moment.',
  networkError: 'Could not reach {brand}. Check your connection and try again.',
  timeout: '{brand} did not answer in time. Try again.',
  invalidResponse: (detail: string) => `{brand} sent a response this page cannot use: ${detail}.`,
  operatorError: (detail: string) => `Something went wrong: ${detail}`,
  requestId: (id: string) => `Request ID: ${id}`,
  noClient: 'Not configured: set a client, or a base-url with auth.',
};

type SharedMessages = typeof sharedMessages;
declare module './localize.js' {
  interface OperatorMessages extends SharedMessages {}
}

registerMessages({ $code: 'en', $name: 'English', $dir: 'ltr', ...sharedMessages });
