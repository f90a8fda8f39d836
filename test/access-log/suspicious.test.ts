import { expect } from '@open-wc/testing';
import {
  authFailureBursts,
  findSuspicious,
  newIpEntries,
} from '../../src/access-log/suspicious.js';
import type { AccessLogEntry } from '../../src/client/types.js';

const START = Date.UTC(2026, 5, 3, 12);
let seq = 0;

/** An entry `seconds` after START; oldest first is the order the functions take. */
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
      expect(newIpEntries(log).map((e) => e.ip)).to.deep.equal(['198.51.100.7', '203.0.113.5']);
    });

    it('does not flag a token’s very first request in the range', () => {
      expect(newIpEntries([entry(0, { token_id: 'tok_c' })])).to.deep.equal([]);
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
      const bursts = authFailureBursts(log);
      expect(bursts).to.have.length(1);
      expect(bursts[0]!.map((e) => e.timestamp.slice(14, 19))).to.deep.equal([
        '00:00',
        '00:10',
        '00:30',
        '00:40',
        '00:50',
        '00:55',
      ]);
    });

    it('ignores failures spread thinner than the window', () => {
      const log = [0, 61, 122, 183, 244, 305].map((s) => entry(s, { status: 401 }));
      expect(authFailureBursts(log)).to.deep.equal([]);
      expect(authFailureBursts(log, { threshold: 2, windowMs: 61_000 })).to.have.length(1);
    });
  });

  describe('summary', () => {
    it('keys the hints by entry id and counts them', () => {
      const log = [
        entry(0),
        entry(1, { ip: '198.51.100.9', status: 401 }),
        ...[2, 3, 4, 5].map((s) => entry(s, { status: 401 })),
      ];
      const { hints, newIps, bursts } = findSuspicious(log);
      expect(newIps).to.equal(1);
      expect(bursts).to.equal(1);
      expect(hints.get(log[1]!.id)).to.deep.equal(['new-ip', 'auth-burst']);
      expect(hints.get(log[0]!.id)).to.equal(undefined);
    });
  });
});
