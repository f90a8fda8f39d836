import { accessLogsResource } from './access-logs.js';
import { tokensResource } from './tokens.js';
import { createTransport, type OperatorClientOptions } from './transport.js';

/**
 * Creates a typed client of the Operator API.
 *
 * ```ts
 * const operator = createOperatorClient({ baseUrl: 'https://api.operator.ai/v1', auth: () => session.token });
 * const { token, secret } = await operator.tokens.create({ name: 'CRM Integration' });
 * ```
 */
export function createOperatorClient(options: OperatorClientOptions) {
  const transport = createTransport(options);
  return {
    tokens: tokensResource(transport),
    ...accessLogsResource(transport),
  };
}

export type OperatorClient = ReturnType<typeof createOperatorClient>;
