import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import {
  findByShadowRole,
  getByShadowRole,
  queryAllByShadowRole,
} from 'shadow-dom-testing-library';
import { mountTokenManager, names, noDialog, openDialog, rowOf } from '../helpers/token-manager.js';
import { click } from '../helpers/user.js';

/** The rows drawn now, below the header row. */
const bodyRows = (el: OperatorTokenManager) => queryAllByShadowRole(el, 'row').slice(1);

/** Scrolls the page until the row of `prefix` is drawn, and returns it. */
async function scrollToRow(el: OperatorTokenManager, prefix: string, bottom: boolean) {
  await waitUntil(
    () => {
      window.scrollTo(0, bottom ? document.documentElement.scrollHeight : 0);
      return hasRow(el, prefix);
    },
    `no row of ${prefix} was drawn`,
    { timeout: 5000 },
  );
  return rowOf(el, prefix);
}

function hasRow(el: OperatorTokenManager, prefix: string) {
  try {
    return !!rowOf(el, prefix);
  } catch {
    return false;
  }
}

// Past a page of the most rows the API gives (100), the table draws only the rows near the
// viewport (the virtualizer, as in the access log); the first page is drawn whole, at once.
describe('<operator-token-manager> with more rows than a page', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });
  before(() => setViewport({ width: 1280, height: 700 }));
  afterEach(() => window.scrollTo(0, 0));

  async function twoPages() {
    const { fake, el } = await mountTokenManager({ tokens: 250 }, { pageSize: 100 });
    expect(names(el)).to.have.length(100);
    await click(el, 'Load more');
    const table = await findByShadowRole(el, 'table', { name: 'API tokens' });
    await waitUntil(() => table.getAttribute('aria-rowcount') === '201', 'the page did not come');
    await waitUntil(() => names(el).length && names(el).length < 100, 'every row is still drawn');
    return { fake, el, tokens: fake.tokens.slice(0, 200), table };
  }

  it('draws the rows in view, in order, numbered among all of them, and ends with "Load more"', async () => {
    const { el, tokens } = await twoPages();
    const drawn = names(el);
    expect(drawn).to.deep.equal(tokens.slice(0, drawn.length).map((token) => token.name));
    expect(bodyRows(el).map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(
      drawn.map((_, i) => String(i + 2)),
    );
    await expect(el).to.be.accessible();

    const last = tokens.at(-1)!;
    const row = await scrollToRow(el, last.prefix, true);
    expect(row.getAttribute('aria-rowindex')).to.equal('201');
    expect(names(el)).not.to.include(tokens[0]!.name);
    // "Load more" comes after the last row.
    const more = getByShadowRole(el, 'button', { name: 'Load more' });
    expect(more.getBoundingClientRect().top).to.be.at.least(row.getBoundingClientRect().bottom);
    await expect(el).to.be.accessible();
  });

  it('lets the keyboard go on past the rows drawn: the next ones are drawn as focus nears them', async () => {
    const { el } = await twoPages();
    const index = (node: Element | null) =>
      Number(node?.closest('tr')?.getAttribute('aria-rowindex'));
    const focusables = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody button, tbody [tabindex="0"]')].sort(
        (a, b) => index(a) - index(b),
      );
    // The last control drawn, focused (the page scrolls to it), then Tab: the next row's.
    const last = focusables().at(-1)!;
    const row = index(last);
    last.focus();
    await waitUntil(() => focusables().some((node) => index(node) > row), 'no row was drawn next');
    await sendKeys({ press: 'Tab' });
    expect(index(el.shadowRoot!.activeElement)).to.equal(row + 1);
  });

  it("acts on a row by its buttons' names, and gives focus back to the row drawn anew", async () => {
    const { el, tokens } = await twoPages();
    const token = tokens.filter((t) => t.status === 'active' && !t.replaced_by).at(-1)!;
    const row = await scrollToRow(el, token.prefix, true);
    getByShadowRole(row, 'button', { name: `Revoke ${token.name}` }).click();
    const dialog = await openDialog(el);
    await findByShadowRole(dialog, 'heading', { name: `Revoke “${token.name}”?` });
    // While it is open, the page scrolls away and back: the row is drawn again, a new element.
    window.scrollTo(0, 0);
    await waitUntil(() => !row.isConnected, 'the row stayed drawn');
    const again = await scrollToRow(el, token.prefix, true);
    getByShadowRole(dialog, 'button', { name: 'Cancel' }).click();
    await noDialog(el);
    const view = getByShadowRole(again, 'button', { name: `View activity for ${token.name}` });
    await waitUntil(
      () => el.shadowRoot!.activeElement === view,
      'focus did not go back to the row',
    );
  });
});
