import { expect, waitUntil } from '@open-wc/testing';
import {
  createOperatorClient,
  isOperatorError,
  type OperatorError,
  type OperatorErrorName,
} from '../../src/client/index.js';
import { FAKE_CREDENTIAL, FAKE_READONLY_CREDENTIAL } from '../../src/mocks/index.js';
import { BASE_URL, setupFake } from '../helpers/fake.js';
import { rejection as rejectionOf } from '../helpers/assertions.js';
import { DAY } from '../../src/client/time.js';

/** Every string reachable from an error: message, stack, own properties, causes. */
function everythingIn(error: unknown, seen = new Set<unknown>()): string {
  if (error === null || typeof error !== 'object' || seen.has(error)) return String(error);
  seen.add(error);
  const parts = [String(error), (error as Error).stack ?? ''];
  for (const key of Object.getOwnPropertyNames(error)) {
    const value = (error as Record<string, unknown>)[key];
    parts.push(key, typeof value === 'object' ? everythingIn(value, seen) : String(value));
  }
  return parts.join('\n');
}

const rejection = (promise: Promise<unknown>) => rejectionOf<OperatorError>(promise);

describe('the Operator client', () => {
  describe('operations', () => {
    it('lists tokens newest first and walks every cursor page', async () => {
      const { fake, client } = setupFake({ tokens: 12 });
      const page = await client.tokens.list({ limit: 5 });
      expect(page.data).to.have.length(5);
      expect(page.next_cursor).to.be.a('string');
      const created = page.data.map((token) => token.created_at);
      expect(created).to.deep.equal([...created].sort().reverse());

      const all = [];
      for await (const token of client.tokens.iterate({ limit: 5 })) all.push(token.id);
      expect(all).to.have.length(fake.tokens.length);
      expect(new Set(all).size).to.equal(all.length);
    });

    it('filters tokens by status on the server', async () => {
      const { fake, client } = setupFake();
      const { data } = await client.tokens.list({ status: 'revoked' });
      expect(data.length).to.be.greaterThan(0);
      expect(data.every((token) => token.status === 'revoked')).to.be.true;
      expect(fake.requests.at(-1)!.url).to.contain('status=revoked');
    });

    it('creates a token and returns its secret once', async () => {
      const { fake, client } = setupFake();
      const before = fake.tokens.length;
      const { token, secret } = await client.tokens.create({
        name: 'CRM Integration',
        scopes: ['conversations:read'],
      });
      expect(token.name).to.equal('CRM Integration');
      expect(token.scopes).to.deep.equal(['conversations:read']);
      expect(secret).to.match(/^op_(live|test)_[A-Za-z0-9]{32}$/);
      expect(secret.startsWith(token.prefix)).to.be.true;
      expect(fake.tokens.length).to.equal(before + 1);
      const request = fake.requests.at(-1)!;
      expect(request.method).to.equal('POST');
      expect(request.headers['idempotency-key']).to.match(/^[0-9a-f]{32}$/);
    });

    it('gets, rotates with a grace period, and revokes a token', async () => {
      const { client } = setupFake();
      const { token } = await client.tokens.create({ name: 'Zapier' });
      expect((await client.tokens.get(token.id)).name).to.equal('Zapier');

      const rotated = await client.tokens.rotate(token.id, { grace_period_seconds: 3600 });
      expect(rotated.token.id).not.to.equal(token.id);
      expect(rotated.previous.replaced_by).to.equal(rotated.token.id);
      expect(rotated.previous.expires_at).to.be.a('string');
      expect(rotated.secret).to.match(/^op_/);

      const revoked = await client.tokens.revoke(rotated.token.id);
      expect(revoked.status).to.equal('revoked');
      expect(revoked.revoked_at).to.be.a('string');
      expect((await client.tokens.revoke(rotated.token.id)).revoked_at).to.equal(
        revoked.revoked_at,
      );
    });

    it('lists scopes, and none where the plan has no scoped tokens', async () => {
      expect((await setupFake().client.scopes.list()).data.map((s) => s.id)).to.include(
        'conversations:read',
      );
      expect((await setupFake({ scopes: [] }).client.scopes.list()).data).to.deep.equal([]);
    });

    it('lists, iterates and counts access-log entries with filters', async () => {
      const { fake, client } = setupFake({ logEntries: 500 });
      const page = await client.accessLogs.list({ status: '4xx', limit: 20 });
      expect(page.data.every((entry) => entry.status >= 400 && entry.status < 500)).to.be.true;
      expect(fake.requests.at(-1)!.url).to.contain('status=4xx');

      let count = 0;
      for await (const entry of client.accessLogs.iterate({ limit: 100 })) {
        expect(entry.id).to.be.a('string');
        count++;
      }
      expect(count).to.equal(500);

      const since = new Date(fake.clock.now() - 30 * DAY).toISOString();
      const stats = await client.accessLogs.stats({ bucket: 'day', since });
      expect(stats.data.reduce((n, b) => n + b.ok + b.client_error + b.server_error, 0)).to.equal(
        500,
      );
      expect(stats.data.length).to.be.greaterThan(0);
    });

    it('asks an auth function on every request, so a host can refresh its session', async () => {
      const { fake } = setupFake();
      let calls = 0;
      const client = createOperatorClient({
        baseUrl: BASE_URL,
        fetch: fake.fetch,
        auth: async () => {
          calls++;
          return FAKE_CREDENTIAL;
        },
      });
      await client.tokens.list();
      await client.scopes.list();
      expect(calls).to.equal(2);
    });

    it('sends a request’s headers over the client’s: Accept-Language per element', async () => {
      const { fake, client } = setupFake({}, { headers: { 'Accept-Language': 'de' } });
      await client.scopes.list();
      expect(fake.requests.at(-1)!.headers['accept-language']).to.equal('de');
      const { data } = await client.scopes.list({ headers: { 'Accept-Language': 'pt-BR' } });
      expect(fake.requests.at(-1)!.headers['accept-language']).to.equal('pt-BR');
      expect(data[0]!.label).to.equal('Ler conversas');
      // A POST keeps its Idempotency-Key beside them.
      await client.tokens.create({}, { headers: { 'Accept-Language': 'fr' } });
      expect(fake.requests.at(-1)!.headers).to.include({ 'accept-language': 'fr' });
      expect(fake.requests.at(-1)!.headers['idempotency-key']).to.match(/^[0-9a-f]{32}$/);
    });

    it('sends no Authorization header for a cookie session through the host proxy', async () => {
      const { fake, client } = setupFake({ credential: null }, { auth: undefined });
      await client.tokens.list();
      expect(fake.requests.at(-1)!.headers).not.to.have.property('authorization');
    });
  });

  describe('errors', () => {
    const cases: [string, OperatorErrorName, number | undefined][] = [];
    const errors: OperatorError[] = [];

    after(() => {
      // Every error the client produced in this block, with everything it carries.
      expect(errors.length).to.be.greaterThan(8);
      for (const error of errors) expect(everythingIn(error)).not.to.contain(FAKE_CREDENTIAL);
      expect(cases.length).to.equal(errors.length);
    });

    async function expectError(
      promise: Promise<unknown>,
      name: OperatorErrorName,
      status?: number,
    ): Promise<OperatorError> {
      const error = await rejection(promise);
      cases.push([error.name, name, status]);
      errors.push(error);
      expect(error.name).to.equal(name);
      expect(isOperatorError(error, name)).to.be.true;
      expect(error.status).to.equal(status);
      expect(error.message).to.be.a('string').and.not.be.empty;
      return error;
    }

    it('401 for a wrong credential is an AuthenticationError', async () => {
      const { client } = setupFake({}, { auth: 'op_test_wrong' });
      await expectError(client.tokens.list(), 'AuthenticationError', 401);
    });

    it("401 step_up_required (a proxy's) is an AuthenticationError whose code says so", async () => {
      const { fake, client } = setupFake();
      fake.fault('tokens.create', { status: 401, reason: 'step_up_required', times: 1 });
      const error = await expectError(client.tokens.create(), 'AuthenticationError', 401);
      expect(error.code).to.equal('step_up_required');
      const { client: wrong } = setupFake({}, { auth: 'op_test_wrong' });
      expect((await rejectionOf<OperatorError>(wrong.tokens.list())).code).to.equal('unauthorized');
    });

    it('403 for a read-only role on a write is a PermissionError', async () => {
      const { client } = setupFake({}, { auth: FAKE_READONLY_CREDENTIAL });
      await client.tokens.list();
      await expectError(client.tokens.create({ name: 'x' }), 'PermissionError', 403);
    });

    it('404 for an unknown id is a NotFoundError with the request id', async () => {
      const error = await expectError(
        setupFake().client.tokens.get('tok_nope'),
        'NotFoundError',
        404,
      );
      expect(error.requestId).to.match(/^req_/);
    });

    it('422 lands on its field as a ValidationError', async () => {
      const { client } = setupFake();
      const error = await expectError(
        client.tokens.create({ name: 'x'.repeat(65) }),
        'ValidationError',
        422,
      );
      expect(error.field).to.equal('name');
    });

    it('400 is a ValidationError too', async () => {
      const error = await expectError(
        setupFake().client.tokens.list({ limit: 500 }),
        'ValidationError',
        400,
      );
      expect(error.field).to.equal('limit');
    });

    it('409 is a ConflictError', async () => {
      const { fake, client } = setupFake();
      fake.fault('tokens.create', { status: 409 });
      await expectError(client.tokens.create({ name: 'x' }), 'ConflictError', 409);
    });

    it('429 is a RateLimitError with retryAfter in seconds', async () => {
      const { fake, client } = setupFake({}, { retry: 0 });
      fake.fault('tokens.list', { status: 429, retryAfter: 7 });
      const error = await expectError(client.tokens.list(), 'RateLimitError', 429);
      expect((error as { retryAfter?: number }).retryAfter).to.equal(7);
    });

    it('5xx is a ServerError', async () => {
      const { fake, client } = setupFake({}, { retry: 0 });
      fake.fault('tokens.list', { status: 500 });
      await expectError(client.tokens.list(), 'ServerError', 500);
    });

    it('a network failure is a NetworkError', async () => {
      const { fake, client } = setupFake({}, { retry: 0 });
      fake.fault('scopes.list', { network: true });
      await expectError(client.scopes.list(), 'NetworkError');
    });

    it('no answer within the timeout is a TimeoutError', async () => {
      const { fake, client } = setupFake({}, { retry: 0, timeout: 50 });
      fake.fault('tokens.list', { latency: 2000 });
      await expectError(client.tokens.list(), 'TimeoutError');
    });

    it('a body that stops arriving within the timeout is a TimeoutError', async () => {
      const { fake, client } = setupFake({}, { retry: 0, timeout: 100 });
      fake.fault('tokens.list', { stallBody: true });
      const error = await expectError(client.tokens.list(), 'TimeoutError');
      expect(error.message).to.equal('The Operator API did not answer within 100 ms');
    });

    it('a stalled body without a timeout waits for the caller to abort', async () => {
      const { fake, client } = setupFake({}, { retry: 0, timeout: false });
      fake.fault('tokens.list', { stallBody: true });
      const controller = new AbortController();
      const call = client.tokens.list({}, { signal: controller.signal });
      await waitUntil(() => fake.requests.length === 1, 'the request did not reach the fake');
      controller.abort();
      expect((await rejection(call)).name).to.equal('AbortError');
    });

    it('a body that is not JSON is an InvalidResponseError', async () => {
      const { fake, client } = setupFake();
      fake.fault('tokens.list', { malformed: true });
      const error = await expectError(client.tokens.list(), 'InvalidResponseError');
      expect(error.message).to.contain('not JSON');
    });

    it('a body of the wrong shape is an InvalidResponseError naming what is wrong', async () => {
      const { fake, client } = setupFake();
      fake.fault('tokens.get', { body: { id: 'tok_1', name: 42 } });
      const error = await expectError(client.tokens.get('tok_1'), 'InvalidResponseError');
      expect(error.message).to.contain('body.name should be a string');
    });

    it('guards work across realms', () => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const ForeignError = (frame.contentWindow as unknown as { Error: ErrorConstructor }).Error;
      const foreign = new ForeignError('gone');
      foreign.name = 'NotFoundError';
      expect(foreign instanceof Error).to.be.false;
      expect(isOperatorError(foreign, 'NotFoundError')).to.be.true;
      expect(isOperatorError(foreign, 'ServerError')).to.be.false;
      expect(isOperatorError(new Error('x'))).to.be.false;
      frame.remove();
    });
  });

  describe('retries', () => {
    it('retries a GET after a 503', async () => {
      const { fake, client } = setupFake();
      fake.fault('tokens.list', { status: 503, times: 1 });
      const page = await client.tokens.list();
      expect(page.data.length).to.be.greaterThan(0);
      expect(fake.requests.filter((r) => r.method === 'GET')).to.have.length(2);
    });

    it('retries a DELETE after a network error', async () => {
      const { fake, client } = setupFake();
      const id = fake.tokens[0]!.id;
      fake.fault('tokens.revoke', { network: true, times: 1 });
      expect((await client.tokens.revoke(id)).status).to.equal('revoked');
      expect(fake.requests.filter((r) => r.method === 'DELETE')).to.have.length(2);
    });

    it('retries a create whose response was lost with the same key, minting one token', async () => {
      const { fake, client } = setupFake();
      const before = fake.tokens.length;
      fake.fault('tokens.create', { dropResponse: true, times: 1 });
      const { token, secret } = await client.tokens.create({ name: 'Lost response' });
      expect(fake.tokens.length).to.equal(before + 1);
      expect(fake.tokens.filter((t) => t.name === 'Lost response')).to.have.length(1);
      const posts = fake.requests.filter((r) => r.method === 'POST');
      expect(posts).to.have.length(2);
      expect(posts[0]!.headers['idempotency-key']).to.equal(posts[1]!.headers['idempotency-key']);
      expect(secret.startsWith(token.prefix)).to.be.true;
    });

    it('gives two separate creates two keys', async () => {
      const { fake, client } = setupFake();
      await client.tokens.create({ name: 'a' });
      await client.tokens.create({ name: 'a' });
      const keys = fake.requests.map((r) => r.headers['idempotency-key']);
      expect(new Set(keys).size).to.equal(2);
    });

    it('does not retry a 4xx', async () => {
      const { fake, client } = setupFake();
      await rejection(client.tokens.get('tok_missing'));
      expect(fake.requests).to.have.length(1);
    });
  });

  describe('cancellation', () => {
    it('aborts a request through its signal', async () => {
      const { fake, client } = setupFake();
      fake.fault('tokens.list', { latency: 5000 });
      const controller = new AbortController();
      const pending = client.tokens.list({}, { signal: controller.signal });
      controller.abort();
      const error = await rejection(pending);
      expect(error.name).to.equal('AbortError');
    });
  });
});
