import { expect, waitUntil } from '@open-wc/testing';
import type { CreatedToken } from '../../src/client/types.js';
import { FAKE_ROUTES, type FakeOperatorApi, type FakeRoute } from '../../src/mocks/index.js';
import { call, createFake, get, post, request, type ErrorReply } from './support.js';
import { at, rejection } from '../helpers/assertions.js';
import { DAY } from '../../src/client/time.js';

/** A request that reaches each route (the token id of a live token where one is needed). */
function requestFor(fake: FakeOperatorApi, route: FakeRoute): [string, string] {
  const id = fake.tokens.find((token) => token.status === 'active')!.id;
  const requests: Record<FakeRoute, [string, string]> = {
    'tokens.list': ['GET', '/tokens'],
    'tokens.get': ['GET', `/tokens/${id}`],
    'tokens.create': ['POST', '/tokens'],
    'tokens.rotate': ['POST', `/tokens/${id}/rotate`],
    'tokens.revoke': ['DELETE', `/tokens/${id}`],
    'scopes.list': ['GET', '/scopes'],
    'accessLogs.list': ['GET', '/access-logs'],
    'accessLogs.stats': ['GET', '/access-logs/stats'],
  };
  return requests[route];
}

const statuses = async (fake: FakeOperatorApi, path: string, count: number) => {
  const result: number[] = [];
  for (let i = 0; i < count; i++) result.push((await get(fake, path)).status);
  return result;
};

