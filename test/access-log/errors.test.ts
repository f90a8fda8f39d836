import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import type { FakeRoute } from '../../src/mocks/faults.js';
import { setupFake } from '../helpers/fake.js';
import {
  findByShadowRole,
  getByShadowRole,
  queryAllByShadowRole,
} from 'shadow-dom-testing-library';
import { findText } from '../helpers/text.js';
import {
  entryId,
  listRequests,
  mountAccessLog,
  rows,
  statsRequests,
  waitForRows,
} from '../helpers/access-log.js';
import { until } from '../helpers/wait.js';

/**
 * The operation and error name of every `operator-error` that reaches the document from now until
 * the end of the test (they bubble and are composed, so the element's first ones are caught too).
 */
let stopRecording: (() => void) | undefined;
function recordErrors() {
  const errors: string[] = [];
  const listener = (e: Event) => {
    const { detail } = e as HTMLElementEventMap['operator-error'];
    errors.push(`${detail.operation} ${detail.error.name}`);
  };
  document.addEventListener('operator-error', listener);
  stopRecording = () => document.removeEventListener('operator-error', listener);
  return errors;
}

/** Errors thrown on the page (a render that threw "Invalid time value", say). */
function recordPageErrors() {
  const errors: string[] = [];
  const listener = (event: ErrorEvent) => {
    // The virtualizer's benign ResizeObserver notice is not the element's error.
    if (!String(event.message).startsWith('ResizeObserver loop'))
      errors.push(String(event.message));
  };
  window.addEventListener('error', listener);
  return { errors, stop: () => window.removeEventListener('error', listener) };
}

/** The `/tokens` requests that reached a fake. */
const tokenRequests = (fake: { requests: ReadonlyArray<{ url: string }> }) =>
  fake.requests.filter((r) => new URL(r.url).pathname.endsWith('/tokens'));

const tokenSelect = (el: OperatorAccessLog) =>
  getByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Filter by token' });

