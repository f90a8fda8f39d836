import { ValidationError } from './errors.js';
import {
  lister,
  paginate,
  type IterateOptions,
  type RequestOptions,
  type Transport,
  type WriteOptions,
} from './transport.js';
import { apiToken, createdToken, rotatedToken, tokenPage, TOKEN_ID } from './schemas.js';
import type { ApiToken, CreateTokenInput, ListTokensParams, RotateTokenInput } from './types.js';

/** The token's path; a `ValidationError` (field `id`) for an id that is not a token id. */
const tokenPath = (id: string) => {
  if (!TOKEN_ID.test(id))
    throw new ValidationError('id should be a token id (tok_…)', { field: 'id' });
  return `tokens/${id}`;
};

/**
 * `client.tokens`: list, iterate, get, create, rotate and revoke API tokens. A method given an
 * `id` that is not a token id rejects with a `ValidationError` (field `id`) and sends nothing.
 */
export function tokensResource(call: Transport) {
  const list = lister<ApiToken, ListTokensParams>(call, tokenPage, 'tokens');
  return {
    /** One page of tokens, newest first, of at most `limit` (50 by default). */
    list,
    /** Every token matching `params`, walking the cursors; see `IterateOptions.maxPages`. */
    iterate: (params: ListTokensParams = {}, options?: IterateOptions) =>
      paginate(list, params, options),
    get: async (id: string, options?: RequestOptions) => call(apiToken, tokenPath(id), options),
    /**
     * Creates a token; the response holds its secret, which is never shown again. Pass the same
     * `idempotencyKey` to every try of one intent: a retry then returns the first token and secret.
     */
    create: (input: CreateTokenInput = {}, options?: WriteOptions) =>
      call(createdToken, 'tokens', { ...options, method: 'post', json: input }),
    /**
     * Replaces a token; the old one keeps working for `grace_period_seconds` (86 400 by default).
     * Pass the same `idempotencyKey` to every try of one intent, as for `create`.
     */
    rotate: async (id: string, input: RotateTokenInput = {}, options?: WriteOptions) =>
      call(rotatedToken, `${tokenPath(id)}/rotate`, { ...options, method: 'post', json: input }),
    /** Revokes a token at once; revoking a revoked token returns it. */
    revoke: async (id: string, options?: RequestOptions) =>
      call(apiToken, tokenPath(id), { ...options, method: 'delete' }),
  };
}
