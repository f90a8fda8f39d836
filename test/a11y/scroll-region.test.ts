/**
 * The demo as a new user meets it: the access log below the fold, where the virtualizer draws no
 * row yet, so its scrolling row group has no focusable content. axe reported a serious
 * `scrollable-region-focusable` there; the row group is now focusable itself, with a name.
 */
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/access-log/index.js';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import { scroller } from '../helpers/access-log.js';
import { until } from '../helpers/wait.js';
import { setupFake } from '../helpers/fake.js';
import { getByShadowRole } from 'shadow-dom-testing-library';
import { violations } from './support.js';

describe("the access log's scrolling table", () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });
  before(() => setViewport({ width: 1280, height: 900 }));

  it('is focusable and named, below the fold with no row drawn (the demo on a first visit)', async () => {
    const { client } = setupFake({ logEntries: 400 });
    // The demo's page: a header, an intro, the token manager's card, then the log's card.
    const page = await fixture<HTMLElement>(
      html`<main>
        <section style="height: 150vh">Tokens</section>
        <section>
          <operator-access-log .client=${client} range="30d"></operator-access-log>
        </section>
      </main>`,
    );
    const el = page.querySelector<OperatorAccessLog>('operator-access-log')!;
    await until(() => el.shadowRoot!.querySelector('[part=body]')?.scrollHeight);
    const body = scroller(el);
    // The virtualizer sizes the scroller for every entry but draws none out of view.
    await until(() => body.scrollHeight > body.clientHeight, 'the row group does not scroll');
    expect(body.querySelector('button')).to.equal(null);

    expect(await violations(page)).to.deep.equal([]);
    expect(getByShadowRole(el, 'rowgroup', { name: 'Access log' })).to.equal(body);

    // The keyboard reaches it, and scrolls it.
    body.scrollIntoView();
    await until(() => body.querySelector('button'), 'no row drawn in view');
    body.focus();
    expect(el.shadowRoot!.activeElement).to.equal(body);
    await sendKeys({ press: 'PageDown' });
    await until(() => body.scrollTop > 0, 'PageDown did not scroll the table');
  });
});
