import { expect, waitUntil } from '@open-wc/testing';
import type { ApiToken, Page, Scope } from '../../src/client/types.js';
import {
  createFakeOperatorApi,
  FAKE_CREDENTIAL,
  FAKE_READONLY_CREDENTIAL,
} from '../../src/mocks/index.js';
import { BASE_URL, NOW, call, createFake, get, post, request, type ErrorReply } from './support.js';
import { at, rejection } from '../helpers/assertions.js';

const TOKEN = 'tok_0000000000000000';
const READS: [string, string][] = [
  ['GET', '/tokens'],
  ['GET', `/tokens/${TOKEN}`],
  ['GET', '/scopes'],
  ['GET', '/access-logs'],
  ['GET', '/access-logs/stats'],
];
const WRITES: [string, string][] = [
  ['POST', '/tokens'],
  ['POST', `/tokens/${TOKEN}/rotate`],
  ['DELETE', `/tokens/${TOKEN}`],
];

describe('fake Operator API: authentication and routing', () => {
  describe('authentication', () => {
    for (const [method, path] of [...READS, ...WRITES]) {
      it(`answers ${method} ${path} without a credential with 401`, async () => {
        const reply = await call<ErrorReply>(createFake(), method, path, { credential: null });
        expect(reply.status).to.equal(401);
        expect(reply.body.error.code).to.equal(401);
        expect(reply.headers.get('WWW-Authenticate')).to.match(/^Bearer/);
      });
    }

    it('answers a wrong credential or another scheme with 401', async () => {
      const fake = createFake();
      const wrong = await get(fake, '/tokens', {
        credential: 'op_test_expired0000000000000000000000',
      });
      expect(wrong.status).to.equal(401);
      const basic = await get(fake, '/tokens', {
        credential: null,
        headers: { Authorization: `Basic ${btoa(`user:${FAKE_CREDENTIAL}`)}` },
      });
      expect(basic.status).to.equal(401);
    });

    it('lets a read-only credential read', async () => {
      const fake = createFake();
      for (const [method, path] of READS) {
        const reply = await call(fake, method, path.replace(TOKEN, at(fake.tokens, 0).id), {
          credential: FAKE_READONLY_CREDENTIAL,
        });
        expect(reply.status, path).to.equal(200);
      }
    });

    it('answers writes with a read-only credential with 403, changing nothing', async () => {
      const fake = createFake();
      const before = fake.tokens;
      const id = before.find((token) => token.status === 'active')!.id;
      for (const [method, path] of WRITES) {
        const reply = await call<ErrorReply>(fake, method, path.replace(TOKEN, id), {
          credential: FAKE_READONLY_CREDENTIAL,
        });
        expect(reply.status, path).to.equal(403);
        expect(reply.body.error.message).to.equal("This credential's role may not manage tokens");
      }
      expect(fake.tokens).to.deep.equal(before);
    });

    it('checks nothing with credential: null (a cookie session through a proxy)', async () => {
      const fake = createFake({ credential: null });
      expect((await get(fake, '/tokens', { credential: null })).status).to.equal(200);
      const created = await post(fake, '/tokens', { name: 'x' }, { credential: null });
      expect(created.status).to.equal(201);
      expect((await get(fake, '/scopes', { credential: 'anything' })).status).to.equal(200);
    });

    it('accepts the configured credentials only', async () => {
      const fake = createFake({ credential: 'op_live_host', readOnlyCredential: 'op_live_viewer' });
      expect((await get(fake, '/tokens', { credential: 'op_live_host' })).status).to.equal(200);
      expect((await get(fake, '/tokens', { credential: 'op_live_viewer' })).status).to.equal(200);
      expect((await post(fake, '/tokens', {}, { credential: 'op_live_viewer' })).status).to.equal(
        403,
      );
      expect((await get(fake, '/tokens')).status).to.equal(401);
    });
  });

  describe('routing', () => {
    const unknown: [string, string][] = [
      ['GET', '/agents'],
      ['GET', ''],
      ['PUT', '/tokens'],
      ['PATCH', `/tokens/${TOKEN}`],
      ['POST', `/tokens/${TOKEN}`],
      ['GET', `/tokens/${TOKEN}/rotate`],
      ['DELETE', '/scopes'],
    ];
    for (const [method, path] of unknown) {
      it(`answers ${method} ${path || '/'} with a 404 error body`, async () => {
        const reply = await call<ErrorReply>(createFake(), method, path);
        expect(reply.status).to.equal(404);
        expect(reply.headers.get('Content-Type')).to.contain('application/json');
        expect(reply.body.error).to.include({ code: 404 });
        expect(reply.body.error.request_id).to.equal(reply.headers.get('X-Request-Id'));
      });
    }

    it('rejects a request outside its base URL loudly', async () => {
      const fake = createFake();
      const error = await rejection(fake.fetch('https://api.operator.test/v2/tokens'));
      expect(error).not.to.be.instanceOf(TypeError);
      expect(error.message).to.contain('https://api.operator.test/v2/tokens');
      expect(error.message).to.contain(BASE_URL);
      expect(fake.requests).to.have.length(0);
    });

    it('serves a relative base URL on the page origin', async () => {
      const fake = createFakeOperatorApi({ baseUrl: '/api/v1/', now: NOW });
      const auth = { Authorization: `Bearer ${FAKE_CREDENTIAL}` };
      const scopes = await fake.fetch('/api/v1/scopes', { headers: auth });
      expect(scopes.status).to.equal(200);
      expect(((await scopes.json()) as { data: Scope[] }).data).to.have.length(4);
      const absolute = await fake.fetch(new URL('/api/v1/tokens?limit=1', location.href), {
        headers: auth,
      });
      expect(((await absolute.json()) as Page<ApiToken>).data).to.have.length(1);
      await rejection(fake.fetch('/api/v10/scopes', { headers: auth }));
    });

    it('answers with JSON and a request id on success too', async () => {
      const reply = await get(createFake(), '/scopes');
      expect(reply.headers.get('Content-Type')).to.contain('application/json');
      expect(reply.headers.get('X-Request-Id')).to.match(/^req_[A-Za-z0-9]{16}$/);
    });
  });

  describe('recorded requests', () => {
    it('records every request in order, with the credential redacted', async () => {
      const fake = createFake();
      await get(fake, '/tokens?limit=2');
      await post(fake, '/tokens', { name: 'Recorded' }, { key: 'key-1' });
      await get(fake, '/scopes', { credential: 'op_test_wrong' });
      await call(fake, 'GET', '/nowhere');
      expect(fake.requests.map((r) => `${r.method} ${r.url}`)).to.deep.equal([
        `GET ${BASE_URL}/tokens?limit=2`,
        `POST ${BASE_URL}/tokens`,
        `GET ${BASE_URL}/scopes`,
        `GET ${BASE_URL}/nowhere`,
      ]);
      const [list, create] = [at(fake.requests, 0), at(fake.requests, 1)];
      expect(list.body).to.equal(undefined);
      expect(create.body).to.deep.equal({ name: 'Recorded' });
      expect(create.headers).to.include({
        authorization: 'Bearer ***',
        'idempotency-key': 'key-1',
        'content-type': 'application/json',
      });
      expect(JSON.stringify(fake.requests)).not.to.contain(FAKE_CREDENTIAL);
      expect(JSON.stringify(fake.requests)).not.to.contain('op_test_wrong');
    });

    it('lists a request only once its body is read, so a test that sees it sees its body', async () => {
      const fake = createFake();
      const body = { name: 'x'.repeat(64), scopes: Array(500).fill('conversations:read') };
      const done = fake.fetch(request('POST', '/tokens', { body }));
      await waitUntil(() => fake.requests.length === 1, 'the request was not recorded');
      expect(fake.requests[0]!.body).to.deep.equal(body);
      await done;
    });

    it('records a body that is not JSON as text', async () => {
      const fake = createFake();
      await fake.fetch(request('POST', '/tokens', { body: 'name=x' }));
      expect(at(fake.requests, 0, 'the request').body).to.equal('name=x');
    });
  });
});
