import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { setViewport } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { findText } from '../helpers/queries.js';
import { listRequests, logFixture, rows, scroller, until, waitForRows } from './helpers.js';

describe('<operator-access-log> paging', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  // Wide enough for every column (narrower containers move IP and duration to the details).
  before(() => setViewport({ width: 1280, height: 900 }));

  describe('infinite scroll', () => {
    it('loads the next cursor page when scrolled to the end', async () => {
      const { api, el } = await logFixture({ attributes: { range: '30d' } });
      await waitForRows(el);
      expect(listRequests(api)).to.have.length(1);
      const body = scroller(el);
      await until(() => {
        body.scrollTop = body.scrollHeight;
        return listRequests(api).length >= 2;
      }, 'the second page was requested');
      const second = listRequests(api)[1]!;
      expect(second.searchParams.get('cursor')).to.be.a('string');
      expect(second.searchParams.get('since')).to.equal(
        listRequests(api)[0]!.searchParams.get('since'),
      );
      // The rows of the second page are reachable at the end.
      await until(() => {
        body.scrollTop = body.scrollHeight;
        return rows(el).some((row) => Number(row.getAttribute('aria-rowindex')) > 101);
      }, 'rows of the second page are shown');
      await expect(el).to.be.accessible();
    });

    it('shows a failed page with its own Retry, keeping what is loaded', async () => {
      const { api, el } = await logFixture({ attributes: { range: '30d' }, client: { retry: 0 } });
      await waitForRows(el);
      api.fault('accessLogs.list', { status: 503, times: 1 });
      const body = scroller(el);
      await until(() => {
        body.scrollTop = body.scrollHeight;
        return listRequests(api).length >= 2;
      });
      await findText(el, 'Older requests could not be loaded. Operator had a problem.');
      expect(rows(el).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      const retry = await import('../helpers/queries.js').then((q) =>
        q.findByRole(el, 'button', { name: 'Retry loading older requests' }),
      );
      retry.click();
      await until(() => listRequests(api).length === 3);
      await until(() => rows(el).some((row) => Number(row.getAttribute('aria-rowindex')) > 80));
      expect(listRequests(api)[2]!.searchParams.get('cursor')).to.equal(
        listRequests(api)[1]!.searchParams.get('cursor'),
      );
    });
  });

  describe('virtualization', () => {
    it('keeps the DOM small with 100,000 entries loaded', async function () {
      this.timeout(120_000);
      const { api, el } = await logFixture({
        fake: { logEntries: 100_000 },
        attributes: { range: '30d' },
      });
      await waitForRows(el);
      // The element's own paging, as scrolling to the end does it, page after page.
      while (listRequests(api).length < 1000) {
        const before = listRequests(api).length;
        await el.loadMore();
        if (listRequests(api).length === before) break;
      }
      await findText(el, 'All 100,000 requests for these filters are shown.', 10_000);
      const body = scroller(el);
      body.scrollTop = body.scrollHeight / 2;
      await until(() => rows(el).some((row) => Number(row.getAttribute('aria-rowindex')) > 40_000));
      const rendered = el.shadowRoot!.querySelectorAll('[role=row]').length;
      expect(rendered).to.be.at.most(200);
      body.scrollTop = body.scrollHeight;
      await until(() => rows(el).some((row) => row.getAttribute('aria-rowindex') === '100001'));
      expect(el.shadowRoot!.querySelectorAll('[role=row]').length).to.be.at.most(200);
      expect(listRequests(api)).to.have.length(1000);
    });
  });
});
