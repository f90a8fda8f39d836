import { createOperatorClient } from '../../src/client/index.js';
import type { OperatorClientOptions } from '../../src/client/transport.js';
import {
  createFakeOperatorApi,
  FAKE_CREDENTIAL,
  type FakeOperatorApiOptions,
} from '../../src/mocks/index.js';

export const BASE_URL = 'https://api.operator.test/v1';

/** A fake Operator API and a client wired to it through msw's in-process `getResponse`. */
export function setupFake(
  options: FakeOperatorApiOptions = {},
  client: Partial<OperatorClientOptions> = {},
) {
  const api = createFakeOperatorApi({ baseUrl: BASE_URL, ...options });
  const operator = createOperatorClient({
    baseUrl: BASE_URL,
    auth: FAKE_CREDENTIAL,
    fetch: api.fetch,
    // Quick retries keep the suite fast; the retry policy itself is tested with its defaults.
    retry: { backoffLimit: 20 },
    ...client,
  });
  return { api, client: operator };
}
