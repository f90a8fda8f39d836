/**
 * The typed Operator API client: `import { createOperatorClient } from '@operator-ai/admin-widget/client'`.
 * Nothing from Lit is in its import graph; it runs in browsers and in Node.
 */
export { createOperatorClient, type OperatorClient } from './client.js';
export { createIdempotencyKey } from './transport.js';
export type {
  IterateOptions,
  OperatorAuth,
  OperatorClientOptions,
  RequestOptions,
  WriteOptions,
} from './transport.js';
export * from './errors.js';
export type * from './types.js';
