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
  fakeOptions: FakeOperatorApiOptions = {},
  clientOptions: Partial<OperatorClientOptions> = {},
) {
  const fake = createFakeOperatorApi({ baseUrl: BASE_URL, ...fakeOptions });
  const client = createOperatorClient({
    baseUrl: BASE_URL,
    auth: FAKE_CREDENTIAL,
    fetch: fake.fetch,
    // Quick retries keep the suite fast; the retry policy itself is tested with its defaults.
    retry: { backoffLimit: 20 },
    ...clientOptions,
  });
  return { fake, client };
}
