import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { getByShadowRole } from 'shadow-dom-testing-library';
import {
  cells,
  listRequests,
  mountAccessLog,
  rows,
  scroller,
  waitForRows,
} from '../helpers/access-log.js';
import { until } from '../helpers/wait.js';

// A network blip when the log first needs its virtualizer: this file's page fails the requests
// for it (the `offline` command of web-test-runner.config.js). A failed dynamic import stays
// failed for the page, so every test here runs without the virtualizer.
describe('<operator-access-log> when its virtualizer cannot be fetched', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    await executeServerCommand('offline', '/@lit-labs/virtualizer/');
  });
  after(() => executeServerCommand('offline', ''));

  it('still shows every loaded entry, and loads more at the end of the scroll', async () => {
    const { fake, el } = await mountAccessLog({ attributes: { range: '30d' } });
    const first = await waitForRows(el);
    expect(first).to.have.length(100);
    const newest = (await el.client!.accessLogs.list({ limit: 1 })).data[0]!;
    expect(cells(first[0]!).join(' ')).to.include(newest.path);
    await expect(el).to.be.accessible();

    const body = scroller(el);
    await until(() => {
      body.scrollTop = body.scrollHeight;
      return rows(el).length > 100;
    }, 'the second page was not shown');
    expect(listRequests(fake).filter((url) => url.searchParams.has('cursor'))).to.have.length(1);
    expect(rows(el).map((row) => row.getAttribute('aria-rowindex'))).to.include('150');
  });

  it('loads pages until the rows fill the table, when a page is small', async () => {
    const { fake, el } = await mountAccessLog({ attributes: { range: '30d', 'page-size': '5' } });
    await waitForRows(el);
    const body = scroller(el);
    // Filled, and every page asked for is shown.
    await until(
      () =>
        body.scrollHeight > body.clientHeight && rows(el).length === 5 * listRequests(fake).length,
      'the rows never filled the table',
    );
    expect(listRequests(fake).length).to.be.greaterThan(2);
  });

  it('still expands an entry to its details', async () => {
    const { el } = await mountAccessLog();
    const [row] = await waitForRows(el);
    const toggle = getByShadowRole(row!, 'button');
    toggle.click();
    await until(() => toggle.getAttribute('aria-expanded') === 'true', 'the details did not open');
    const details = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(details.textContent).to.match(/req_/);
    await expect(el).to.be.accessible();
  });
});
