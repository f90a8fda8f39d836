import { expect } from '@open-wc/testing';
import type { AccessLogBucket, AccessLogEntry, ApiToken, Page } from '../../src/client/types.js';
import type { FakeOperatorApi } from '../../src/mocks/index.js';
import { DAY, HOUR } from '../../src/client/time.js';
import { NOW, createFake, get, walk, type ErrorReply } from './support.js';
import { at } from '../helpers/assertions.js';

type Stats = { data: AccessLogBucket[] };

/** One fake and its whole log, read once through the API, shared by the read-only tests. */
let fake: FakeOperatorApi;
let all: AccessLogEntry[];

const iso = (ms: number) => new Date(ms).toISOString();
const ids = (entries: AccessLogEntry[]) => entries.map((entry) => entry.id);

describe('fake Operator API: access logs', () => {
  before(async () => {
    fake = createFake({ logEntries: 3000 });
    all = (await walk<AccessLogEntry>(fake, '/access-logs', { limit: 100 })).items;
  });

  describe('listing', () => {
    it('returns every entry exactly once across cursor pages, newest first', () => {
      expect(all).to.have.length(3000);
      expect(new Set(ids(all)).size).to.equal(3000);
      const times = all.map((entry) => entry.timestamp);
      expect(times).to.deep.equal([...times].sort().reverse());
      expect(Date.parse(at(all, -1).timestamp)).to.be.at.least(NOW - 30 * DAY);
      expect(Date.parse(at(all, 0).timestamp)).to.be.at.most(NOW);
    });

    it('pages by 50 by default and by any limit up to 100', async () => {
      const page = await get<Page<AccessLogEntry>>(fake, '/access-logs');
      expect(ids(page.body.data)).to.deep.equal(ids(all.slice(0, 50)));
      const { items, pages } = await walk<AccessLogEntry>(fake, '/access-logs', { limit: 37 });
      expect(pages).to.equal(Math.ceil(3000 / 37));
      expect(ids(items)).to.deep.equal(ids(all));
    });
  });

  describe('filters', () => {
    const cases: [string, () => Record<string, string>, (entry: AccessLogEntry) => boolean][] = [
      [
        'token_id',
        () => ({ token_id: at(all, 5).token_id }),
        (e) => e.token_id === at(all, 5).token_id,
      ],
      ['status=2xx', () => ({ status: '2xx' }), (e) => e.status >= 200 && e.status < 300],
      ['status=4xx', () => ({ status: '4xx' }), (e) => e.status >= 400 && e.status < 500],
      ['status=5xx', () => ({ status: '5xx' }), (e) => e.status >= 500],
      ['status=401', () => ({ status: '401' }), (e) => e.status === 401],
      ['method, in any case', () => ({ method: 'pOsT' }), (e) => e.method === 'POST'],
      ['q on the path, in any case', () => ({ q: 'MESSAGES' }), (e) => e.path.includes('messages')],
      ['q on the IP', () => ({ q: at(all, 7).ip }), (e) => e.ip.includes(at(all, 7).ip)],
      [
        'since (inclusive) and until (exclusive)',
        () => ({ since: at(all, 2000).timestamp, until: at(all, 1000).timestamp }),
        (e) => e.timestamp >= at(all, 2000).timestamp && e.timestamp < at(all, 1000).timestamp,
      ],
      [
        'everything at once',
        () => ({
          status: '2xx',
          method: 'get',
          q: '/v1/conversations',
          since: iso(NOW - 10 * DAY),
        }),
        (e) =>
          e.status < 300 &&
          e.method === 'GET' &&
          e.path.includes('/v1/conversations') &&
          Date.parse(e.timestamp) >= NOW - 10 * DAY,
      ],
    ];
    for (const [what, params, predicate] of cases) {
      it(`filters by ${what}, across pages`, async () => {
        const expected = all.filter(predicate);
        expect(expected.length, 'the seed has matching entries').to.be.greaterThan(0);
        expect(expected.length, 'the filter excludes some').to.be.lessThan(all.length);
        const { items } = await walk<AccessLogEntry>(fake, '/access-logs', {
          ...params(),
          limit: 40,
        });
        expect(ids(items)).to.deep.equal(ids(expected));
      });
    }

    it('returns an empty page for a token with no traffic', async () => {
      const { body } = await get<Page<AccessLogEntry>>(
        fake,
        '/access-logs?token_id=tok_0000000000000000',
      );
      expect(body).to.deep.equal({ data: [], next_cursor: null });
    });

    const invalid: [string, string][] = [
      ['status=3xx', 'status'],
      ['status=ok', 'status'],
      ['status=600', 'status'],
      ['method=FETCH', 'method'],
      ['since=yesterday', 'since'],
      ['until=2026-13-01T00:00:00Z', 'until'],
      ['since=2026-06-03T00:00:00', 'since'],
      [`since=${iso(NOW)}&until=${iso(NOW - HOUR)}`, 'since'],
      ['token_id=abc', 'token_id'],
      ['limit=0', 'limit'],
      ['limit=500', 'limit'],
      ['cursor=%%%', 'cursor'],
      ['cursor=dDE6MTc4MDQ4Nzk4MzUxMTp0b2tfMDA', 'cursor'],
      [`cursor=${btoa(`l1:${NOW}:999999`).replace(/=+$/, '')}`, 'cursor'],
      ['ip=1.2.3.4', 'ip'],
    ];
    for (const [query, field] of invalid) {
      it(`answers ${query} with 400 naming ${field}`, async () => {
        const { status, body } = await get<ErrorReply>(fake, `/access-logs?${query}`);
        expect(status).to.equal(400);
        expect(body.error).to.include({ code: 400, field });
      });
    }
  });

  describe('stats', () => {
    const sum = (buckets: AccessLogBucket[]) =>
      buckets.reduce((total, b) => total + b.ok + b.client_error + b.server_error, 0);
    const contiguous = (buckets: AccessLogBucket[], size: number) =>
      buckets.every(
        (b, i) => i === 0 || Date.parse(b.start) - Date.parse(at(buckets, i - 1).start) === size,
      );

    it('counts the last 24 hours by hour by default, oldest first', async () => {
      const { status, body } = await get<Stats>(fake, '/access-logs/stats');
      expect(status).to.equal(200);
      expect(body.data).to.have.length(24);
      expect(at(body.data, 0, 'the first bucket').start).to.equal(iso(NOW - DAY));
      expect(contiguous(body.data, HOUR)).to.be.true;
      const expected = all.filter((e) => Date.parse(e.timestamp) >= NOW - DAY);
      expect(sum(body.data)).to.equal(expected.length);
      const errors = body.data.reduce((total, b) => total + b.client_error, 0);
      expect(errors).to.equal(expected.filter((e) => e.status >= 400 && e.status < 500).length);
    });

    it('defaults to the last hour by minute and the last 30 days by day', async () => {
      const minutes = await get<Stats>(fake, '/access-logs/stats?bucket=minute');
      expect(minutes.body.data).to.have.length(60);
      expect(contiguous(minutes.body.data, 60_000)).to.be.true;
      const days = await get<Stats>(fake, '/access-logs/stats?bucket=day');
      // From 30 days before noon, floored to midnight: 31 buckets.
      expect(days.body.data).to.have.length(31);
      expect(at(days.body.data, 0, 'the first bucket').start).to.equal(iso(Date.UTC(2026, 4, 4)));
      expect(sum(days.body.data)).to.equal(all.length);
    });

    it('adds up to the entries the list returns for the same filter', async () => {
      const tokenId = at(all, 3).token_id;
      const since = iso(NOW - 9.5 * DAY + 1234);
      const until = iso(NOW - 2 * DAY - 777);
      const params = { token_id: tokenId, since, until };
      const { body } = await get<Stats>(
        fake,
        `/access-logs/stats?bucket=hour&${new URLSearchParams(params)}`,
      );
      const listed = await walk<AccessLogEntry>(fake, '/access-logs', { ...params, limit: 100 });
      expect(listed.items.length).to.be.greaterThan(0);
      expect(sum(body.data)).to.equal(listed.items.length);
      expect(at(body.data, 0, 'the first bucket').start).to.equal(
        iso(Math.floor(Date.parse(since) / HOUR) * HOUR),
      );
      expect(contiguous(body.data, HOUR)).to.be.true;
    });

    it('includes empty buckets', async () => {
      const quiet = fake.tokens.find((token) => token.last_used_at === null)!;
      const { body } = await get<Stats>(fake, `/access-logs/stats?token_id=${quiet.id}`);
      expect(body.data).to.have.length(24);
      expect(sum(body.data)).to.equal(0);
    });

    const invalid: [string, string][] = [
      ['bucket=week', 'bucket'],
      [`bucket=minute&since=${iso(NOW - 2 * DAY)}`, 'bucket'],
      [`since=${iso(NOW)}&until=${iso(NOW)}`, 'since'],
      ['until=soon', 'until'],
      ['status=2xx', 'status'],
    ];
    for (const [query, field] of invalid) {
      it(`answers ${query} with 400 naming ${field}`, async () => {
        const { status, body } = await get<ErrorReply>(fake, `/access-logs/stats?${query}`);
        expect(status).to.equal(400);
        expect(body.error.field).to.equal(field);
      });
    }

    it('allows exactly 1000 buckets', async () => {
      const { status, body } = await get<Stats>(
        fake,
        `/access-logs/stats?bucket=minute&since=${iso(NOW - 1000 * 60_000)}&until=${iso(NOW)}`,
      );
      expect(status).to.equal(200);
      expect(body.data).to.have.length(1000);
    });
  });

  describe('seeded tokens', () => {
    it('agree with their newest entry on last_used_at and last_used_ip', async () => {
      const used = fake.tokens.filter((token) => all.some((e) => e.token_id === token.id));
      expect(used.length).to.be.greaterThan(6);
      for (const token of used) {
        const newest = all.find((entry) => entry.token_id === token.id)!;
        expect([token.name, token.last_used_at, token.last_used_ip]).to.deep.equal([
          token.name,
          newest.timestamp,
          newest.ip,
        ]);
        expect([newest.token_name, newest.token_prefix]).to.deep.equal([token.name, token.prefix]);
      }
    });
  });

  describe('new traffic', () => {
    it('appears at the top of page 1 without breaking an existing cursor', async () => {
      const live = createFake({ logEntries: 500 });
      const first = await get<Page<AccessLogEntry>>(live, '/access-logs?limit=20');
      const second = await get<Page<AccessLogEntry>>(
        live,
        `/access-logs?limit=20&cursor=${first.body.next_cursor}`,
      );

      live.clock.advance(5_000);
      const added = live.addLogEntries(3);
      expect(added).to.have.length(3);
      expect(live.logCount).to.equal(503);

      const top = await get<Page<AccessLogEntry>>(live, '/access-logs?limit=20');
      expect(top.body.data.slice(0, 3)).to.deep.equal(added);
      expect(ids(top.body.data.slice(3))).to.deep.equal(ids(first.body.data.slice(0, 17)));
      expect(added.every((entry) => entry.timestamp === iso(NOW + 5_000))).to.be.true;

      const sameSecond = await get<Page<AccessLogEntry>>(
        live,
        `/access-logs?limit=20&cursor=${first.body.next_cursor}`,
      );
      expect(sameSecond.body).to.deep.equal(second.body);
    });

    it("updates the token's last use and honours the fields given", async () => {
      const live = createFake();
      const token = live.tokens.find((t) => t.name === 'Local development')!;
      expect(token.last_used_at).to.equal(null);
      live.clock.advance(HOUR);
      const [entry] = live.addLogEntries(1, {
        token_id: token.id,
        method: 'delete',
        path: '/v1/agents/agt_1',
        status: 500,
        ip: '203.0.113.9',
      });
      expect(entry).to.deep.include({
        token_id: token.id,
        token_name: token.name,
        token_prefix: token.prefix,
        method: 'DELETE',
        path: '/v1/agents/agt_1',
        status: 500,
        ip: '203.0.113.9',
        timestamp: iso(NOW + HOUR),
      });
      const after = await get<ApiToken>(live, `/tokens/${token.id}`);
      expect(after.body).to.deep.include({
        last_used_at: iso(NOW + HOUR),
        last_used_ip: '203.0.113.9',
      });
      const page = await get<Page<AccessLogEntry>>(live, `/access-logs?token_id=${token.id}`);
      expect(page.body.data).to.deep.equal([entry]);
    });

    it('logs 401s for a token that is no longer valid', () => {
      const live = createFake();
      const revoked = live.tokens.find((t) => t.status === 'revoked')!;
      const entries = live.addLogEntries(5, { token_id: revoked.id });
      expect(entries.every((entry) => entry.status === 401)).to.be.true;
    });

    it('refuses a token the fake does not have', () => {
      expect(() => createFake().addLogEntries(1, { token_id: 'tok_0000000000000000' })).to.throw(
        RangeError,
      );
      expect(() => createFake({ tokens: 0 }).addLogEntries(1)).to.throw(RangeError);
    });
  });
});
