import { expect } from '@open-wc/testing';
import { createIdempotencyKey, type OperatorError } from '../../src/client/index.js';
import type { FakeOperatorApi } from '../../src/mocks/index.js';
import { setupFake } from '../helpers/fake.js';
import { rejection as rejectionOf } from '../helpers/assertions.js';

const rejection = (promise: Promise<unknown>) => rejectionOf<OperatorError>(promise);

/** Long enough that the request is aborted by the client's timeout first. */
const STALL = 60_000;
/** A client timeout that a saturated machine still answers within (retries cover it if not). */
const TIMEOUT = 1000;

describe('the Operator client: one token per intent', () => {
  const posts = (fake: FakeOperatorApi) =>
    fake.requests.filter((request) => request.method === 'POST');
  const keys = (fake: FakeOperatorApi) =>
    posts(fake).map((request) => request.headers['idempotency-key']);
  const named = (fake: FakeOperatorApi, name: string) =>
    fake.tokens.filter((token) => token.name === name);

  describe('createIdempotencyKey', () => {
    it('makes a new random key of 32 hexadecimal digits each time', () => {
      const made = new Set(Array.from({ length: 50 }, createIdempotencyKey));
      expect(made.size).to.equal(50);
      for (const key of made) expect(key).to.match(/^[0-9a-f]{32}$/);
    });
  });

  describe('a key given by the caller', () => {
    it('is sent as the Idempotency-Key of a create and of a rotate', async () => {
      const { fake, client } = setupFake();
      const { token } = await client.tokens.create({ name: 'Keyed' }, { idempotencyKey: 'k-c' });
      await client.tokens.rotate(token.id, {}, { idempotencyKey: 'k-r' });
      expect(keys(fake)).to.deep.equal(['k-c', 'k-r']);
    });

    it('repeated, returns the same token and the same secret, and mints one token', async () => {
      const { fake, client } = setupFake();
      const idempotencyKey = createIdempotencyKey();
      const first = await client.tokens.create({ name: 'Twice' }, { idempotencyKey });
      const again = await client.tokens.create({ name: 'Twice' }, { idempotencyKey });
      expect(again.token.id).to.equal(first.token.id);
      expect(again.secret).to.equal(first.secret);
      expect(named(fake, 'Twice')).to.have.length(1);
    });

    it('reused with a different body is a ConflictError, and mints nothing more', async () => {
      const { fake, client } = setupFake();
      const idempotencyKey = createIdempotencyKey();
      await client.tokens.create({ name: 'First' }, { idempotencyKey });
      const error = await rejection(client.tokens.create({ name: 'Second' }, { idempotencyKey }));
      expect(error.name).to.equal('ConflictError');
      expect(error.status).to.equal(409);
      expect(named(fake, 'Second')).to.have.length(0);
    });

    it('recovers the secret when every automatic attempt lost its response', async () => {
      const { fake, client } = setupFake({}, { retry: 1 });
      const before = fake.tokens.length;
      // Minted on the first attempt; the retry replays it, and its answer is lost too.
      fake.fault('tokens.create', { dropResponse: true, times: 2 });
      const idempotencyKey = createIdempotencyKey();
      const failed = await rejection(client.tokens.create({ name: 'Lost' }, { idempotencyKey }));
      expect(failed.name).to.equal('NetworkError');
      expect(fake.tokens).to.have.length(before + 1);
      const minted = named(fake, 'Lost')[0]!;

      // The user presses Create again: the same intent, the same key.
      const { token, secret } = await client.tokens.create({ name: 'Lost' }, { idempotencyKey });
      expect(token.id).to.equal(minted.id);
      expect(secret.startsWith(minted.prefix)).to.be.true;
      expect(fake.tokens).to.have.length(before + 1);
      expect(keys(fake)).to.deep.equal([idempotencyKey, idempotencyKey, idempotencyKey]);
    });

    it('recovers a rotation whose response was lost: a replay, not "already rotated"', async () => {
      const { fake, client } = setupFake({}, { retry: 0 });
      const old = fake.tokens.find((token) => token.status === 'active' && !token.replaced_by)!;
      const namesakes = named(fake, old.name).length;
      fake.fault('tokens.rotate', { dropResponse: true, times: 1 });
      const idempotencyKey = createIdempotencyKey();
      const input = { grace_period_seconds: 0 };
      const failed = await rejection(client.tokens.rotate(old.id, input, { idempotencyKey }));
      expect(failed.name).to.equal('NetworkError');
      const replaced = fake.tokens.find((token) => token.id === old.id)!;
      expect(replaced.status).to.equal('revoked');

      const rotated = await client.tokens.rotate(old.id, input, { idempotencyKey });
      expect(rotated.token.id).to.equal(replaced.replaced_by);
      expect(rotated.secret.startsWith(rotated.token.prefix)).to.be.true;
      expect(named(fake, old.name)).to.have.length(namesakes + 1);
    });
  });

  describe('automatic retries of a POST', () => {
    it('retry a create that timed out with the same key, minting one token', async () => {
      const { fake, client } = setupFake({}, { timeout: TIMEOUT });
      fake.fault('tokens.create', { latency: STALL, times: 1 });
      const { token, secret } = await client.tokens.create({ name: 'Slow' });
      expect(secret.startsWith(token.prefix)).to.be.true;
      expect(named(fake, 'Slow')).to.have.length(1);
      expect(posts(fake).length).to.be.at.least(2);
      expect(new Set(keys(fake)).size).to.equal(1);
    });

    it('retry a create that timed out after the work was done, returning its secret', async () => {
      const { fake, client } = setupFake({}, { timeout: TIMEOUT });
      const before = fake.tokens.length;
      // The server mints the token, then stalls past the client's timeout.
      fake.fault('tokens.create', { dropResponse: true, latency: STALL, times: 1 });
      const { token, secret } = await client.tokens.create({ name: 'Stalled' });
      expect(fake.tokens).to.have.length(before + 1);
      expect(named(fake, 'Stalled')[0]!.id).to.equal(token.id);
      expect(secret.startsWith(token.prefix)).to.be.true;
      expect(new Set(keys(fake)).size).to.equal(1);
    });

    it('retry a rotate that timed out after the work was done: a replay, not a 422', async () => {
      const { fake, client } = setupFake({}, { timeout: TIMEOUT });
      const old = fake.tokens.find((token) => token.status === 'active' && !token.replaced_by)!;
      const namesakes = named(fake, old.name).length;
      fake.fault('tokens.rotate', { dropResponse: true, latency: STALL, times: 1 });
      const rotated = await client.tokens.rotate(old.id);
      expect(rotated.previous.id).to.equal(old.id);
      expect(rotated.previous.replaced_by).to.equal(rotated.token.id);
      expect(named(fake, old.name)).to.have.length(namesakes + 1);
      expect(new Set(keys(fake)).size).to.equal(1);
    });

    it('give up after the retry limit with a TimeoutError, the key kept for a manual retry', async () => {
      const { fake, client } = setupFake({}, { timeout: TIMEOUT, retry: 1 });
      fake.fault('tokens.create', { dropResponse: true, latency: STALL, times: 2 });
      const idempotencyKey = createIdempotencyKey();
      const error = await rejection(client.tokens.create({ name: 'Late' }, { idempotencyKey }));
      expect(error.name).to.equal('TimeoutError');
      const { token } = await client.tokens.create({ name: 'Late' }, { idempotencyKey });
      expect(named(fake, 'Late').map((t) => t.id)).to.deep.equal([token.id]);
    });

    it('retry a GET that timed out', async () => {
      const { fake, client } = setupFake({}, { timeout: TIMEOUT });
      fake.fault('scopes.list', { latency: STALL, times: 1 });
      expect((await client.scopes.list()).data.length).to.be.greaterThan(0);
      expect(fake.requests.length).to.be.at.least(2);
    });
  });
});
