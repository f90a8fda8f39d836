import { expect } from '@open-wc/testing';
import type { ApiToken, CreatedToken, RotatedToken } from '../../src/client/types.js';
import {
  FAKE_ACTOR,
  FAKE_READONLY_CREDENTIAL,
  type FakeOperatorApi,
} from '../../src/mocks/index.js';
// The header's format lives with the proxy that sends it.
import { ACTOR_HEADER, formatActor } from '../../src/server/index.js';
import { call, createFake, get, post, type ErrorReply } from './support.js';

const ADA = { id: 'usr_8Hq2Lw', name: 'Ada Lovelace' };
/** A name with the characters a naive header format would break on. */
const ZOE = { id: 'usr_Zo3', name: 'Zoë "ZK" Kowalska; 김지민 & co=1' };
const as = (actor: { id: string; name: string }) => ({
  headers: { [ACTOR_HEADER]: formatActor(actor) },
});
const active = (fake: FakeOperatorApi) =>
  fake.tokens.find((token) => token.status === 'active' && token.replaced_by === null)!;

describe('fake Operator API: the Operator-Actor header', () => {
  describe('format', () => {
    it('is the id and name, percent-encoded, in ASCII', () => {
      expect(formatActor(ADA)).to.equal('id=usr_8Hq2Lw; name=Ada%20Lovelace');
      expect(formatActor(ZOE)).to.match(/^[\x20-\x7e]+$/);
    });
  });

  describe('recording', () => {
    it("records the actor as a created token's created_by", async () => {
      const fake = createFake();
      const reply = await post<CreatedToken>(fake, '/tokens', { name: 'Zendesk' }, as(ZOE));
      expect(reply.status).to.equal(201);
      expect(reply.body.token.created_by).to.deep.equal(ZOE);
      const listed = await get<ApiToken>(fake, `/tokens/${reply.body.token.id}`);
      expect(listed.body.created_by).to.deep.equal(ZOE);
    });

    it("records the actor as a rotated token's created_by, leaving the previous one's", async () => {
      const fake = createFake();
      const previous = active(fake);
      const reply = await post<RotatedToken>(fake, `/tokens/${previous.id}/rotate`, {}, as(ADA));
      expect(reply.status).to.equal(201);
      expect(reply.body.token.created_by).to.deep.equal(ADA);
      expect(reply.body.previous.created_by).to.deep.equal(previous.created_by);
    });

    it("records the credential's owner without the header", async () => {
      const reply = await post<CreatedToken>(createFake(), '/tokens', { name: 'Zendesk' });
      expect(reply.body.token.created_by).to.deep.equal(FAKE_ACTOR);
    });

    it('keeps the first actor when a key is replayed by another', async () => {
      const fake = createFake();
      const first = await post<CreatedToken>(fake, '/tokens', {}, { key: 'k1', ...as(ADA) });
      const replay = await post<CreatedToken>(fake, '/tokens', {}, { key: 'k1', ...as(ZOE) });
      expect(replay.headers.get('Idempotent-Replayed')).to.equal('true');
      expect(replay.body).to.deep.equal(first.body);
      expect(fake.tokens.filter((token) => token.created_by?.id === ZOE.id)).to.be.empty;
    });
  });

  describe('refusals', () => {
    const malformed: [string, string][] = [
      ['no name', 'id=usr_1'],
      ['no id', 'name=Ada'],
      ['an empty name', 'id=usr_1; name='],
      ['a broken percent-encoding', 'id=usr_1; name=%E0%A4%A'],
      ['form encoding', 'id=usr_1&name=Ada'],
    ];
    for (const [what, value] of malformed) {
      it(`answers a create with ${what} with 400 naming the header, and creates nothing`, async () => {
        const fake = createFake();
        const before = fake.tokens.length;
        const reply = await post<ErrorReply>(
          fake,
          '/tokens',
          {},
          { headers: { [ACTOR_HEADER]: value } },
        );
        expect(reply.status).to.equal(400);
        expect(reply.body.error).to.include({ code: 400, field: ACTOR_HEADER });
        expect(fake.tokens).to.have.length(before);
      });
    }

    it('answers a rotation with a malformed header with 400, and rotates nothing', async () => {
      const fake = createFake();
      const token = active(fake);
      const reply = await post<ErrorReply>(
        fake,
        `/tokens/${token.id}/rotate`,
        {},
        { headers: { [ACTOR_HEADER]: 'name=Ada' } },
      );
      expect(reply.status).to.equal(400);
      expect(reply.body.error.field).to.equal(ACTOR_HEADER);
      expect(fake.tokens.find((each) => each.id === token.id)!.replaced_by).to.equal(null);
    });

    it('is not honoured without a valid credential: 401, nothing created', async () => {
      const fake = createFake();
      const before = fake.tokens.length;
      for (const credential of [null, 'op_test_not0the0credential000000000000']) {
        const reply = await post(fake, '/tokens', {}, { credential, ...as(ADA) });
        expect(reply.status).to.equal(401);
      }
      expect(fake.tokens).to.have.length(before);
    });

    it('is not honoured with a read-only credential: 403, nothing created', async () => {
      const fake = createFake();
      const before = fake.tokens.length;
      const reply = await post(
        fake,
        '/tokens',
        {},
        { credential: FAKE_READONLY_CREDENTIAL, ...as(ADA) },
      );
      expect(reply.status).to.equal(403);
      expect(fake.tokens).to.have.length(before);
    });

    it('is ignored by the operations that record no actor, even malformed', async () => {
      const fake = createFake();
      const headers = { [ACTOR_HEADER]: 'garbage' };
      expect((await get(fake, '/tokens', { headers })).status).to.equal(200);
      expect(
        (await call(fake, 'DELETE', `/tokens/${active(fake).id}`, { headers })).status,
      ).to.equal(200);
    });
  });
});
