import { expect } from '@open-wc/testing';
import type { OperatorError } from '../../src/client/index.js';
import { setupFake } from '../helpers/fake.js';
import { rejection as rejectionOf } from '../helpers/assertions.js';
import { bucketWith, tokenWith } from './support.js';

const rejection = (promise: Promise<unknown>) => rejectionOf<OperatorError>(promise);

/** Expects an `InvalidResponseError` whose message names what is wrong, and where. */
async function expectInvalid(promise: Promise<unknown>, problem: string) {
  const error = await rejection(promise);
  expect(error.name, error.message).to.equal('InvalidResponseError');
  expect(error.message).to.contain(problem);
}

describe('the Operator client: responses checked against the contract', () => {
  describe('tokens', () => {
    const bad: [string, Record<string, unknown>, string][] = [
      [
        'a created_at that is not a date',
        { created_at: 'not-a-date' },
        'created_at should be a date-time',
      ],
      [
        'a created_at without a time zone',
        { created_at: '2026-06-03T08:00:00' },
        'created_at should be a date-time',
      ],
      [
        'a created_at out of range',
        { created_at: '2026-13-45T08:00:00Z' },
        'created_at should be a date-time',
      ],
      [
        'an expires_at that is not a date',
        { expires_at: 'soon' },
        'expires_at should be a date-time',
      ],
      [
        'a last_used_at that is a number',
        { last_used_at: 1_700_000_000 },
        'last_used_at should be a date-time',
      ],
      ['a revoked_at that is empty', { revoked_at: '' }, 'revoked_at should be a date-time'],
      ['an id that is not a token id', { id: '..' }, 'id should be a token id'],
      [
        'a replaced_by that is not a token id',
        { replaced_by: 'a/b' },
        'replaced_by should be a token id',
      ],
      [
        'a prefix of the wrong form',
        { prefix: 'op_live_toolong' },
        'prefix should be a token prefix',
      ],
      [
        'a status outside the enum',
        { status: 'paused' },
        'status should be one of active, expired, revoked',
      ],
    ];
    for (const [what, changes, problem] of bad) {
      it(`rejects ${what} in a page, naming its path`, async () => {
        const { fake, client } = setupFake();
        const good = tokenWith(fake, {});
        fake.fault('tokens.list', {
          body: { data: [good, good, tokenWith(fake, changes)], next_cursor: null },
        });
        await expectInvalid(client.tokens.list(), `body.data[2].${problem}`);
      });
    }

    it('rejects a bad timestamp in a single token', async () => {
      const { fake, client } = setupFake();
      const token = tokenWith(fake, { created_at: 'not-a-date' });
      fake.fault('tokens.get', { body: token });
      await expectInvalid(client.tokens.get(token.id), 'body.created_at should be a date-time');
    });

    it('rejects a created token whose secret is not a secret', async () => {
      const { fake, client } = setupFake();
      fake.fault('tokens.create', { body: { token: tokenWith(fake, {}), secret: 'hunter2' } });
      await expectInvalid(
        client.tokens.create({ name: 'x' }),
        'body.secret should be a token secret',
      );
    });

    it('rejects a rotation whose previous token has a bad timestamp', async () => {
      const { fake, client } = setupFake();
      const token = tokenWith(fake, {});
      const secret = `op_test_${'a'.repeat(32)}`;
      const previous = tokenWith(fake, { expires_at: 'tomorrow' });
      fake.fault('tokens.rotate', { body: { token, secret, previous } });
      await expectInvalid(
        client.tokens.rotate(token.id),
        'body.previous.expires_at should be a date-time',
      );
    });

    it("accepts the contract's own timestamps, with fractions and offsets", async () => {
      const { fake, client } = setupFake();
      const tokens = [
        '2026-06-03T08:00:00Z',
        '2026-06-03T08:00:00.123Z',
        '2026-06-03T10:00:00+02:00',
      ].map((created_at) => tokenWith(fake, { created_at }));
      fake.fault('tokens.list', { body: { data: tokens, next_cursor: null } });
      expect((await client.tokens.list()).data).to.have.length(3);
    });
  });

  describe('access logs', () => {
    async function entryWith(changes: Record<string, unknown>) {
      const { fake, client } = setupFake({ logEntries: 10 });
      const [entry] = (await client.accessLogs.list({ limit: 1 })).data;
      fake.fault('accessLogs.list', {
        body: { data: [entry, { ...entry, ...changes }], next_cursor: null },
      });
      return client;
    }

    const bad: [string, Record<string, unknown>, string][] = [
      [
        'a timestamp that is not a date',
        { timestamp: 'not-a-date' },
        'timestamp should be a date-time',
      ],
      [
        'a token_id that is not a token id',
        { token_id: 'tok_../x' },
        'token_id should be a token id',
      ],
      [
        'a token_prefix of the wrong form',
        { token_prefix: 'sk_live_abcd' },
        'token_prefix should be a token prefix',
      ],
      ['a status that is not an HTTP status', { status: 42 }, 'status should be an HTTP status'],
      ['a status that is not an integer', { status: 200.5 }, 'status should be an HTTP status'],
      ['a negative duration', { duration_ms: -1 }, 'duration_ms should be a duration'],
    ];
    for (const [what, changes, problem] of bad) {
      it(`rejects ${what}, naming its path`, async () => {
        const client = await entryWith(changes);
        await expectInvalid(client.accessLogs.list(), `body.data[1].${problem}`);
      });
    }

    it('rejects a stats bucket whose start is not a date', async () => {
      const { fake, client } = setupFake();
      fake.fault('accessLogs.stats', {
        body: { data: [bucketWith({}), bucketWith({ start: 'not-a-date' })] },
      });
      await expectInvalid(client.accessLogs.stats(), 'body.data[1].start should be a date-time');
    });

    it('rejects a stats bucket with a negative or fractional count', async () => {
      const { fake, client } = setupFake();
      fake.fault('accessLogs.stats', { body: { data: [bucketWith({ ok: -1 })] }, times: 1 });
      await expectInvalid(client.accessLogs.stats(), 'body.data[0].ok should be a count');
      fake.fault('accessLogs.stats', { body: { data: [bucketWith({ server_error: 0.5 })] } });
      await expectInvalid(client.accessLogs.stats(), 'body.data[0].server_error should be a count');
    });
  });

  describe('token ids in paths', () => {
    const ids = ['..', '.', 'a/b', 'tok_1/../../x', 'tok_%2e%2e', '', 'tok_'];
    for (const id of ids) {
      it(`refuses ${JSON.stringify(id)} with a ValidationError on id, sending nothing`, async () => {
        const { fake, client } = setupFake();
        for (const call of [
          () => client.tokens.get(id),
          () => client.tokens.revoke(id),
          () => client.tokens.rotate(id, {}),
        ]) {
          const error = await rejection(call());
          expect(error.name).to.equal('ValidationError');
          expect(error.field).to.equal('id');
        }
        expect(fake.requests).to.have.length(0);
      });
    }

    it('sends a token id as one path segment', async () => {
      const { fake, client } = setupFake();
      const id = fake.tokens[0]!.id;
      await client.tokens.get(id);
      expect(new URL(fake.requests[0]!.url).pathname).to.equal(`/v1/tokens/${id}`);
    });
  });
});
