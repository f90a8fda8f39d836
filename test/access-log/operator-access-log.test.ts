import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import { setupFake } from '../helpers/fake.js';
import {
  findByShadowRole,
  getByShadowRole,
  queryAllByShadowRole,
} from 'shadow-dom-testing-library';
import { fakeClock } from '../helpers/clock.js';
import { findText } from '../helpers/text.js';
import {
  cells,
  entryId,
  listRequests,
  mountAccessLog,
  mountAccessLogRecordingAborts,
  rows,
  statsRequests,
  waitForRows,
} from '../helpers/access-log.js';
import { until } from '../helpers/wait.js';
import { choose } from '../helpers/user.js';
import { DAY, HOUR } from '../../src/client/time.js';

describe('<operator-access-log>', () => {
  // The virtualizer's ResizeObserver may report a benign loop error; Lit's own tests ignore it too.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  // Wide enough for every column (narrower containers move IP and duration to the details).
  before(() => setViewport({ width: 1280, height: 900 }));

  describe('rendering', () => {
    it('shows loading, then the entries newest first with every column', async () => {
      const { fake, el } = await mountAccessLog();
      await findByShadowRole(el, 'table', { name: 'Access log' });
      const shown = await waitForRows(el);
      const times = shown.map((row) => row.querySelector('time')!.getAttribute('datetime')!);
      expect([...times].sort().reverse()).to.deep.equal(times);

      const first = listRequests(fake)[0]!;
      const newest = (
        await el.client!.accessLogs.list({ since: first.searchParams.get('since')!, limit: 1 })
      ).data[0]!;
      const [time, token, method, path, status, ip, duration] = cells(shown[0]!);
      expect(time).to.match(/ago|now/);
      expect(token).to.equal(`${newest.token_name} ${newest.token_prefix}…`);
      expect(method).to.equal(newest.method);
      expect(path).to.equal(newest.path);
      expect(status).to.contain(String(newest.status));
      expect(ip).to.contain(newest.ip);
      expect(duration).to.match(/\d ms$/);
      const table = getByShadowRole(el, 'table', { name: 'Access log' });
      const headers = queryAllByShadowRole(table, 'columnheader').map((h) => h.textContent!.trim());
      expect(headers).to.deep.equal([
        'Time',
        'Token',
        'Method',
        'Path',
        'Status',
        'IP address',
        'Duration',
        'Details',
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows Loading… while the first page is on its way', async () => {
      const { el } = await mountAccessLog({ faults: [['accessLogs.list', { latency: 60_000 }]] });
      await findText(el, 'Loading…');
      const statuses = queryAllByShadowRole(el, 'status').map((status) => status.textContent);
      expect(statuses.some((text) => text?.includes('Loading…'))).to.equal(true);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('says so when not configured', async () => {
      const el = await fixture<OperatorAccessLog>(
        html`<operator-access-log></operator-access-log>`,
      );
      await findText(el, 'Not configured');
      await expect(el).to.be.accessible();
    });

    it('shows the exact time on hover and focus', async () => {
      const { el } = await mountAccessLog();
      const [row] = await waitForRows(el);
      const time = row!.querySelector('time')!;
      const exact = time.querySelector('[part=exact-time]')!;
      expect(exact.textContent).to.match(/\d{4}/);
      const shown = () => getComputedStyle(exact).clipPath === 'none';
      expect(shown()).to.equal(false);
      const box = time.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + 5), Math.round(box.y + 5)] });
      await until(shown, 'shown on hover');
      await resetMouse();
      await until(() => !shown(), 'hidden again');
      expect(time.tabIndex).to.equal(0);
      time.focus();
      expect(el.shadowRoot!.activeElement).to.equal(time);
      expect(shown(), 'shown on focus').to.equal(true);
    });

    it('expands an entry to its user agent and request ID, which can be copied', async () => {
      const { el } = await mountAccessLog();
      const [row] = await waitForRows(el);
      const id = entryId(row!);
      const entry = (await el.client!.accessLogs.list({ limit: 100 })).data.find(
        (e) => e.id === id,
      )!;
      const toggle = getByShadowRole(row!, 'button');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await findText(el, entry.request_id);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await findText(el, entry.user_agent || 'None sent');

      const copied: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void copied.push(text) },
      });
      try {
        (await findByShadowRole(el, 'button', { name: 'Copy request ID' })).click();
        await findText(el, 'Request ID copied.');
        expect(copied).to.deep.equal([entry.request_id]);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
      await expect(el).to.be.accessible();
      toggle.click();
      await until(() => toggle.getAttribute('aria-expanded') === 'false');
    });

    it('fits a narrow grid host', async () => {
      const { el } = await mountAccessLog();
      const host = document.createElement('div');
      host.style.cssText = 'display: grid; width: 20rem';
      el.replaceWith(host);
      host.append(el);
      await waitForRows(el);
      expect(el.getBoundingClientRect().width).to.be.at.most(host.clientWidth);
      host.remove();
    });

    it('moves IP and duration to the details in a narrow container', async () => {
      const { el } = await mountAccessLog();
      el.style.width = '30rem';
      const [row] = await waitForRows(el);
      await until(() => cells(rows(el)[0]!).length === 6);
      const table = getByShadowRole(el, 'table', { name: 'Access log' });
      expect(
        queryAllByShadowRole(table, 'columnheader').map((h) => h.textContent!.trim()),
      ).to.deep.equal(['Time', 'Token', 'Method', 'Path', 'Status', 'Details']);
      getByShadowRole(row!, 'button').click();
      await findText(el, 'IP address');
      const id = entryId(row!);
      const entry = (await el.client!.accessLogs.list({ limit: 100 })).data.find(
        (e) => e.id === id,
      )!;
      await findText(el, entry.ip);
      await expect(el).to.be.accessible();
    });

    it('marks suspicious use with text, not colour alone', async () => {
      const { fake, client, el } = await mountAccessLog({ attributes: { range: '1h' } });
      const { token } = await client.tokens.create({ name: 'Probe' });
      const now = new Date(fake.clock.now() - 60_000);
      fake.addLogEntries(1, {
        token_id: token.id,
        ip: '198.51.100.1',
        timestamp: now.toISOString(),
      });
      fake.addLogEntries(1, {
        token_id: token.id,
        ip: '203.0.113.99',
        timestamp: new Date(now.getTime() + 1000).toISOString(),
      });
      for (let i = 0; i < 6; i++)
        fake.addLogEntries(1, {
          token_id: token.id,
          ip: '198.51.100.1',
          status: 401,
          timestamp: new Date(now.getTime() + 2000 + i * 1000).toISOString(),
        });
      // A host deep-links to the token; the log loads with the new traffic in it.
      el.tokenId = token.id;
      await findText(el, 'Suspicious use:');
      await findText(el, /1 first request from a new IP; 1 burst of 401\/403 responses/);
      await findText(el, 'New IP');
      await findText(el, '401/403 burst');
      await expect(el).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('pre-filters to the token of the token-id attribute', async () => {
      let tokenId = '';
      const { fake, el } = await mountAccessLog({
        attributes: async ({ client }) => {
          tokenId = (await client.accessLogs.list({ limit: 1 })).data[0]!.token_id;
          return { 'token-id': tokenId, range: '30d' };
        },
      });
      const token = fake.tokens.find((t) => t.id === tokenId)!;
      const shown = await waitForRows(el);
      expect(listRequests(fake).at(-1)!.searchParams.get('token_id')).to.equal(token.id);
      expect(statsRequests(fake).at(-1)!.searchParams.get('token_id')).to.equal(token.id);
      for (const row of shown) expect(cells(row)[1]).to.contain(token.prefix);
      const select = getByShadowRole<HTMLSelectElement>(el, 'combobox', {
        name: 'Filter by token',
      });
      await until(() => select.value === token.id);
    });

    it('filters by token from the select, reflects it and fires operator-filter-change', async () => {
      const { fake, el } = await mountAccessLog({ attributes: { range: '30d' } });
      const [first] = await waitForRows(el);
      const token = fake.tokens.find((t) => cells(first!)[1]!.includes(t.prefix))!;
      const select = await findByShadowRole<HTMLSelectElement>(el, 'combobox', {
        name: 'Filter by token',
      });
      await until(() => select.options.length > 1);
      const event = oneEvent(el, 'operator-filter-change');
      choose(select, token.id);
      const { detail } = await event;
      expect(detail).to.deep.equal({
        tokenId: token.id,
        status: undefined,
        method: undefined,
        q: undefined,
        range: '30d',
        since: undefined,
        until: undefined,
      });
      await el.updateComplete;
      expect(el.getAttribute('token-id')).to.equal(token.id);
      await until(() => listRequests(fake).at(-1)!.searchParams.get('token_id') === token.id);
      await until(
        () => rows(el).length > 0 && rows(el).every((row) => cells(row)[1]!.includes(token.prefix)),
        'only rows of that token',
      );
      await expect(el).to.be.accessible();
    });

    it('filters by status class and by exact code', async () => {
      const { fake, el } = await mountAccessLog({ attributes: { range: '30d' } });
      await waitForRows(el);
      const status = getByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Status' });
      choose(status, '4xx');
      await until(() => listRequests(fake).at(-1)!.searchParams.get('status') === '4xx');
      await until(
        () => rows(el).length > 0 && rows(el).every((row) => /\b4\d\d\b/.test(cells(row)[4]!)),
        'only 4xx rows',
      );
      expect(el.getAttribute('status')).to.equal('4xx');
      choose(status, '404');
      await until(() => listRequests(fake).at(-1)!.searchParams.get('status') === '404');
      await until(
        () => rows(el).length > 0 && rows(el).every((row) => cells(row)[4]!.startsWith('404')),
        'only 404 rows',
      );
    });

    it('filters by method', async () => {
      const { fake, el } = await mountAccessLog({ attributes: { range: '30d' } });
      await waitForRows(el);
      choose(getByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Method' }), 'POST');
      await until(() => listRequests(fake).at(-1)!.searchParams.get('method') === 'POST');
      await until(() => rows(el).length > 0 && rows(el).every((row) => cells(row)[2] === 'POST'));
      expect(el.getAttribute('method')).to.equal('POST');
    });

    it('searches path and IP on Enter', async () => {
      const { fake, el } = await mountAccessLog({ attributes: { range: '30d' } });
      const [first] = await waitForRows(el);
      const ip = cells(first!)[5]!
        .replace(/New IP/, '')
        .trim();
      const search = getByShadowRole<HTMLInputElement>(el, 'searchbox', { name: 'Search' });
      search.focus();
      await sendKeys({ type: ip });
      await sendKeys({ press: 'Enter' });
      await until(() => listRequests(fake).at(-1)!.searchParams.get('q') === ip);
      await until(
        () => rows(el).length > 0 && rows(el).every((row) => cells(row)[5]!.includes(ip)),
      );
      expect(el.getAttribute('q')).to.equal(ip);
      expect(search.value).to.equal(ip);
    });

    describe('on a page clock that stands still', () => {
      // The ranges are the page clock's: with Date fake at NOW, they are exact.
      fakeClock(['Date']);

      it('applies each time range, with a stats bucket to match', async () => {
        const { fake, el } = await mountAccessLog();
        await waitForRows(el);
        const range = getByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Time range' });
        const expected = {
          '1h': ['minute', HOUR],
          '24h': ['hour', DAY],
          '7d': ['hour', 7 * DAY],
          '30d': ['day', 30 * DAY],
        };
        for (const [value, [bucket, span]] of Object.entries(expected) as [
          string,
          [string, number],
        ][]) {
          if (value !== el.range) choose(range, value);
          const spanOf = (url?: URL) =>
            Date.now() - Date.parse(url?.searchParams.get('since') ?? '');
          await until(() => spanOf(listRequests(fake).at(-1)) === span);
          await until(() => spanOf(statsRequests(fake).at(-1)) === span);
          expect(statsRequests(fake).at(-1)!.searchParams.get('bucket')).to.equal(bucket);
          expect(el.range).to.equal(value);
        }
      });

      it('takes a custom range from since and until, and from the From/To fields', async () => {
        // Five days before the page's clock (NOW) to two days before.
        const since = '2026-05-29T12:00:00.000Z';
        const end = '2026-06-01T12:00:00.000Z';
        const { fake, el } = await mountAccessLog({
          attributes: { range: 'custom', since, until: end },
        });
        const shown = await waitForRows(el);
        const request = listRequests(fake)[0]!;
        expect(request.searchParams.get('since')).to.equal(since);
        expect(request.searchParams.get('until')).to.equal(end);
        for (const row of shown) {
          const time = row.querySelector('time')!.getAttribute('datetime')!;
          expect(time >= since && time < end).to.equal(true);
        }
        const [from] = el.shadowRoot!.querySelectorAll<HTMLInputElement>(
          'input[type=datetime-local]',
        );
        expect(from!.closest('label')!.textContent).to.contain('From');
        // A wall-clock time, as a user types it: the page's own time zone.
        from!.value = '2026-05-27T09:30';
        from!.dispatchEvent(new Event('change', { bubbles: true }));
        const expected = new Date(2026, 4, 27, 9, 30).toISOString();
        await until(() => listRequests(fake).at(-1)!.searchParams.get('since') === expected);
        expect(el.since).to.equal(expected);
        await waitForRows(el);
        await expect(el).to.be.accessible();
      });
    });

    it('renders only the newest filter’s results', async () => {
      const { fake, el, aborted } = await mountAccessLogRecordingAborts();
      await waitForRows(el);
      const seen = new Set<string>();
      const observer = new MutationObserver(() =>
        rows(el).forEach((row) => seen.add(cells(row)[4]!.slice(0, 1))),
      );
      const before = fake.requests.length;
      fake.fault('accessLogs.list', { latency: 2000, times: 1 });
      choose(getByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Status' }), '2xx');
      await until(() => fake.requests.length > before);
      expect(rows(el)).to.have.length(0);
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      choose(getByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Status' }), '5xx');
      await until(() => listRequests(fake).at(-1)!.searchParams.get('status') === '5xx');
      await until(
        () => rows(el).length > 0 && rows(el).every((row) => cells(row)[4]!.startsWith('5')),
      );
      observer.disconnect();
      expect([...seen], 'status classes rendered').to.deep.equal(['5']);
      const slow = listRequests(fake).findIndex((url) => url.searchParams.get('status') === '2xx');
      expect(slow).to.be.greaterThan(-1);
      expect(
        aborted.some((url) => url.includes('status=2xx')),
        'the stale request was aborted',
      ).to.equal(true);
    });
  });

  describe('chart', () => {
    it('charts requests over time with a text alternative', async () => {
      const { el } = await mountAccessLog();
      const chart = await findByShadowRole(el, 'group', {
        name: /requests from .* to .*Choose a bar/,
      });
      const bars = queryAllByShadowRole(chart, 'button');
      expect(bars.length).to.be.within(24, 25);
      expect(bars[0]!.getAttribute('aria-label')).to.match(
        /: \d+ successful, \d+ client errors?, \d+ server errors?$/,
      );
      const table = getByShadowRole(el, 'table', { name: 'Requests over time' });
      expect(queryAllByShadowRole(table, 'row')).to.have.length(bars.length + 1);
      await expect(el).to.be.accessible();
    });

    it('narrows the time range to a chosen bar, by click or keyboard', async () => {
      const { fake, el } = await mountAccessLog();
      const chart = await findByShadowRole(el, 'group', { name: /Choose a bar/ });
      const bars = queryAllByShadowRole(chart, 'button');
      const last = bars.at(-1)!;
      expect(last.tabIndex).to.equal(0);
      last.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await until(() => el.shadowRoot!.activeElement === bars.at(-2));
      const event = oneEvent(el, 'operator-filter-change');
      await sendKeys({ press: 'Enter' });
      const { detail } = await event;
      expect(detail.range).to.equal('custom');
      expect(Date.parse(detail.until!) - Date.parse(detail.since!)).to.equal(HOUR);
      await until(() => listRequests(fake).at(-1)!.searchParams.get('until') === detail.until);
      expect(el.getAttribute('range')).to.equal('custom');
      expect(el.getAttribute('since')).to.equal(detail.since);
      await until(() => statsRequests(fake).at(-1)!.searchParams.get('bucket') === 'minute');
      const narrowed = await findByShadowRole(el, 'group', { name: /Choose a bar/ });
      queryAllByShadowRole(narrowed, 'button')[0]!.dispatchEvent(
        new MouseEvent('click', { bubbles: true }),
      );
      await until(() => el.until && Date.parse(el.until) - Date.parse(el.since!) === 60_000);
    });
  });

  describe('errors', () => {
    it('shows a failed log request with Retry, which loads it', async () => {
      const { fake, el } = await mountAccessLog({ clientOptions: { retry: 0 }, fakeOptions: {} });
      await waitForRows(el);
      fake.fault('accessLogs.list', { status: 500, times: 1 });
      const errors: string[] = [];
      el.addEventListener('operator-error', (e) => errors.push(e.detail.operation));
      choose(getByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Method' }), 'GET');
      await findText(el, 'Operator had a problem. Try again in a moment.');
      expect(errors).to.include('accessLogs.list');
      expect(getByShadowRole(el, 'alert').textContent).to.contain('Operator had a problem');
      await expect(el).to.be.accessible();
      (await findByShadowRole(el, 'button', { name: 'Retry loading the log' })).click();
      await waitForRows(el);
      expect(el.method).to.equal('GET');
    });

    it('fires operator-unauthorized on a 401 and says the session expired', async () => {
      const { client } = setupFake({}, { auth: 'op_test_wrong', retry: 0 });
      const el = document.createElement('operator-access-log');
      const unauthorized = oneEvent(el, 'operator-unauthorized');
      el.client = client;
      document.body.append(el);
      try {
        const { detail } = await unauthorized;
        expect(detail.operation).to.match(/^(tokens\.list|accessLogs\.(list|stats))$/);
        await findText(el, 'Your session has expired. Sign in again to continue.');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('shows a failed chart with its own Retry', async () => {
      const { el } = await mountAccessLog({
        clientOptions: { retry: 0 },
        faults: [['accessLogs.stats', { status: 503, times: 1 }]],
      });
      await findText(el, 'The chart could not be loaded.');
      await expect(el).to.be.accessible();
      (await findByShadowRole(el, 'button', { name: 'Retry loading the chart' })).click();
      await findByShadowRole(el, 'group', { name: /Choose a bar/ });
    });

    it('shows a failed token list with its own Retry', async () => {
      const { fake, el } = await mountAccessLog({
        clientOptions: { retry: 0 },
        faults: [['tokens.list', { status: 500, times: 1 }]],
      });
      await findText(el, 'The token list could not be loaded.');
      await expect(el).to.be.accessible();
      (await findByShadowRole(el, 'button', { name: 'Retry loading tokens' })).click();
      const select = getByShadowRole<HTMLSelectElement>(el, 'combobox', {
        name: 'Filter by token',
      });
      await until(() => select.options.length === fake.tokens.length + 1);
    });

    it('aborts its requests when removed, and loads again when put back', async () => {
      const { fake, el, aborted } = await mountAccessLogRecordingAborts();
      await waitForRows(el);
      fake.fault('accessLogs.list', { latency: 60_000, times: 1 });
      const parent = el.parentElement!;
      choose(getByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Method' }), 'POST');
      await until(() => listRequests(fake).at(-1)!.searchParams.get('method') === 'POST');
      el.remove();
      await until(() => aborted.some((url) => url.includes('method=POST')));
      fake.clearFaults();
      parent.append(el);
      await until(
        () =>
          listRequests(fake).filter((u) => u.searchParams.get('method') === 'POST').length === 2,
      );
      await until(() => rows(el).length > 0 && rows(el).every((row) => cells(row)[2] === 'POST'));
    });

    it('says when nothing matches the filter', async () => {
      const { el } = await mountAccessLog({ attributes: { q: 'no-such-path-anywhere' } });
      await findText(el, 'No requests match these filters in this time range.');
      expect(rows(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });
});