describe('fake Operator API: faults', () => {
  describe('kinds', () => {
    it('answers with a status and a contract-shaped error body', async () => {
      const fake = createFake();
      fake.fault('tokens.list', { status: 503, retryAfter: 5 });
      const reply = await get<ErrorReply>(fake, '/tokens');
      expect(reply.status).to.equal(503);
      expect(reply.headers.get('Retry-After')).to.equal('5');
      expect(reply.body.error).to.include({ code: 503 });
      expect(reply.body.error.message).to.be.a('string').and.not.be.empty;
      expect(reply.body.error.request_id).to.match(/^req_/);
    });

    it("answers with the given message and field, as a server's validation would", async () => {
      const fake = createFake();
      const message = 'A token named "CRM Integration" already exists.';
      fake.fault('tokens.create', { status: 422, field: 'name', message, times: 1 });
      const reply = await post<ErrorReply>(fake, '/tokens', { name: 'CRM Integration' });
      expect(reply.status).to.equal(422);
      expect(reply.body.error).to.include({ code: 422, field: 'name', message });
      expect((await post(fake, '/tokens', { name: 'CRM Integration' })).status).to.equal(201);
    });

    it('answers 401 step_up_required, as a proxy asking the user to confirm who they are', async () => {
      const fake = createFake();
      fake.fault('tokens.create', { status: 401, reason: 'step_up_required', times: 1 });
      const reply = await post<ErrorReply>(fake, '/tokens', { name: 'Needs a step-up' });
      expect(reply.status).to.equal(401);
      expect(reply.body.error).to.include({ code: 401, reason: 'step_up_required' });
      expect((await post(fake, '/tokens', { name: 'Needs a step-up' })).status).to.equal(201);
    });

    it('answers 200 and then stalls the body until the request is aborted', async () => {
      const fake = createFake();
      fake.fault('tokens.list', { stallBody: true, times: 1 });
      const controller = new AbortController();
      const response = await fake.fetch(request('GET', '/tokens', { signal: controller.signal }));
      expect(response.status).to.equal(200);
      let settled = false;
      const reading = response.text().finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve)); // a turn in which a body would end
      expect(settled, 'the body ended').to.be.false;
      controller.abort();
      expect(await rejection(reading)).to.be.an('error');
      expect((await get(fake, '/tokens')).status).to.equal(200);
    });

    it('sends a 429 without Retry-After, or with any text, when told', async () => {
      const fake = createFake();
      fake.fault('scopes.list', { status: 429, retryAfter: null, times: 1 });
      fake.fault('scopes.list', { status: 429, retryAfter: 'Wed, 03 Jun 2026 12:00:30 GMT' });
      const none = await get(fake, '/scopes');
      expect(none.status).to.equal(429);
      expect(none.headers.has('Retry-After')).to.be.false;
      const dated = await get(fake, '/scopes');
      expect(dated.headers.get('Retry-After')).to.equal('Wed, 03 Jun 2026 12:00:30 GMT');
    });

    it('always sends Retry-After with a 429', async () => {
      const fake = createFake();
      fake.fault('scopes.list', { status: 429 });
      const reply = await get(fake, '/scopes');
      expect(reply.status).to.equal(429);
      expect(Number(reply.headers.get('Retry-After'))).to.be.at.least(0);
    });

    it('fails with a network error', async () => {
      const fake = createFake();
      fake.fault('scopes.list', { network: true });
      const error = await rejection(fake.fetch(request('GET', '/scopes')));
      expect(error).to.be.instanceOf(TypeError);
      expect(error.message).to.equal('Failed to fetch');
      expect(fake.requests).to.have.length(1);
    });

    it('loses the response of a request that took effect; a retry with its key replays it', async () => {
      const fake = createFake();
      const before = fake.tokens.length;
      fake.fault('tokens.create', { dropResponse: true, times: 1 });
      const send = () =>
        fake.fetch(request('POST', '/tokens', { body: { name: 'Lost' }, key: 'k-lost' }));
      expect(await rejection(send())).to.be.instanceOf(TypeError);
      expect(fake.tokens).to.have.length(before + 1);
      const created = at(fake.tokens, 0, 'the token the request created');
      expect(created.name).to.equal('Lost');

      const retry = await send();
      expect(retry.status).to.equal(201);
      const body = (await retry.json()) as CreatedToken;
      expect(body.token.id).to.equal(created.id);
      expect(fake.tokens).to.have.length(before + 1);
    });

    it('with a latency, loses the response after the work and the stall', async () => {
      const fake = createFake();
      const before = fake.tokens.length;
      fake.fault('tokens.create', { dropResponse: true, latency: 60_000, times: 1 });
      const controller = new AbortController();
      const send = (signal?: AbortSignal) =>
        fake.fetch(request('POST', '/tokens', { body: { name: 'Stalled' }, key: 'k-s', signal }));
      const pending = rejection(send(controller.signal));
      // The token exists while the answer is still stalled, as when a client times out.
      await waitUntil(() => fake.tokens.length === before + 1, 'the work is done before the stall');
      controller.abort();
      expect((await pending).name).to.equal('AbortError');

      const retry = await send();
      expect(retry.status).to.equal(201);
      expect(retry.headers.get('Idempotent-Replayed')).to.equal('true');
      expect(((await retry.json()) as CreatedToken).token.name).to.equal('Stalled');
      expect(fake.tokens).to.have.length(before + 1);
    });

    it('answers 200 with a body that is not JSON', async () => {
      const fake = createFake();
      fake.fault('tokens.get', { malformed: true });
      const response = await fake.fetch(request('GET', '/tokens/tok_0000000000000000'));
      expect(response.status).to.equal(200);
      expect(await response.clone().text()).to.equal('<html>oops');
      expect(await rejection(response.json())).to.be.instanceOf(SyntaxError);
    });

    it('answers 200 with the given body', async () => {
      const fake = createFake();
      fake.fault('tokens.list', { body: { data: 'nope' } });
      const reply = await get(fake, '/tokens');
      expect(reply.status).to.equal(200);
      expect(reply.body).to.deep.equal({ data: 'nope' });
    });

    it('answers every page of a list with an endless cursor', async () => {
      const fake = createFake();
      const endless = { data: [], next_cursor: 'x' };
      fake.fault('tokens.list', { body: endless });
      fake.fault('accessLogs.list', { body: endless });
      for (const path of ['/tokens', '/tokens?cursor=x', '/access-logs', '/access-logs?cursor=x']) {
        expect((await get(fake, path)).body, path).to.deep.equal(endless);
      }
    });

    it('delays the response, and ends the wait when the request is aborted', async () => {
      const fake = createFake();
      fake.fault('tokens.list', { latency: 60_000 });
      const controller = new AbortController();
      const pending = rejection(
        fake.fetch(request('GET', '/tokens', { signal: controller.signal })),
      );
      await waitUntil(() => fake.requests.length === 1, 'the request reaches the fake');
      controller.abort();
      expect((await pending).name).to.equal('AbortError');
    });

    it('answers normally after a short latency', async () => {
      const fake = createFake();
      fake.fault('scopes.list', { latency: 20 });
      expect((await get(fake, '/scopes')).status).to.equal(200);
    });

    it('rejects at once for a request aborted before it is sent', async () => {
      const fake = createFake();
      const error = await rejection(
        fake.fetch(request('GET', '/scopes', { signal: AbortSignal.abort() })),
      );
      expect(error.name).to.equal('AbortError');
      expect(fake.requests).to.have.length(0);
    });
  });

  describe('targeting', () => {
    for (const route of FAKE_ROUTES) {
      it(`targets ${route} and nothing else`, async () => {
        const fake = createFake();
        fake.fault(route, { status: 418 });
        for (const other of FAKE_ROUTES) {
          const [method, path] = requestFor(fake, other);
          const reply = await call(fake, method, path);
          if (other === route) expect(reply.status, other).to.equal(418);
          else expect(reply.status, other).to.be.within(200, 201);
        }
      });
    }

    it("'*' targets every request, unknown routes included", async () => {
      const fake = createFake();
      fake.fault('*', { status: 500 });
      for (const route of FAKE_ROUTES) {
        const [method, path] = requestFor(fake, route);
        expect((await call(fake, method, path)).status, route).to.equal(500);
      }
      expect((await get(fake, '/unknown')).status).to.equal(500);
    });
  });

  describe('counting', () => {
    it('applies `times` times, then stops', async () => {
      const fake = createFake();
      fake.fault('scopes.list', { status: 500, times: 2 });
      expect(await statuses(fake, '/scopes', 4)).to.deep.equal([500, 500, 200, 200]);
    });

    it('lets `skip` calls through first', async () => {
      const fake = createFake();
      fake.fault('scopes.list', { status: 500, skip: 1, times: 1 });
      expect(await statuses(fake, '/scopes', 3)).to.deep.equal([200, 500, 200]);
    });

    it('stacks faults, the first matching one applying', async () => {
      const fake = createFake();
      fake.fault('scopes.list', { status: 500, times: 1 });
      fake.fault('*', { status: 503 });
      expect(await statuses(fake, '/scopes', 3)).to.deep.equal([500, 503, 503]);
      fake.clearFaults();
      expect(await statuses(fake, '/scopes', 1)).to.deep.equal([200]);
    });

    it('applies with a probability drawn from the seed, reproducibly', async () => {
      const run = async (seed: number) => {
        const fake = createFake({ seed, logEntries: 0 });
        fake.fault('scopes.list', { status: 503, probability: 0.5 });
        return statuses(fake, '/scopes', 40);
      };
      const first = await run(1);
      const failures = first.filter((status) => status === 503).length;
      expect(failures).to.be.within(8, 32);
      expect(await run(1)).to.deep.equal(first);
      expect(await run(2)).not.to.deep.equal(first);
    });

    it('never applies with probability 0, always with 1', async () => {
      const fake = createFake();
      fake.fault('scopes.list', { status: 500, probability: 0 });
      fake.fault('tokens.list', { status: 500, probability: 1 });
      expect(await statuses(fake, '/scopes', 5)).to.deep.equal([200, 200, 200, 200, 200]);
      expect(await statuses(fake, '/tokens', 5)).to.deep.equal([500, 500, 500, 500, 500]);
    });
  });

  describe('set-up', () => {
    const invalid: [string, Parameters<FakeOperatorApi['fault']>][] = [
      ['an unknown route', ['tokens.update' as FakeRoute, { status: 500 }]],
      ['a status that is not an error', ['tokens.list', { status: 200 }]],
      ['a fault that does nothing', ['tokens.list', { times: 1 }]],
      ['two outcomes', ['tokens.list', { status: 500, network: true }]],
      ['a message without a status', ['tokens.create', { latency: 10, message: 'Taken.' }]],
      ['a probability over 1', ['tokens.list', { status: 500, probability: 2 }]],
      ['a negative retryAfter', ['tokens.list', { status: 429, retryAfter: -1 }]],
      [
        'a reason on another status',
        ['tokens.create', { status: 403, reason: 'step_up_required' }],
      ],
    ];
    for (const [what, args] of invalid) {
      it(`refuses ${what}`, () => {
        expect(() => createFake().fault(...args)).to.throw(TypeError);
      });
    }

    it('is cleared by reset(), with the requests, the store and the clock', async () => {
      const fake = createFake();
      const tokens = fake.tokens;
      const logCount = fake.logCount;
      fake.fault('*', { status: 500, skip: 1 });
      const first = await post<CreatedToken>(fake, '/tokens', { name: 'Temporary' });
      fake.addLogEntries(10);
      fake.clock.advance(DAY);
      expect((await get(fake, '/scopes')).status).to.equal(500);

      fake.reset();
      expect(fake.requests).to.have.length(0);
      expect(fake.tokens).to.deep.equal(tokens);
      expect(fake.logCount).to.equal(logCount);
      expect((await get(fake, '/scopes')).status).to.equal(200);
      // The run-time randomness starts over too: the same request mints the same token.
      const again = await post<CreatedToken>(fake, '/tokens', { name: 'Temporary' });
      expect(again.body).to.deep.equal(first.body);
    });
  });
});
