import { expect } from '@open-wc/testing';
import type { ApiToken, CreatedToken, Page, RotatedToken } from '../../src/client/types.js';
import { FAKE_ACTOR, type FakeOperatorApi } from '../../src/mocks/index.js';
import { DAY, HOUR } from '../../src/client/time.js';
import { NOW, call, createFake, get, post, request, walk, type ErrorReply } from './support.js';
import { rejection } from '../helpers/assertions.js';

const byName = (fake: FakeOperatorApi, name: string) =>
  fake.tokens.find((token) => token.name === name && token.replaced_by === null)!;

describe('fake Operator API: tokens', () => {
  describe('listing', () => {
    it('lists newest first, with the id breaking ties', async () => {
      const fake = createFake({ tokens: 30 });
      const { body } = await get<Page<ApiToken>>(fake, '/tokens?limit=100');
      expect(body.data).to.have.length(30);
      expect(body.next_cursor).to.equal(null);
      const keys = body.data.map((token) => `${token.created_at}|${token.id}`);
      expect(keys).to.deep.equal([...keys].sort().reverse());
      expect(body.data).to.deep.equal(fake.tokens);
    });

    it('returns every token exactly once across cursor pages', async () => {
      const fake = createFake({ tokens: 30 });
      const { items, pages } = await walk<ApiToken>(fake, '/tokens', { limit: 7 });
      expect(pages).to.equal(5);
      expect(items.map((token) => token.id)).to.deep.equal(fake.tokens.map((token) => token.id));
    });

    it('uses a default limit of 50', async () => {
      const fake = createFake({ tokens: 60 });
      const { body } = await get<Page<ApiToken>>(fake, '/tokens');
      expect(body.data).to.have.length(50);
      expect(body.next_cursor).to.be.a('string');
    });

    for (const status of ['active', 'expired', 'revoked'] as const) {
      it(`filters by status ${status}, across pages`, async () => {
        const fake = createFake({ tokens: 40 });
        const expected = fake.tokens.filter((token) => token.status === status);
        expect(expected.length).to.be.greaterThan(0);
        const { items } = await walk<ApiToken>(fake, '/tokens', { status, limit: 2 });
        expect(items).to.deep.equal(expected);
      });
    }

    it('keeps a cursor valid when tokens are created in front of it', async () => {
      const fake = createFake();
      const first = await get<Page<ApiToken>>(fake, '/tokens?limit=4');
      await post(fake, '/tokens', { name: 'Newer' });
      const second = await get<Page<ApiToken>>(
        fake,
        `/tokens?limit=4&cursor=${first.body.next_cursor}`,
      );
      const ids = fake.tokens.map((token) => token.id);
      expect(second.body.data.map((token) => token.id)).to.deep.equal(ids.slice(5, 9));
    });

    const invalid: [string, string][] = [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['limit=2.5', 'limit'],
      ['status=paused', 'status'],
      ['cursor=not-a-cursor', 'cursor'],
      // A well-formed cursor of the access log is not a token cursor.
      ['cursor=bDE6MTc4MDQ4Nzk4MzUxMTo5OTk5OA', 'cursor'],
      ['sort=name', 'sort'],
    ];
    for (const [query, field] of invalid) {
      it(`answers ${query} with 400 naming ${field}`, async () => {
        const { status, body } = await get<ErrorReply>(createFake(), `/tokens?${query}`);
        expect(status).to.equal(400);
        expect(body.error).to.include({ code: 400, field });
        expect(body.error.request_id).to.match(/^req_[A-Za-z0-9]+$/);
      });
    }

    it('answers a cursor naming no token with 400', async () => {
      const cursor = btoa(`t1:${NOW}:tok_0000000000000000`).replace(/=+$/, '');
      const { status, body } = await get<ErrorReply>(createFake(), `/tokens?cursor=${cursor}`);
      expect(status).to.equal(400);
      expect(body.error.field).to.equal('cursor');
    });
  });

  describe('getting', () => {
    it('returns a token by id', async () => {
      const fake = createFake();
      const token = byName(fake, 'Zapier');
      const { status, body } = await get<ApiToken>(fake, `/tokens/${token.id}`);
      expect(status).to.equal(200);
      expect(body).to.deep.equal(token);
    });

    it('answers an unknown id with 404', async () => {
      const { status, body } = await get<ErrorReply>(createFake(), '/tokens/tok_0000000000000000');
      expect(status).to.equal(404);
      expect(body.error.code).to.equal(404);
      expect(body.error.message).to.contain('tok_0000000000000000');
    });
  });

  describe('creating', () => {
    it('creates a token and returns its secret once', async () => {
      const fake = createFake();
      const expires = new Date(NOW + 30 * DAY).toISOString();
      const { status, body } = await post<CreatedToken>(fake, '/tokens', {
        name: 'Zendesk',
        scopes: ['conversations:read'],
        expires_at: expires,
      });
      expect(status).to.equal(201);
      expect(body.secret).to.match(/^op_test_[A-Za-z0-9]{32}$/);
      expect(body.token).to.deep.include({
        name: 'Zendesk',
        prefix: body.secret.slice(0, 12),
        scopes: ['conversations:read'],
        status: 'active',
        created_at: new Date(NOW).toISOString(),
        created_by: { ...FAKE_ACTOR },
        expires_at: expires,
        last_used_at: null,
        last_used_ip: null,
        revoked_at: null,
        replaced_by: null,
      });
      expect(body.token.id).to.match(/^tok_[A-Za-z0-9]{16}$/);
      expect(fake.tokens[0]).to.deep.equal(body.token);
      expect(JSON.stringify(fake.tokens)).not.to.contain(body.secret);
      const again = await get<ApiToken>(fake, `/tokens/${body.token.id}`);
      expect(JSON.stringify(again.body)).not.to.contain(body.secret);
    });

    it("records a proxy's Operator-Actor as created_by, on create and rotate", async () => {
      const fake = createFake();
      const headers = { 'Operator-Actor': 'id=usr_host1; name=Zo%C3%AB%20M.' };
      const actor = { id: 'usr_host1', name: 'Zoë M.' };
      const created = await post<CreatedToken>(fake, '/tokens', { name: 'Via proxy' }, { headers });
      expect(created.body.token.created_by).to.deep.equal(actor);
      const { id } = created.body.token;
      const rotated = await post<RotatedToken>(fake, `/tokens/${id}/rotate`, {}, { headers });
      expect(rotated.body.token.created_by).to.deep.equal(actor);
    });

    it('refuses a malformed Operator-Actor with a 400 naming the header', async () => {
      const fake = createFake();
      const before = fake.tokens.length;
      for (const value of ['usr_1', 'id=usr_1; name=%E0%A4%A', 'id=; name=x']) {
        const headers = { 'Operator-Actor': value };
        const { status, body } = await post<ErrorReply>(fake, '/tokens', {}, { headers });
        expect(status, value).to.equal(400);
        expect(body.error.field).to.equal('Operator-Actor');
      }
      expect(fake.tokens).to.have.length(before);
    });

    it('names a token "Untitled token" when no name or a blank one is given', async () => {
      const fake = createFake();
      const none = await post<CreatedToken>(fake, '/tokens', {});
      const blank = await post<CreatedToken>(fake, '/tokens', { name: '   ' });
      const empty = await post<CreatedToken>(fake, '/tokens');
      for (const reply of [none, blank, empty]) {
        expect(reply.status).to.equal(201);
        expect(reply.body.token).to.deep.include({ name: 'Untitled token', expires_at: null });
        expect(reply.body.token.scopes).to.deep.equal([]);
      }
    });

    it('mints op_live_ secrets in live mode', async () => {
      const { body } = await post<CreatedToken>(createFake({ mode: 'live' }), '/tokens', {
        name: 'x',
      });
      expect(body.secret).to.match(/^op_live_[A-Za-z0-9]{32}$/);
      expect(body.token.prefix).to.match(/^op_live_[A-Za-z0-9]{4}$/);
    });

    it('accepts a name of 64 characters', async () => {
      const { status } = await post(createFake(), '/tokens', { name: 'n'.repeat(64) });
      expect(status).to.equal(201);
    });

    const unacceptable: [string, unknown, string][] = [
      ['a name over 64 characters', { name: 'n'.repeat(65) }, 'name'],
      ['an unknown scope', { scopes: ['conversations:read', 'billing:write'] }, 'scopes'],
      ['an expiry that is not a date', { expires_at: 'next tuesday' }, 'expires_at'],
      ['an impossible date', { expires_at: '2026-02-30T00:00:00Z' }, 'expires_at'],
      ['an expiry in the past', { expires_at: new Date(NOW - 1000).toISOString() }, 'expires_at'],
      ['an expiry of now', { expires_at: new Date(NOW).toISOString() }, 'expires_at'],
    ];
    for (const [what, body, field] of unacceptable) {
      it(`answers ${what} with 422 naming ${field}`, async () => {
        const fake = createFake();
        const before = fake.tokens.length;
        const reply = await post<ErrorReply>(fake, '/tokens', body);
        expect(reply.status).to.equal(422);
        expect(reply.body.error).to.include({ code: 422, field });
        expect(fake.tokens).to.have.length(before);
      });
    }

    const malformed: [string, unknown, string | undefined][] = [
      ['a body that is not JSON', '{"name": "CRM', undefined],
      ['a body that is not an object', '["CRM"]', undefined],
      ['a name that is not a string', { name: 42 }, 'name'],
      ['scopes that are not an array', { scopes: 'admin' }, 'scopes'],
      ['an unknown field', { name: 'x', role: 'admin' }, 'role'],
    ];
    for (const [what, body, field] of malformed) {
      it(`answers ${what} with 400`, async () => {
        const reply = await post<ErrorReply>(createFake(), '/tokens', body);
        expect(reply.status).to.equal(400);
        expect(reply.body.error.field).to.equal(field);
      });
    }

    it('refuses scopes on a plan without scoped tokens', async () => {
      const fake = createFake({ scopes: [] });
      expect((await get(fake, '/scopes')).body).to.deep.equal({ data: [] });
      const reply = await post<ErrorReply>(fake, '/tokens', { scopes: ['admin'] });
      expect(reply.status).to.equal(422);
      expect(reply.body.error.field).to.equal('scopes');
      expect((await post(fake, '/tokens', { scopes: [] })).status).to.equal(201);
      expect(fake.tokens.every((token) => token.scopes.length === 0)).to.be.true;
    });

    it('requires an Idempotency-Key', async () => {
      const fake = createFake();
      const before = fake.tokens.length;
      const reply = await post<ErrorReply>(fake, '/tokens', { name: 'x' }, { key: null });
      expect(reply.status).to.equal(400);
      expect(reply.body.error.field).to.equal('Idempotency-Key');
      expect(fake.tokens).to.have.length(before);
    });
  });

  describe('idempotency', () => {
    it('replays the first response to the same key and body, creating one token', async () => {
      const fake = createFake();
      const before = fake.tokens.length;
      const first = await post<CreatedToken>(
        fake,
        '/tokens',
        { name: 'Zendesk', scopes: [] },
        { key: 'k1' },
      );
      fake.clock.advance(60_000);
      // The same body with its keys in another order is the same request.
      const again = await post<CreatedToken>(
        fake,
        '/tokens',
        { scopes: [], name: 'Zendesk' },
        { key: 'k1' },
      );
      expect(again.status).to.equal(201);
      expect(again.body).to.deep.equal(first.body);
      expect(again.body.secret).to.equal(first.body.secret);
      expect(again.headers.get('Idempotent-Replayed')).to.equal('true');
      expect(fake.tokens).to.have.length(before + 1);
    });

    it('answers the same key with a different body with 409', async () => {
      const fake = createFake();
      await post(fake, '/tokens', { name: 'Zendesk' }, { key: 'k1' });
      const reply = await post<ErrorReply>(fake, '/tokens', { name: 'Intercom' }, { key: 'k1' });
      expect(reply.status).to.equal(409);
      expect(reply.body.error.field).to.equal('Idempotency-Key');
    });

    it('answers the same key on another route with 409', async () => {
      const fake = createFake();
      await post(fake, '/tokens', {}, { key: 'k1' });
      const reply = await post<ErrorReply>(
        fake,
        `/tokens/${byName(fake, 'Zapier').id}/rotate`,
        {},
        { key: 'k1' },
      );
      expect(reply.status).to.equal(409);
    });

    it('keeps no failed response, so a corrected request may reuse the key', async () => {
      const fake = createFake();
      const failed = await post(fake, '/tokens', { name: 'n'.repeat(65) }, { key: 'k1' });
      expect(failed.status).to.equal(422);
      expect((await post(fake, '/tokens', { name: 'ok' }, { key: 'k1' })).status).to.equal(201);
    });

    it('replays a rotation with the same secret', async () => {
      const fake = createFake();
      const id = byName(fake, 'Zapier').id;
      const first = await post<RotatedToken>(fake, `/tokens/${id}/rotate`, {}, { key: 'r1' });
      const again = await post<RotatedToken>(fake, `/tokens/${id}/rotate`, {}, { key: 'r1' });
      expect(first.status).to.equal(201);
      expect(again.status).to.equal(201);
      expect(again.body).to.deep.equal(first.body);
      expect(fake.tokens.filter((token) => token.name === 'Zapier')).to.have.length(2);
    });

    it('replays for 24 hours on its clock, then forgets the key', async () => {
      const fake = createFake();
      const before = fake.tokens.length;
      const first = await post<CreatedToken>(fake, '/tokens', { name: 'Daily' }, { key: 'k24' });
      fake.clock.advance(DAY - 1000);
      const replay = await post<CreatedToken>(fake, '/tokens', { name: 'Daily' }, { key: 'k24' });
      expect(replay.body).to.deep.equal(first.body);
      expect(replay.headers.get('Idempotent-Replayed')).to.equal('true');
      expect(fake.tokens).to.have.length(before + 1);

      fake.clock.advance(1000);
      const anew = await post<CreatedToken>(fake, '/tokens', { name: 'Daily' }, { key: 'k24' });
      expect(anew.status).to.equal(201);
      expect(anew.headers.get('Idempotent-Replayed')).to.be.null;
      expect(anew.body.token.id).not.to.equal(first.body.token.id);
      expect(anew.body.secret).not.to.equal(first.body.secret);
      expect(fake.tokens).to.have.length(before + 2);
    });

    it('accepts an expired key with a different body, instead of a 409', async () => {
      const fake = createFake();
      await post(fake, '/tokens', { name: 'Zendesk' }, { key: 'k1' });
      fake.clock.advance(DAY);
      expect((await post(fake, '/tokens', { name: 'Intercom' }, { key: 'k1' })).status).to.equal(
        201,
      );
    });

    it('replays the secret of a token whose first response was lost, a day later too', async () => {
      const fake = createFake();
      fake.fault('tokens.create', { dropResponse: true, times: 1 });
      const lost = await rejection(
        fake.fetch(request('POST', '/tokens', { body: { name: 'Lost' }, key: 'k-lost' })),
      );
      expect(lost).to.be.instanceOf(TypeError);
      const minted = fake.tokens.find((token) => token.name === 'Lost')!;
      fake.clock.advance(DAY - 1000);
      const replay = await post<CreatedToken>(fake, '/tokens', { name: 'Lost' }, { key: 'k-lost' });
      expect(replay.status).to.equal(201);
      expect(replay.body.token.id).to.equal(minted.id);
      expect(replay.body.secret).to.match(/^op_test_[A-Za-z0-9]{32}$/);
      expect(replay.body.secret.startsWith(minted.prefix)).to.be.true;
    });
  });

  describe('rotating', () => {
    it('replaces a token, keeping the old one for a day by default', async () => {
      const fake = createFake();
      const old = byName(fake, 'CRM Integration');
      const { status, body } = await post<RotatedToken>(fake, `/tokens/${old.id}/rotate`);
      expect(status).to.equal(201);
      expect(body.secret).to.match(/^op_test_[A-Za-z0-9]{32}$/);
      expect(body.token.prefix).to.equal(body.secret.slice(0, 12));
      expect(body.token).to.deep.include({ name: old.name, status: 'active', replaced_by: null });
      expect(body.token.scopes).to.deep.equal(old.scopes);
      // The same lifetime as the old token had.
      const lifetime = Date.parse(old.expires_at!) - Date.parse(old.created_at);
      expect(Date.parse(body.token.expires_at!)).to.equal(NOW + lifetime);
      expect(body.previous).to.deep.include({
        id: old.id,
        status: 'active',
        replaced_by: body.token.id,
        expires_at: new Date(NOW + DAY).toISOString(),
        revoked_at: null,
      });
      expect((await get(fake, `/tokens/${old.id}`)).body).to.deep.equal(body.previous);
    });

    it('lets the old token expire when the clock passes its grace period', async () => {
      const fake = createFake();
      const old = byName(fake, 'Zapier');
      const { body } = await post<RotatedToken>(fake, `/tokens/${old.id}/rotate`, {
        grace_period_seconds: 3600,
      });
      expect(body.token.expires_at).to.equal(null); // Zapier's token never expired
      expect(body.previous.expires_at).to.equal(new Date(NOW + HOUR).toISOString());

      fake.clock.advance(HOUR - 1);
      expect((await get<ApiToken>(fake, `/tokens/${old.id}`)).body.status).to.equal('active');
      fake.clock.advance(1);
      expect((await get<ApiToken>(fake, `/tokens/${old.id}`)).body.status).to.equal('expired');
      const expired = await get<Page<ApiToken>>(fake, '/tokens?status=expired');
      expect(expired.body.data.map((token) => token.id)).to.include(old.id);
    });

    it('never extends the old token beyond its own expiry', async () => {
      const fake = createFake();
      const old = byName(fake, 'Billing sync'); // expires within 7 days
      const { body } = await post<RotatedToken>(fake, `/tokens/${old.id}/rotate`, {
        grace_period_seconds: 604_800,
      });
      expect(body.previous.expires_at).to.equal(old.expires_at);
    });

    it('revokes the old token at once with a grace period of 0', async () => {
      const fake = createFake();
      const old = byName(fake, 'Zapier');
      const { body } = await post<RotatedToken>(fake, `/tokens/${old.id}/rotate`, {
        grace_period_seconds: 0,
      });
      expect(body.previous).to.deep.include({
        status: 'revoked',
        revoked_at: new Date(NOW).toISOString(),
        replaced_by: body.token.id,
      });
    });

    for (const grace of [-1, 604_801, 1.5]) {
      it(`answers a grace period of ${grace} with 422`, async () => {
        const fake = createFake();
        const reply = await post<ErrorReply>(fake, `/tokens/${byName(fake, 'Zapier').id}/rotate`, {
          grace_period_seconds: grace,
        });
        expect(reply.status).to.equal(422);
        expect(reply.body.error.field).to.equal('grace_period_seconds');
      });
    }

    it('answers a grace period that is not a number with 400', async () => {
      const fake = createFake();
      const reply = await post<ErrorReply>(fake, `/tokens/${byName(fake, 'Zapier').id}/rotate`, {
        grace_period_seconds: '3600',
      });
      expect(reply.status).to.equal(400);
      expect(reply.body.error.field).to.equal('grace_period_seconds');
    });

    for (const name of ['Staging', 'Data warehouse export']) {
      it(`refuses to rotate a ${name === 'Staging' ? 'revoked' : 'expired'} token with 422`, async () => {
        const fake = createFake();
        const token = fake.tokens.find((candidate) => candidate.name === name)!;
        const before = fake.tokens.length;
        const reply = await post<ErrorReply>(fake, `/tokens/${token.id}/rotate`);
        expect(reply.status).to.equal(422);
        expect(reply.body.error.field).to.equal(undefined);
        expect(reply.body.error.message).to.contain(token.status);
        expect(fake.tokens).to.have.length(before);
      });
    }

    it('refuses to rotate a token that was already rotated', async () => {
      const fake = createFake();
      const old = fake.tokens.find((token) => token.replaced_by !== null)!;
      const reply = await post<ErrorReply>(fake, `/tokens/${old.id}/rotate`);
      expect(reply.status).to.equal(422);
      expect(reply.body.error.message).to.contain(old.replaced_by!);
    });

    it('answers an unknown id with 404', async () => {
      const reply = await post(createFake(), '/tokens/tok_0000000000000000/rotate');
      expect(reply.status).to.equal(404);
    });
  });

  describe('revoking', () => {
    it('revokes a token now, and returns a revoked token unchanged', async () => {
      const fake = createFake();
      const token = byName(fake, 'CRM Integration');
      const first = await call<ApiToken>(fake, 'DELETE', `/tokens/${token.id}`);
      expect(first.status).to.equal(200);
      expect(first.body).to.deep.include({
        id: token.id,
        status: 'revoked',
        revoked_at: new Date(NOW).toISOString(),
      });
      fake.clock.advance(DAY);
      const again = await call<ApiToken>(fake, 'DELETE', `/tokens/${token.id}`);
      expect(again.status).to.equal(200);
      expect(again.body).to.deep.equal(first.body);
    });

    it('answers an unknown id with 404', async () => {
      const reply = await call(createFake(), 'DELETE', '/tokens/tok_0000000000000000');
      expect(reply.status).to.equal(404);
    });
  });
});
