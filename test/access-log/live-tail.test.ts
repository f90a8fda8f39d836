import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { setViewport } from '@web/test-runner-commands';
import { expect, oneEvent } from '@open-wc/testing';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import { findByShadowRole, getByShadowRole } from 'shadow-dom-testing-library';
import { findText } from '../helpers/text.js';
import {
  entryId,
  laidOut,
  listRequests,
  mountAccessLog,
  rows,
  scroller,
  waitForRows,
} from '../helpers/access-log.js';
import { until } from '../helpers/wait.js';

/** The live status line, whose `data-live-state` says what the live tail is doing. */
const liveStatus = (el: OperatorAccessLog) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part=live-status]')!;

/** Makes the page look hidden (or visible again) to the element, as a tab switch does. */
function setHidden(hidden: boolean) {
  if (hidden)
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  else delete (document as unknown as Record<string, unknown>).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Resolves after `count` ticks of an interval of `ms`: as many as the live tail's own timer. */
function ticks(ms: number, count: number) {
  return new Promise<void>((resolve) => {
    let seen = 0;
    const id = setInterval(() => {
      if (++seen === count) {
        clearInterval(id);
        resolve();
      }
    }, ms);
  });
}

describe('<operator-access-log> live tail', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  // Wide enough for every column (narrower containers move IP and duration to the details).
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => setHidden(false));

  describe('actions', () => {
    it('turns on from the Live checkbox and prepends new entries', async () => {
      const { fake, el } = await mountAccessLog({ attributes: { 'live-interval': '50' } });
      const before = (await waitForRows(el)).map(entryId);
      const live = getByShadowRole<HTMLInputElement>(el, 'checkbox', { name: 'Live' });
      live.click();
      expect(el.live).to.equal(true);
      await el.updateComplete;
      expect(el.hasAttribute('live')).to.equal(true);
      await until(() => liveStatus(el).dataset.liveState === 'polling');
      const added = fake.addLogEntries(3);
      await until(() => entryId(rows(el)[0]!) === added[0]!.id, 'the newest entry is on top');
      expect(rows(el).slice(0, 4).map(entryId)).to.deep.equal([
        ...added.map((e) => e.id),
        before[0],
      ]);
      await findText(el, '3 new requests.');
      await expect(el).to.be.accessible();
      live.click();
      await until(() => liveStatus(el).dataset.liveState === 'off');
    });

    it('keeps what the user is reading in place', async () => {
      const { fake, el } = await mountAccessLog({
        attributes: { range: '30d', live: true, 'live-interval': '50' },
      });
      await waitForRows(el);
      const body = scroller(el);
      body.scrollTop = 600;
      await until(() => body.scrollTop === 600);
      // The row at the top of the viewport, and where it is.
      const topRow = () => {
        const top = body.getBoundingClientRect().top;
        const shown = rows(el).filter((row) => row.getBoundingClientRect().bottom > top + 1);
        const y = (row: HTMLElement) => row.getBoundingClientRect().top;
        return shown.reduce((a, b) => (y(b) < y(a) ? b : a));
      };
      // Once the virtualizer has drawn the rows at 600 px, one row straddles the top edge.
      const edge = () => body.getBoundingClientRect().top;
      await until(
        () => laidOut(el) && topRow().getBoundingClientRect().top < edge(),
        'rows drawn at the new scroll position',
      );
      const reading = entryId(topRow());
      const { top: offset, height } = topRow().getBoundingClientRect();
      // Where that row is at each frame while the new rows come in: never pushed out of view.
      const drift: number[] = [];
      let watching = true;
      const watch = () => {
        const row = rows(el).find((candidate) => entryId(candidate) === reading);
        drift.push(row ? Math.abs(row.getBoundingClientRect().top - offset) : Infinity);
        if (watching) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
      const added = fake.addLogEntries(5);
      await until(() => el.shadowRoot!.textContent!.includes('5 new requests.'));
      await until(
        () => rows(el).some((row) => entryId(row) === added[0]!.id) || body.scrollTop > 600,
      );
      await until(
        () =>
          entryId(topRow()) === reading &&
          Math.abs(topRow().getBoundingClientRect().top - offset) < 2,
        'the same row stays in place on top',
      );
      watching = false;
      expect(body.scrollTop).to.be.greaterThan(600);
      // At most the part of the row that was scrolled past, until it is put back exactly.
      expect(Math.max(...drift)).to.be.at.most(height + 1);
    });
  });

  describe('visibility', () => {
    it('pauses while the page is hidden and catches up when it shows', async () => {
      const { fake, el } = await mountAccessLog({
        attributes: { live: true, 'live-interval': '40' },
      });
      await waitForRows(el);
      await until(() => listRequests(fake).length >= 2, 'polling');
      setHidden(true);
      await until(() => liveStatus(el).dataset.liveState === 'paused');
      await findText(el, 'Live updates paused while this page is hidden.');
      const count = listRequests(fake).length;
      const added = fake.addLogEntries(2);
      await ticks(40, 10); // ten intervals: ten polls had it not paused
      expect(listRequests(fake).length).to.equal(count);
      expect(rows(el).map(entryId)).to.not.include(added[0]!.id);
      await expect(el).to.be.accessible();
      setHidden(false);
      await until(() => listRequests(fake).length > count);
      await until(() => entryId(rows(el)[0]!) === added[0]!.id);
      expect(liveStatus(el).dataset.liveState).to.equal('polling');
    });
  });

  describe('errors', () => {
    it('backs off after a failed poll, reports each failure, and polls again', async () => {
      const { fake, el } = await mountAccessLog({
        attributes: { live: true, 'live-interval': '200' },
        clientOptions: { retry: 0 },
      });
      await waitForRows(el);
      // What the status line says after each failure, read as the failure is reported: whatever
      // the machine's load, the back-off cannot end before its own update has rendered.
      const reported: string[] = [];
      el.addEventListener('operator-error', async (event) => {
        await el.updateComplete;
        reported.push(`${event.detail.operation}: ${liveStatus(el).textContent!.trim()}`);
      });
      fake.fault('accessLogs.list', { status: 500, times: 2 });
      await until(() => reported.length === 2, 'two failed polls');
      const failed =
        'accessLogs.tail: Live updates failed: Operator had a problem. Try again in a moment.';
      // The second failure doubles the wait.
      expect(reported.map((text) => text.replace(/\s+/g, ' '))).to.deep.equal([
        `${failed} Trying again in 0.4 s. Retry`,
        `${failed} Trying again in 0.8 s. Retry`,
      ]);
      const added = fake.addLogEntries(1);
      await until(() => entryId(rows(el)[0]!) === added[0]!.id);
      expect(liveStatus(el).dataset.liveState).to.equal('polling');
      await expect(el).to.be.accessible();
    });

    it('fires operator-unauthorized when a poll gets a 401, and keeps backing off', async () => {
      const { fake, el } = await mountAccessLog({
        attributes: { live: true, 'live-interval': '20' },
        clientOptions: { retry: 0 },
      });
      await waitForRows(el);
      const unauthorized = oneEvent(el, 'operator-unauthorized');
      const error = oneEvent(el, 'operator-error');
      fake.fault('accessLogs.list', { status: 401, times: 1 });
      expect((await unauthorized).detail.operation).to.equal('accessLogs.tail');
      expect((await error).detail.error.name).to.equal('AuthenticationError');
      await until(() => liveStatus(el).dataset.liveState === 'backoff');
      await findText(el, /Live updates failed: Your session has expired/);
      await expect(el).to.be.accessible();
      await until(() => liveStatus(el).dataset.liveState === 'polling', 'polling again');
    });

    it('waits at least the Retry-After of a 429, or polls at once on Retry', async () => {
      const { fake, el } = await mountAccessLog({
        attributes: { live: true, 'live-interval': '30' },
        clientOptions: { retry: 0 },
      });
      await waitForRows(el);
      fake.fault('accessLogs.list', { status: 429, retryAfter: 30, times: 1 });
      await until(() => liveStatus(el).dataset.liveState === 'backoff');
      await findText(el, /Too many requests\. Try again in 30 s\. Trying again in 30 s\./);
      const count = listRequests(fake).length;
      await ticks(30, 5);
      expect(listRequests(fake).length).to.equal(count);
      const added = fake.addLogEntries(1);
      (await findByShadowRole(el, 'button', { name: 'Retry' })).click();
      await until(() => entryId(rows(el)[0]!) === added[0]!.id);
      expect(liveStatus(el).dataset.liveState).to.equal('polling');
    });
  });
});
