import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Suspicion } from '../../src/access-log/suspicious.js';
import type { AccessLogEntry } from '../../src/client/types.js';

const START = Date.UTC(2026, 5, 3, 12);
let seq = 0;

/** An entry `seconds` after START. The tests write logs oldest first, as one reads them. */
function entry(seconds: number, init: Partial<AccessLogEntry> = {}): AccessLogEntry {
  return {
    id: `log_${++seq}`,
    timestamp: new Date(START + seconds * 1000).toISOString(),
    token_id: 'tok_a',
    token_name: 'A',
    token_prefix: 'op_test_a',
    method: 'GET',
    path: '/v1/conversations',
    status: 200,
    ip: '192.0.2.1',
    user_agent: 'test',
    duration_ms: 10,
    request_id: `req_${seq}`,
    ...init,
  };
}

/** The hints over a log (oldest first) loaded as one page, which comes newest first. */
function suspicion(oldestFirst: AccessLogEntry[]): Suspicion {
  const found = new Suspicion();
  found.add(oldestFirst.toReversed());
  return found;
}

describe('suspicious-use hints', () => {
  describe('new IP for a token', () => {
    it('flags a token’s first request from an IP it had not used earlier', () => {
      const log = [
        entry(0),
        entry(1, { ip: '192.0.2.1' }),
        entry(2, { ip: '198.51.100.7' }),
        entry(3, { ip: '198.51.100.7' }),
        entry(4, { token_id: 'tok_b', ip: '198.51.100.7' }),
        entry(5, { ip: '203.0.113.5' }),
      ];
      const found = suspicion(log);
      expect(log.filter((e) => found.newIp(e)).map((e) => e.ip)).to.deep.equal([
        '198.51.100.7',
        '203.0.113.5',
      ]);
      expect(found.newIps).to.equal(2);
    });

    it('does not flag a token’s very first request in the range', () => {
      const only = entry(0, { token_id: 'tok_c' });
      const found = suspicion([only]);
      expect(found.newIp(only)).to.equal(false);
      expect(found.newIps).to.equal(0);
    });

    it('moves the flag when an older page shows the IP was used before', () => {
      const first = entry(0);
      const before = entry(1, { ip: '198.51.100.7' });
      const later = entry(2, { ip: '198.51.100.7' });
      const found = suspicion([later]);
      expect(found.newIp(later)).to.equal(false);
      found.add([before, first]);
      expect([first, before, later].map((e) => found.newIp(e))).to.deep.equal([false, true, false]);
    });
  });

  describe('bursts of 401 and 403', () => {
    it('finds five or more within a minute, per token, as one burst', () => {
      const log = [
        entry(0, { status: 401 }),
        entry(10, { status: 403 }),
        entry(20, { status: 200 }),
        entry(20, { status: 401, token_id: 'tok_b' }),
        entry(30, { status: 401 }),
        entry(40, { status: 401 }),
        entry(50, { status: 401 }),
        entry(55, { status: 403 }),
        entry(300, { status: 401 }),
      ];
      const found = suspicion(log);
      expect(found.bursts).to.equal(1);
      expect(
        log.filter((e) => found.inBurst(e)).map((e) => e.timestamp.slice(14, 19)),
      ).to.deep.equal(['00:00', '00:10', '00:30', '00:40', '00:50', '00:55']);
    });

    it('ignores failures spread thinner than the window', () => {
      const log = [0, 61, 122, 183, 244, 305].map((s) => entry(s, { status: 401 }));
      const found = suspicion(log);
      expect(found.bursts).to.equal(0);
      expect(log.some((e) => found.inBurst(e))).to.equal(false);
      // Five within exactly a minute are a burst.
      expect(suspicion([0, 15, 30, 45, 60].map((s) => entry(s, { status: 403 }))).bursts).to.equal(
        1,
      );
    });

    it('counts bursts apart when their minutes do not overlap', () => {
      const at = (from: number) =>
        [0, 1, 2, 3, 4].map((s) => entry(from + s, { status: 401, token_id: 'tok_d' }));
      expect(suspicion([...at(0), ...at(100)]).bursts).to.equal(2);
      expect(suspicion([...at(0), ...at(30)]).bursts).to.equal(1);
    });
  });

  describe('as pages arrive', () => {
    const tokens = ['tok_a', 'tok_b', 'tok_c'];
    const ips = ['192.0.2.1', '192.0.2.2', '198.51.100.7'];
    /** A random log, oldest first, and where it is cut into pages. */
    const scenario = fc.record({
      log: fc.array(
        fc.record({
          gap: fc.integer({ min: 0, max: 10 }),
          token_id: fc.constantFrom(...tokens),
          ip: fc.constantFrom(...ips),
          status: fc.constantFrom(200, 200, 401, 403),
        }),
        { minLength: 1, maxLength: 80, size: 'max' },
      ),
      cuts: fc.array(fc.nat(), { maxLength: 6, size: 'max' }),
    });

    /** What the hints mean, checked the long way over a whole log (oldest first). */
    function meaning(oldestFirst: AccessLogEntry[], e: AccessLogEntry) {
      const before = oldestFirst.slice(0, oldestFirst.indexOf(e));
      const mine = before.filter((other) => other.token_id === e.token_id);
      const failures = oldestFirst.filter(
        (f) => f.token_id === e.token_id && (f.status === 401 || f.status === 403),
      );
      const time = (f: AccessLogEntry) => Date.parse(f.timestamp);
      const k = failures.indexOf(e);
      return {
        newIp: mine.length > 0 && !mine.some((other) => other.ip === e.ip),
        // In some run of five or more failures that spans a minute at most.
        inBurst:
          k >= 0 &&
          failures.some((from, i) => {
            const to = failures.findLastIndex((f) => time(f) - time(from) <= 60_000);
            return i <= k && k <= to && to - i + 1 >= 5;
          }),
      };
    }

    it('finds what the hints mean, and the same whatever the pages', () => {
      fc.assert(
        fc.property(scenario, ({ log, cuts }) => {
          let seconds = 0;
          const oldestFirst = log.map(({ gap, ...init }) => entry((seconds += gap), init));
          const whole = suspicion(oldestFirst);
          for (const e of oldestFirst)
            expect({ newIp: whole.newIp(e), inBurst: whole.inBurst(e) }).to.deep.equal(
              meaning(oldestFirst, e),
            );

          // The same log as pages, newest first, each older than the ones before.
          const newestFirst = oldestFirst.toReversed();
          const bounds = [
            ...new Set([0, ...cuts.map((cut) => cut % newestFirst.length), newestFirst.length]),
          ].sort((a, b) => a - b);
          const found = new Suspicion();
          bounds.slice(1).forEach((end, i) => found.add(newestFirst.slice(bounds[i], end)));

          expect(found.newIps).to.equal(whole.newIps);
          expect(found.bursts).to.equal(whole.bursts);
          for (const e of oldestFirst) {
            expect(found.newIp(e)).to.equal(whole.newIp(e));
            expect(found.inBurst(e)).to.equal(whole.inBurst(e));
          }
        }),
        { numRuns: 300, seed: 20_260_603 },
      );
    });
  });
});
