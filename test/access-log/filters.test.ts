import { expect } from '@open-wc/testing';
import {
  bucketFor,
  fromLocalInput,
  listParams,
  timeWindow,
  toLocalInput,
} from '../../src/access-log/filters.js';
import { HOUR } from '../../src/client/time.js';

const NOW = Date.UTC(2026, 5, 3, 12);

describe('access-log filters', () => {
  describe('time window', () => {
    it('reaches back from now for a preset range', () => {
      expect(timeWindow({ range: '1h' }, NOW)).to.deep.equal({
        since: new Date(NOW - HOUR).toISOString(),
      });
      expect(timeWindow({ range: '30d' }, NOW).since).to.equal(
        new Date(NOW - 30 * 24 * HOUR).toISOString(),
      );
    });

    it('takes since and until as they are for a custom range', () => {
      const window = { since: '2026-06-01T00:00:00.000Z', until: '2026-06-02T00:00:00.000Z' };
      expect(timeWindow({ range: 'custom', ...window }, NOW)).to.deep.equal(window);
    });

    it('picks the stats bucket from the span', () => {
      const back = (hours: number) => ({ since: new Date(NOW - hours * HOUR).toISOString() });
      expect(bucketFor(back(1), NOW)).to.equal('minute');
      expect(bucketFor(back(24), NOW)).to.equal('hour');
      expect(bucketFor(back(7 * 24), NOW)).to.equal('hour');
      expect(bucketFor(back(30 * 24), NOW)).to.equal('day');
    });
  });

  describe('request parameters', () => {
    it('leaves out what is not set and trims the search', () => {
      expect(
        listParams(
          { range: '24h', tokenId: 'tok_1', status: '4xx', method: '', q: '  /v1 ' },
          { since: 'x' },
        ),
      ).to.deep.equal({ token_id: 'tok_1', status: '4xx', q: '/v1', since: 'x' });
    });
  });

  describe('datetime-local fields', () => {
    it('round-trips an ISO time to the minute', () => {
      const iso = '2026-06-03T10:15:00.000Z';
      expect(fromLocalInput(toLocalInput(iso))).to.equal(iso);
      expect(toLocalInput(undefined)).to.equal('');
      expect(fromLocalInput('')).to.equal(undefined);
    });
  });
});