describe('<operator-access-log> under a hostile API', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => stopRecording?.());

  describe('bad responses', () => {
    it('shows a log entry with an unparseable timestamp as an error with Retry', async () => {
      const page = recordPageErrors();
      const errors = recordErrors();
      const { fake, el } = await mountAccessLog({
        clientOptions: { retry: 0 },
        attributes: async ({ fake, client }) => {
          const { data } = await client.accessLogs.list({ limit: 3 });
          const bad = { ...data[1]!, timestamp: 'not-a-date' };
          fake.fault('accessLogs.list', { body: { data: [data[0], bad], next_cursor: null } });
          return {};
        },
      });
      const alert = await findByShadowRole(el, 'alert');
      expect(alert.textContent).to.match(/timestamp|date|time/i);
      await until(() => errors.includes('accessLogs.list InvalidResponseError'));
      expect(rows(el)).to.have.length(0);
      await expect(el).to.be.accessible();
      fake.clearFaults();
      (await findByShadowRole(el, 'button', { name: 'Retry loading the log' })).click();
      await waitForRows(el);
      page.stop();
      expect(page.errors).to.deep.equal([]);
    });

    it('shows a stats bucket with an unparseable start as a chart error with Retry', async () => {
      const page = recordPageErrors();
      const bucket = { start: 'not-a-date', ok: 1, client_error: 0, server_error: 0 };
      const errors = recordErrors();
      const { fake, el } = await mountAccessLog({
        clientOptions: { retry: 0 },
        faults: [['accessLogs.stats', { body: { data: [bucket] } }]],
      });
      await findText(el, /The chart could not be loaded\./);
      await until(() => errors.includes('accessLogs.stats InvalidResponseError'));
      await expect(el).to.be.accessible();
      fake.clearFaults();
      (await findByShadowRole(el, 'button', { name: 'Retry loading the chart' })).click();
      await findByShadowRole(el, 'group', { name: /Choose a bar/ });
      page.stop();
      expect(page.errors).to.deep.equal([]);
    });

    it('renders no more rows than a page asked for', async () => {
      const { el } = await mountAccessLog({
        attributes: async ({ fake, client }) => {
          const { data } = await client.accessLogs.list({ limit: 8 });
          fake.fault('accessLogs.list', { body: { data, next_cursor: null }, times: 1 });
          return { 'page-size': '5' };
        },
      });
      await findText(el, 'All 5 requests for these filters are shown.');
      expect(
        getByShadowRole(el, 'table', { name: 'Access log' }).getAttribute('aria-rowcount'),
      ).to.equal('6');
      await until(() => rows(el).length === 5);
    });

    it('stops paging on a cursor that repeats, with the error and its Retry', async () => {
      const { fake, client, el } = await mountAccessLog({
        clientOptions: { retry: 0 },
        attributes: { range: '30d', 'page-size': '5' },
      });
      await waitForRows(el);
      const errors = recordErrors();
      const { data } = await client.accessLogs.list({ limit: 5 });
      const first = listRequests(fake).length;
      fake.fault('accessLogs.list', { body: { data, next_cursor: 'again' } });
      await until(() =>
        el.shadowRoot!.textContent!.includes('Older requests could not be loaded.'),
      );
      expect(errors).to.deep.equal(['accessLogs.list InvalidResponseError']);
      // The repeated cursor was followed once, then never again.
      expect(listRequests(fake).length - first).to.be.at.most(2);
      await expect(el).to.be.accessible();
    });

    it('stops the token filter’s walk on an endless cursor, and the log still works', async () => {
      const errors = recordErrors();
      const { fake, el } = await mountAccessLog({
        clientOptions: { retry: 0 },
        faults: [['tokens.list', { body: { data: [], next_cursor: 'tok_cursor_again' } }]],
      });
      await findText(el, /The token list could not be loaded\./);
      expect(tokenRequests(fake).length).to.be.at.most(2);
      expect(errors).to.deep.equal(['tokens.list InvalidResponseError']);
      await waitForRows(el);
      expect(tokenSelect(el).options).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('keeps the tokens that loaded when a later page loops, and says the list is partial', async () => {
      const errors = recordErrors();
      const { fake, el } = await mountAccessLog({
        clientOptions: { retry: 0 },
        fakeOptions: { tokens: 150 },
        faults: [['tokens.list', { body: { data: [], next_cursor: 'again' }, skip: 1 }]],
      });
      await findText(el, /Only some tokens could be listed for the filter\./);
      expect(tokenSelect(el).options).to.have.length(101);
      expect(tokenRequests(fake).length).to.equal(2);
      expect(errors).to.deep.equal(['tokens.list InvalidResponseError']);
      expect(queryAllByShadowRole(el, 'button', { name: 'Retry loading tokens' })).to.have.length(
        1,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('credential generations', () => {
    it('never renders the pages, chart or tokens of an older client', async () => {
      const a = setupFake({}, { retry: 0 });
      const b = setupFake({ seed: 2, tokens: 3 }, { retry: 0 });
      const aIds = new Set<string>();
      for await (const entry of a.client.accessLogs.iterate({ limit: 100 })) aIds.add(entry.id);
      const aTokens = a.fake.tokens.map((t) => t.id);
      // A answers slowly: its first page, chart and token list are all on their way.
      a.fake.fault('*', { latency: 60_000 });
      const el = document.createElement('operator-access-log');
      el.client = a.client;
      document.body.append(el);
      try {
        await until(() => a.fake.requests.length >= 3 || listRequests(a.fake).length >= 1);
        const seen = new Set<string>();
        const observer = new MutationObserver(() =>
          rows(el).forEach((row) => seen.add(entryId(row))),
        );
        observer.observe(el.shadowRoot!, { subtree: true, childList: true });
        el.client = b.client;
        const shown = await waitForRows(el);
        await findByShadowRole(el, 'group', { name: /Choose a bar/ });
        const select = tokenSelect(el);
        await until(() => select.options.length === 4);
        observer.disconnect();
        expect([...seen].filter((id) => aIds.has(id))).to.deep.equal([]);
        expect(shown.map(entryId).some((id) => aIds.has(id))).to.equal(false);
        const options = [...select.options].map((o) => o.value);
        expect(options.filter((id) => aTokens.includes(id))).to.deep.equal([]);
        expect(statsRequests(b.fake).length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('stops the live tail of an older client', async () => {
      const { fake, el } = await mountAccessLog({
        attributes: { live: true, 'live-interval': '20' },
      });
      await waitForRows(el);
      await until(() => listRequests(fake).length >= 2, 'A was polled');
      const b = setupFake({ seed: 2 });
      el.client = b.client;
      const added = fake.addLogEntries(3).map((e) => e.id);
      await waitForRows(el);
      const polled = listRequests(fake).length;
      // Two of B's polls later, A has had none and none of A's new entries is shown.
      await until(() => listRequests(b.fake).length >= 3, 'B is polled');
      expect(listRequests(fake).length).to.equal(polled);
      expect(
        rows(el)
          .map(entryId)
          .filter((id) => added.includes(id)),
      ).to.deep.equal([]);
      el.live = false;
    });
  });

  describe('every failure reaches the host', () => {
    const cases: [string, FakeRoute, string][] = [
      ['a page', 'accessLogs.list', 'accessLogs.list'],
      ['the chart', 'accessLogs.stats', 'accessLogs.stats'],
      ['the token filter', 'tokens.list', 'tokens.list'],
    ];
    for (const [what, route, operation] of cases)
      it(`fires operator-error and operator-unauthorized when ${what} gets a 401`, async () => {
        const { fake, client } = setupFake({}, { retry: 0 });
        fake.fault(route, { status: 401 });
        const el = document.createElement('operator-access-log');
        const errors = recordErrors();
        const unauthorized = oneEvent(el, 'operator-unauthorized');
        el.client = client;
        document.body.append(el);
        try {
          expect((await unauthorized).detail.operation).to.equal(operation);
          await until(() => errors.includes(`${operation} AuthenticationError`));
          await findText(el, 'Your session has expired. Sign in again to continue.');
          await expect(el).to.be.accessible();
        } finally {
          el.remove();
        }
      });

    it('fires operator-error for a failed export', async () => {
      const { fake, el } = await mountAccessLog({
        clientOptions: { retry: 0 },
        attributes: { range: '30d' },
      });
      await waitForRows(el);
      const errors = recordErrors();
      fake.fault('accessLogs.list', { status: 503, times: 1 });
      (await findByShadowRole(el, 'button', { name: 'Export JSON' })).click();
      await findText(el, /The export stopped\./);
      expect(errors).to.deep.equal(['accessLogs.export ServerError']);
    });
  });
});
