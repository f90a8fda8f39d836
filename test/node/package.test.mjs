// The client and the fake as a Node user imports them: by package name, from the built dist/.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createOperatorClient, isOperatorError } from '@operator-ai/admin-widget/client';
import { createFakeOperatorApi, FAKE_CREDENTIAL } from '@operator-ai/admin-widget/mocks';

const baseUrl = 'https://api.operator.test/v1';

test('the client lists, creates and revokes tokens on the fake in Node', async () => {
  const fake = createFakeOperatorApi({ baseUrl, seed: 3 });
  const client = createOperatorClient({ baseUrl, auth: FAKE_CREDENTIAL, fetch: fake.fetch });
  const before = fake.tokens.length;
  const { token, secret } = await client.tokens.create({ name: 'Node integration' });
  assert.match(secret, /^op_(live|test)_[A-Za-z0-9]{32}$/);
  assert.equal(fake.tokens.length, before + 1);
  const all = [];
  for await (const t of client.tokens.iterate({ limit: 5 })) all.push(t.id);
  assert.equal(all.length, before + 1);
  assert.equal((await client.tokens.revoke(token.id)).status, 'revoked');
});

test('errors are typed in Node too', async () => {
  const fake = createFakeOperatorApi({ baseUrl });
  const client = createOperatorClient({ baseUrl, auth: 'op_test_wrong', fetch: fake.fetch });
  await assert.rejects(client.tokens.list(), (error) =>
    isOperatorError(error, 'AuthenticationError'),
  );
});
