import { registerMessages } from './localize.js';

/** English strings that several parts share. */
export const sharedMessages = {
  loading: 'Loading…',
  retry: 'Retry',
  cancel: 'Cancel',
  close: 'Close',
  unauthorized: 'Your session has expired. Sign in again to continue.',
  stepUpRequired: 'Confirm it is you to make this change, then try again.',
  forbidden: 'Your role may view but not change these settings.',
  forbiddenRead: 'Your role may not view these settings.',
  networkError: 'Could not reach Operator. Check your connection and try again.',
  rateLimited: (seconds?: number) =>
    seconds
      ? `Too many requests. Try again in ${seconds} s.`
      : 'Too many requests. Try again shortly.',
  serverError: 'Operator had a problem. Try again in a moment.',
  genericError: (message: string) => message,
  invalidResponse: (detail: string) => `Operator sent a response this page cannot use: ${detail}.`,
  requestId: (id: string) => `Request ID: ${id}`,
  noClient: 'Not configured: set a client, or a base-url with auth.',
};

type SharedMessages = typeof sharedMessages;
declare module './localize.js' {
  interface OperatorMessages extends SharedMessages {}
}

registerMessages({ $code: 'en', $name: 'English', $dir: 'ltr', ...sharedMessages });
