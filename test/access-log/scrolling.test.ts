import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { setViewport } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { findByShadowRole } from 'shadow-dom-testing-library';
import { findText } from '../helpers/text.js';
import {
  listRequests,
  mountAccessLog,
  rows,
  scroller,
  waitForRows,
} from '../helpers/access-log.js';
import { until } from '../helpers/wait.js';

describe('<operator-access-log> paging', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  // Wide enough for every column (narrower containers move IP and duration to the details).
  before(() => setViewport({ width: 1280, height: 900 }));

  describe('infinite scroll', () => {
    it('loads the next cursor page when scrolled to the end', async () => {
      const { fake, el } = await mountAccessLog({ attributes: { range: '30d' } });
      await waitForRows(el);
      expect(listRequests(fake)).to.have.length(1);
      const body = scroller(el);
      await until(() => {
        body.scrollTop = body.scrollHeight;
        return listRequests(fake).length >= 2;
      }, 'the second page was requested');
      const second = listRequests(fake)[1]!;
      expect(second.searchParams.get('cursor')).to.be.a('string');
      expect(second.searchParams.get('since')).to.equal(
        listRequests(fake)[0]!.searchParams.get('since'),
      );
      // The rows of the second page are reachable at the end.
      await until(() => {
        body.scrollTop = body.scrollHeight;
        return rows(el).some((row) => Number(row.getAttribute('aria-rowindex')) > 101);
      }, 'rows of the second page are shown');
      await expect(el).to.be.accessible();
    });

    it('shows a failed page with its own Retry, keeping what is loaded', async () => {
      const { fake, el } = await mountAccessLog({
        attributes: { range: '30d' },
        clientOptions: { retry: 0 },
      });
      await waitForRows(el);
      fake.fault('accessLogs.list', { status: 503, times: 1 });
      const body = scroller(el);
      await until(() => {
        body.scrollTop = body.scrollHeight;
        return listRequests(fake).length >= 2;
      });
      await findText(el, 'Older requests could not be loaded. Operator had a problem.');
      expect(rows(el).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      const retry = await findByShadowRole(el, 'button', { name: 'Retry loading older requests' });
      retry.click();
      await until(() => listRequests(fake).length === 3);
      await until(() => rows(el).some((row) => Number(row.getAttribute('aria-rowindex')) > 80));
      expect(listRequests(fake)[2]!.searchParams.get('cursor')).to.equal(
        listRequests(fake)[1]!.searchParams.get('cursor'),
      );
    });
  });

  describe('virtualization', () => {
    it('keeps the DOM small with 100,000 entries loaded', async function () {
      this.timeout(120_000);
      const { fake, el } = await mountAccessLog({
        fakeOptions: { logEntries: 100_000 },
        attributes: { range: '30d' },
      });
      await waitForRows(el);
      // The element's own paging, as scrolling to the end does it, page after page.
      while (listRequests(fake).length < 1000) {
        const before = listRequests(fake).length;
        await el.loadMore();
        if (listRequests(fake).length === before) break;
      }
      await findText(el, 'All 100,000 requests for these filters are shown.', 10_000);
      const body = scroller(el);
      body.scrollTop = body.scrollHeight / 2;
      await until(() => rows(el).some((row) => Number(row.getAttribute('aria-rowindex')) > 40_000));
      const rendered = el.shadowRoot!.querySelectorAll('[role=row]').length;
      expect(rendered).to.be.at.most(200);
      // To the end as a user drags there: the virtualizer measures the rows it draws, which moves
      // the end (its heights were estimates), so the scroller is taken to the end again until the
      // last row shows.
      await until(() => {
        body.scrollTop = body.scrollHeight;
        return rows(el).some((row) => row.getAttribute('aria-rowindex') === '100001');
      });
      expect(el.shadowRoot!.querySelectorAll('[role=row]').length).to.be.at.most(200);
      expect(listRequests(fake)).to.have.length(1000);
    });
  });
});
