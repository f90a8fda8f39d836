import { paginate, type RequestOptions, type Transport } from './transport.js';
import { apiToken, createdToken, rotatedToken, tokenPage } from './schemas.js';
import type { CreateTokenInput, ListTokensParams, RotateTokenInput } from './types.js';

const tokenPath = (id: string) => `tokens/${encodeURIComponent(id)}`;

/** `client.tokens`: list, iterate, get, create, rotate and revoke API tokens. */
export function tokensResource(call: Transport) {
  const list = (params: ListTokensParams = {}, options?: RequestOptions) =>
    call(tokenPage, 'tokens', { ...options, searchParams: { ...params } });
  return {
    /** One page of tokens, newest first. */
    list,
    /** Every token matching `params`, walking the cursors. */
    iterate: (params: ListTokensParams = {}, options?: RequestOptions) =>
      paginate(list, params, options),
    get: (id: string, options?: RequestOptions) => call(apiToken, tokenPath(id), options),
    /** Creates a token; the response holds its secret, which is never shown again. */
    create: (input: CreateTokenInput = {}, options?: RequestOptions) =>
      call(createdToken, 'tokens', { ...options, method: 'post', json: input }),
    /** Replaces a token; the old one keeps working for `grace_period_seconds` (86 400 by default). */
    rotate: (id: string, input: RotateTokenInput = {}, options?: RequestOptions) =>
      call(rotatedToken, `${tokenPath(id)}/rotate`, { ...options, method: 'post', json: input }),
    /** Revokes a token at once; revoking a revoked token returns it. */
    revoke: (id: string, options?: RequestOptions) =>
      call(apiToken, tokenPath(id), { ...options, method: 'delete' }),
  };
}
