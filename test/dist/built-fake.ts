// The built fake API and a built client wired to it, as a user's own tests would set them up.
import { createFakeOperatorApi, FAKE_CREDENTIAL } from '../../dist/mocks/index.js';
import { createOperatorClient } from '../../dist/client/index.js';

const baseUrl = 'https://api.operator.test/v1';

export function setupBuiltFake(options: { logEntries?: number } = {}) {
  const fake = createFakeOperatorApi({ baseUrl, ...options });
  const client = createOperatorClient({ baseUrl, auth: FAKE_CREDENTIAL, fetch: fake.fetch });
  return { fake, client };
}
