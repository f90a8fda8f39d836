/**
 * Every flow with the keyboard alone (Tab, Shift+Tab, Enter, Space, Escape, the arrow keys), as a
 * user who cannot use a pointer: nothing is clicked, and where focus lands after each dialog
 * closes is checked.
 */
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/access-log/index.js';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import { computeAccessibleName } from 'dom-accessibility-api';
import { listRequests, rows, waitForRows } from '../helpers/access-log.js';
import { until } from '../helpers/wait.js';
import { setupFake } from '../helpers/fake.js';
import { findText } from '../helpers/text.js';
import {
  mountTokenManager,
  noDialog,
  openDialog,
  stubClipboard,
} from '../helpers/token-manager.js';
import { DAY, HOUR } from '../../src/client/time.js';

type Key = Parameters<typeof sendKeys>[0];
const press = (key: string) => sendKeys({ press: key } as Key);

/** The focused element, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const nameOf = (element: Element | null) => (element ? computeAccessibleName(element) : '');

/** Presses Tab (or Shift+Tab) until the focused control's name matches; fails after `max`. */
async function tabTo(name: string | RegExp, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if (back) await sendKeys({ down: 'Shift' });
    await press('Tab');
    if (back) await sendKeys({ up: 'Shift' });
    if (nameOf(focused()).match(name)) return focused() as HTMLElement;
  }
  throw new Error(`Tab never reached ${String(name)}; focus is on ${nameOf(focused())}`);
}

async function focusLandsOn(name: string | RegExp) {
  await waitUntil(() => nameOf(focused()).match(name), `focus is on "${nameOf(focused())}"`, {
    timeout: 10_000,
  });
}

/** The checked radio of a dialog, by its label. */
const checked = (dialog: Element, group: string) =>
  nameOf(dialog.querySelector(`input[name=${group}]:checked`));

describe('keyboard only', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });
  before(() => setViewport({ width: 1280, height: 900 }));

  it('generates, reveals, rotates and revokes a token; focus returns where it belongs', async () => {
    const clipboard = stubClipboard(() => Promise.resolve());
    try {
      const { fake, el } = await mountTokenManager({ tokens: 3 });
      const token = fake.tokens.find((t) => t.status === 'active' && !t.replaced_by)!;

      // Generate: Enter opens the form on its Name.
      await tabTo('Generate token');
      await press('Enter');
      const form = await openDialog(el);
      await focusLandsOn('Name');
      await sendKeys({ type: 'Deploy bot' });
      // A scope with Space, the expiration with the arrows (90 days → 60 → 30 days).
      const scope = await tabTo(/./);
      expect(scope.getAttribute('type')).to.equal('checkbox');
      await press('Space');
      expect((scope as HTMLInputElement).checked).to.equal(true);
      await tabTo(/days/);
      expect(checked(form, 'expiry')).to.match(/90/);
      await press('ArrowUp');
      await press('ArrowUp');
      expect(checked(form, 'expiry')).to.match(/30/);
      await tabTo('Create token');
      await press('Enter');

      // The reveal: Copy (focused first), then Done; focus back on "Generate token".
      await waitUntil(() => el.shadowRoot!.querySelector('[part~=reveal-dialog][open]'));
      await focusLandsOn('Copy');
      await press('Enter');
      await findText(el, 'Copied');
      await tabTo('Done');
      await press('Enter');
      await noDialog(el);
      await focusLandsOn('Generate token');
      const created = fake.tokens.find((t) => t.name === 'Deploy bot')!;
      expect(created.scopes).to.have.length(1);
      expect(Date.parse(created.expires_at!) - Date.parse(created.created_at)).to.be.closeTo(
        30 * DAY,
        HOUR,
      );
      expect(clipboard.written).to.have.length(1);

      // Rotate: the confirmation opens on Cancel; Shift+Tab to the grace period, arrows to 7 days.
      await tabTo(`Rotate ${token.name}`);
      await press('Enter');
      const confirm = await openDialog(el);
      await focusLandsOn('Cancel');
      await tabTo(/hours/, { back: true });
      expect(checked(confirm, 'grace')).to.match(/24/);
      await press('ArrowDown');
      expect(checked(confirm, 'grace')).to.match(/7/);
      await tabTo('Rotate token');
      await press('Enter');
      await waitUntil(() => el.shadowRoot!.querySelector('[part~=reveal-dialog][open]'));
      await focusLandsOn('Copy');
      await press('Space');
      await findText(el, 'Copied');
      await tabTo('Done');
      await press('Space');
      await noDialog(el);
      // Its Rotate is gone (it was replaced): focus goes to the next control of its row.
      await focusLandsOn(`View activity for ${token.name}`);
      const rotated = fake.tokens.find((t) => t.id === token.id)!;
      expect(rotated.replaced_by).to.be.a('string');

      // Revoke: Escape cancels, back on Revoke; then Space, Tab to "Revoke token", Enter.
      const other = fake.tokens.find((t) => t.status === 'active' && !t.replaced_by)!;
      await tabTo(`Revoke ${other.name}`);
      await press('Enter');
      await openDialog(el);
      await focusLandsOn('Cancel');
      await press('Escape');
      await noDialog(el);
      await focusLandsOn(`Revoke ${other.name}`);
      await press('Space');
      await openDialog(el);
      await tabTo('Revoke token');
      await press('Enter');
      await noDialog(el);
      await waitUntil(() => fake.tokens.find((t) => t.id === other.id)!.status === 'revoked');
      // Its Revoke is gone: focus goes to its row.
      await focusLandsOn(`View activity for ${other.name}`);
    } finally {
      clipboard.restore();
    }
  });

  it('filters the log and opens and closes a row’s details', async () => {
    const { fake, client } = setupFake({ logEntries: 400 });
    const el = await fixture<OperatorAccessLog>(
      html`<operator-access-log .client=${client} range="30d"></operator-access-log>`,
    );
    await waitForRows(el);

    // The status filter with the arrows: "Any status" → "2xx".
    await tabTo('Status');
    await press('ArrowDown');
    await until(() => el.status === '2xx', `status is ${el.status}`);
    await until(() => listRequests(fake).at(-1)!.searchParams.get('status') === '2xx');
    // The search: typed, then Enter.
    await tabTo('Search');
    await sendKeys({ type: '/v1/agents' });
    await press('Enter');
    await until(() => el.q === '/v1/agents', `q is ${el.q}`);
    await until(() => rows(el).every((row) => row.textContent!.includes('/v1/agents')));

    // Live with Space.
    await tabTo('Live');
    await press('Space');
    await until(() => el.live);
    await press('Space');
    await until(() => !el.live);

    // The table's row group takes focus (it scrolls), then the first row's details button.
    await tabTo('Access log');
    expect(focused()!.getAttribute('role')).to.equal('rowgroup');
    const toggle = await tabTo(/^Details of /);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await press('Enter');
    await until(() => toggle.getAttribute('aria-expanded') === 'true');
    // The details' own control, then back with Shift+Tab, and closed with Space.
    await tabTo('Copy request ID');
    await tabTo(/^Details of /, { back: true });
    expect(focused()).to.equal(toggle);
    await press('Space');
    await until(() => toggle.getAttribute('aria-expanded') === 'false');
  });
});
