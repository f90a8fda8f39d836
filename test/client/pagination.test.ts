import { expect } from '@open-wc/testing';
import type { OperatorError } from '../../src/client/index.js';
import { paginate } from '../../src/client/transport.js';
import { setupFake } from '../helpers/fake.js';
import { rejection as rejectionOf } from '../helpers/assertions.js';
import { tokenWith } from './support.js';

const rejection = (promise: Promise<unknown>) => rejectionOf<OperatorError>(promise);

/** Walks an async iterator, keeping what it yielded before it ended or threw. */
async function walk<T>(items: AsyncIterable<T>): Promise<{ seen: T[]; error?: OperatorError }> {
  const seen: T[] = [];
  try {
    for await (const item of items) seen.push(item);
    return { seen };
  } catch (error) {
    return { seen, error: error as OperatorError };
  }
}

describe('the Operator client: bounded walks', () => {
  describe('list', () => {
    it('refuses one empty page that still has a next_cursor, as a caller paging by hand would loop', async () => {
      const { fake, client } = setupFake({ logEntries: 10 });
      fake.fault('tokens.list', { body: { data: [], next_cursor: 'x' } });
      fake.fault('accessLogs.list', { body: { data: [], next_cursor: 'x' } });
      for (const page of [client.tokens.list(), client.accessLogs.list()]) {
        const error = await rejection(page);
        expect(error.name).to.equal('InvalidResponseError');
        expect(error.message).to.contain('empty page with a next_cursor');
      }
    });
  });

  describe('iterate', () => {
    it('stops on an empty page that still has a next_cursor, after one request', async () => {
      const { fake, client } = setupFake();
      fake.fault('tokens.list', { body: { data: [], next_cursor: 'x' } });
      const { seen, error } = await walk(client.tokens.iterate());
      expect(error?.name).to.equal('InvalidResponseError');
      expect(error?.message).to.contain('empty page with a next_cursor');
      expect(seen).to.have.length(0);
      expect(fake.requests).to.have.length(1);
    });

    it('stops on a cursor sent twice, after two requests', async () => {
      const { fake, client } = setupFake();
      fake.fault('tokens.list', { body: { data: [tokenWith(fake, {})], next_cursor: 'again' } });
      const { seen, error } = await walk(client.tokens.iterate());
      expect(error?.name).to.equal('InvalidResponseError');
      expect(error?.message).to.contain('a next_cursor twice');
      expect(seen).to.have.length(1);
      expect(fake.requests).to.have.length(2);
    });

    it('stops when the server answers the cursor it was given with that cursor', async () => {
      const { fake, client } = setupFake();
      fake.fault('tokens.list', { body: { data: [tokenWith(fake, {})], next_cursor: 'c1' } });
      const { error } = await walk(client.tokens.iterate({ cursor: 'c1' }));
      expect(error?.name).to.equal('InvalidResponseError');
      expect(fake.requests).to.have.length(1);
    });

    it('stops an access-log walk on an endless cursor', async () => {
      const { fake, client } = setupFake();
      fake.fault('accessLogs.list', { body: { data: [], next_cursor: 'x' } });
      const { error } = await walk(client.accessLogs.iterate({ limit: 100 }));
      expect(error?.name).to.equal('InvalidResponseError');
      expect(fake.requests).to.have.length(1);
    });

    it('requests at most maxPages pages, then throws', async () => {
      const { fake, client } = setupFake({ tokens: 12 });
      const { seen, error } = await walk(client.tokens.iterate({ limit: 1 }, { maxPages: 5 }));
      expect(error?.name).to.equal('InvalidResponseError');
      expect(error?.message).to.contain('more than 5 pages');
      expect(fake.requests).to.have.length(5);
      expect(seen).to.have.length(4);
    });

    it('walks up to 2000 pages by default', async () => {
      // A server that always has another page, with a fresh cursor each time.
      let calls = 0;
      const endless = async () => ({ data: [++calls], next_cursor: `c${calls}` });
      const { seen, error } = await walk(paginate(endless, {}));
      expect(error?.message).to.contain('more than 2000 pages');
      expect(calls).to.equal(2000);
      expect(seen).to.have.length(1999);
    });

    it('walks every page of a well-behaved list', async () => {
      const { fake, client } = setupFake({ tokens: 12 });
      const { seen, error } = await walk(client.tokens.iterate({ limit: 5 }));
      expect(error).to.be.undefined;
      expect(seen.map((token) => token.id)).to.deep.equal(fake.tokens.map((token) => token.id));
      expect(fake.requests).to.have.length(3);
    });

    it("passes the caller's signal on and stops when it aborts", async () => {
      const { fake, client } = setupFake({ tokens: 12 });
      const controller = new AbortController();
      const walking = walk(client.tokens.iterate({ limit: 1 }, { signal: controller.signal }));
      controller.abort();
      expect((await walking).error?.name).to.equal('AbortError');
      expect(fake.requests.length).to.be.below(12);
    });
  });

  describe('list', () => {
    it('cuts a page longer than the asked limit', async () => {
      const { fake, client } = setupFake();
      const tokens = Array.from({ length: 12 }, () => tokenWith(fake, {}));
      fake.fault('tokens.list', { body: { data: tokens, next_cursor: null } });
      expect((await client.tokens.list({ limit: 5 })).data).to.have.length(5);
    });

    it('cuts a page longer than the default limit of 50 when none was asked', async () => {
      const { fake, client } = setupFake();
      const tokens = Array.from({ length: 10_000 }, () => tokenWith(fake, {}));
      fake.fault('tokens.list', { body: { data: tokens, next_cursor: null } });
      expect((await client.tokens.list()).data).to.have.length(50);
    });

    it('cuts an access-log page longer than the asked limit', async () => {
      const { fake, client } = setupFake({ logEntries: 30 });
      const { data } = await client.accessLogs.list({ limit: 30 });
      fake.fault('accessLogs.list', { body: { data, next_cursor: null } });
      expect((await client.accessLogs.list({ limit: 10 })).data).to.have.length(10);
    });

    it('keeps a short page as it is', async () => {
      const { client } = setupFake({ tokens: 3 });
      expect((await client.tokens.list({ limit: 5 })).data).to.have.length(3);
    });
  });

  it('a rejected walk leaves a clear message', async () => {
    const { fake, client } = setupFake();
    fake.fault('tokens.list', { body: { data: [], next_cursor: 'x' } });
    const error = await rejection(client.tokens.iterate()[Symbol.asyncIterator]().next());
    expect(error.message).to.match(/^The Operator API /);
  });
});
