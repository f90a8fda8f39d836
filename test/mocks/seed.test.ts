import { expect } from '@open-wc/testing';
import type { AccessLogEntry, ApiToken, Page } from '../../src/client/types.js';
import { DAY } from '../../src/client/time.js';
import { NOW, createFake, get, walk } from './support.js';
import { at } from '../helpers/assertions.js';

const ago = (iso: string | null) => (iso === null ? Infinity : NOW - Date.parse(iso));
const within = (iso: string | null, from: number, to: number) =>
  iso !== null && Date.parse(iso) - NOW > from && Date.parse(iso) - NOW <= to;

describe('fake Operator API: seeded data', () => {
  describe('determinism', () => {
    it('gives the same tokens and log entries for the same seed and clock', async () => {
      const [a, b] = [createFake({ seed: 42 }), createFake({ seed: 42 })];
      expect(a.tokens).to.deep.equal(b.tokens);
      const [logsA, logsB] = await Promise.all([
        walk<AccessLogEntry>(a, '/access-logs', { limit: 100 }),
        walk<AccessLogEntry>(b, '/access-logs', { limit: 100 }),
      ]);
      expect(logsA.items).to.deep.equal(logsB.items);
    });

    it('gives, for a seed and clock, the very data it gave before (what snapshot tests keep)', async () => {
      // A digest of every seeded token and log entry: a change to the seeding that alters them is
      // one that users' snapshots would see, to be made knowingly (and this digest with it).
      const fake = createFake({ seed: 7, logEntries: 5000 });
      const since = new Date(NOW - 31 * DAY).toISOString();
      const { items } = await walk<AccessLogEntry>(fake, '/access-logs', { since, limit: 100 });
      expect(items).to.have.length(5000);
      const bytes = new TextEncoder().encode(JSON.stringify([fake.tokens, items]));
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
      expect(hex).to.equal('bbc9666c81089269f0ca9b3a83c193c0dae80b419479b5e54c14b67c5d765caa');
    });

    it('gives the same ids, names and prefixes whenever it is created', () => {
      const shape = (tokens: readonly ApiToken[]) =>
        tokens.map(({ id, name, prefix, scopes }) => ({ id, name, prefix, scopes }));
      const today = createFake({ seed: 3 });
      const later = createFake({ seed: 3, now: NOW + 17 * DAY });
      expect(shape(later.tokens)).to.deep.equal(shape(today.tokens));
    });

    it('gives different data for a different seed', async () => {
      const [a, b] = [createFake({ seed: 1 }), createFake({ seed: 2 })];
      const idsOf = (fake: typeof a) => fake.tokens.map((token) => token.id);
      expect(idsOf(a).filter((id) => idsOf(b).includes(id))).to.deep.equal([]);
      const [pageA, pageB] = await Promise.all([
        get<Page<AccessLogEntry>>(a, '/access-logs?limit=5'),
        get<Page<AccessLogEntry>>(b, '/access-logs?limit=5'),
      ]);
      expect(pageA.body.data).not.to.deep.equal(pageB.body.data);
    });
  });

  describe('tokens', () => {
    const fake = createFake();
    const tokens = fake.tokens;
    const named = (name: string) => tokens.filter((token) => token.name === name);

    it('are a dozen, named like real integrations, created by people', () => {
      expect(tokens).to.have.length(12);
      for (const name of [
        'CRM Integration',
        'Zapier',
        'Billing sync',
        'Support bot',
        'Data warehouse export',
        'Staging',
      ]) {
        expect(named(name), name).not.to.be.empty;
      }
      const creators = new Set(tokens.map((token) => token.created_by?.name));
      expect(creators.size).to.be.at.least(4);
      expect(tokens.some((token) => token.created_by === null)).to.be.true;
    });

    it('cover every state a token manager shows', () => {
      const some = (what: string, predicate: (token: ApiToken) => boolean) =>
        expect(tokens.some(predicate), what).to.be.true;
      some('active', (t) => t.status === 'active');
      some(
        'expiring within 7 days',
        (t) => t.status === 'active' && within(t.expires_at, 0, 7 * DAY),
      );
      some('expired', (t) => t.status === 'expired');
      some('revoked', (t) => t.status === 'revoked' && t.revoked_at !== null);
      some('never used', (t) => t.last_used_at === null && t.last_used_ip === null);
      some('with scopes', (t) => t.scopes.length > 0);
      some('with full access', (t) => t.scopes.length === 0);
      some('without expiry', (t) => t.expires_at === null);
      some('older than 90 days', (t) => ago(t.created_at) > 90 * DAY);
      some(
        'unused for 30+ days',
        (t) => t.status === 'active' && ago(t.last_used_at) > 30 * DAY && t.last_used_at !== null,
      );
    });

    it('include a rotation whose grace period is running, and its replacement', () => {
      const old = tokens.find((token) => token.replaced_by !== null)!;
      const replacement = tokens.find((token) => token.id === old.replaced_by)!;
      expect(old.status).to.equal('active');
      expect(within(old.expires_at, 0, DAY)).to.be.true;
      expect(replacement).to.deep.include({ name: old.name, status: 'active', replaced_by: null });
      expect(replacement.scopes).to.deep.equal(old.scopes);
      expect(Date.parse(replacement.created_at)).to.be.greaterThan(Date.parse(old.created_at));
    });

    it('have well-formed ids and prefixes of the mode', () => {
      for (const token of tokens) {
        expect(token.id).to.match(/^tok_[A-Za-z0-9]{16}$/);
        expect(token.prefix).to.match(/^op_test_[A-Za-z0-9]{4}$/);
      }
      expect(createFake({ mode: 'live' }).tokens.every((t) => t.prefix.startsWith('op_live_'))).to
        .be.true;
    });

    it('number as many as asked, from none to more than a dozen', async () => {
      const empty = createFake({ tokens: 0 });
      expect(empty.tokens).to.deep.equal([]);
      expect(empty.logCount).to.equal(0);
      expect((await get(empty, '/tokens')).body).to.deep.equal({ data: [], next_cursor: null });
      expect((await get(empty, '/access-logs')).body).to.deep.equal({
        data: [],
        next_cursor: null,
      });
      expect(createFake({ tokens: 1 }).tokens).to.have.length(1);
      expect(createFake({ tokens: 6 }).tokens).to.have.length(6);
      const many = createFake({ tokens: 40 }).tokens;
      expect(many).to.have.length(40);
      expect(new Set(many.map((token) => token.id)).size).to.equal(40);
    });

    it('have no scopes on a plan without scoped tokens', () => {
      expect(createFake({ scopes: [] }).tokens.every((token) => token.scopes.length === 0)).to.be
        .true;
    });
  });

  describe('access log', () => {
    let entries: AccessLogEntry[];
    before(async () => {
      entries = (await walk<AccessLogEntry>(createFake(), '/access-logs', { limit: 100 })).items;
    });

    it('has 2000 entries over the last 30 days by default', () => {
      expect(entries).to.have.length(2000);
      const oldest = Date.parse(at(entries, -1).timestamp);
      expect(oldest).to.be.within(NOW - 30 * DAY, NOW - 25 * DAY);
    });

    it('looks like real traffic', () => {
      const count = (predicate: (entry: AccessLogEntry) => boolean) =>
        entries.filter(predicate).length;
      expect(count((e) => e.status < 300)).to.be.greaterThan(entries.length * 0.85);
      expect(count((e) => e.status === 401)).to.be.greaterThan(0);
      expect(count((e) => e.status === 403)).to.be.greaterThan(0);
      expect(count((e) => e.status >= 500)).to.be.within(1, entries.length * 0.05);
      expect([...new Set(entries.map((e) => e.method))]).to.include.members(['GET', 'POST']);
      expect(entries.every((e) => e.path.startsWith('/v1/'))).to.be.true;
      expect(entries.some((e) => /^\/v1\/conversations\/conv_\w+\/messages$/.test(e.path))).to.be
        .true;
      expect(entries.every((e) => e.duration_ms >= 0 && e.request_id.startsWith('req_'))).to.be
        .true;
      expect(new Set(entries.map((e) => e.user_agent)).size).to.be.at.least(5);
      // Each busy token calls from several addresses.
      const zapier = entries.filter((e) => e.token_name === 'Zapier');
      expect(new Set(zapier.map((e) => e.ip)).size).to.be.at.least(3);
    });

    it('spreads over logDays', async () => {
      const fake = createFake({ logDays: 3, logEntries: 500 });
      const { items } = await walk<AccessLogEntry>(fake, '/access-logs', { limit: 100 });
      expect(items).to.have.length(500);
      expect(items.every((e) => Date.parse(e.timestamp) >= NOW - 3 * DAY)).to.be.true;
    });
  });

  describe('100 000 entries', () => {
    // How fast they seed and page is measured by `npm run bench`, not asserted here.
    it('seed them all, newest first', async () => {
      const fake = createFake({ logEntries: 100_000 });
      expect(fake.logCount).to.equal(100_000);
      const { body } = await get<Page<AccessLogEntry>>(fake, '/access-logs?limit=100');
      const times = body.data.map((entry) => entry.timestamp);
      expect(times).to.deep.equal([...times].sort().reverse());
      expect(body.next_cursor).to.be.a('string');
    });

    it('page through 10 000 of them without a gap or a repeat', async () => {
      const fake = createFake({ logEntries: 10_000 });
      const { items, pages } = await walk<AccessLogEntry>(fake, '/access-logs', { limit: 100 });
      expect(pages).to.equal(100);
      expect(new Set(items.map((entry) => entry.id)).size).to.equal(10_000);
    });
  });
});
