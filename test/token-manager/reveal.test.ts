import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import {
  findByShadowRole,
  getByShadowRole,
  queryAllByShadowRole,
} from 'shadow-dom-testing-library';
import { deepText, findText } from '../helpers/text.js';
import {
  mountTokenManager,
  noDialog,
  openGenerateForm,
  stubClipboard,
  traces,
} from '../helpers/token-manager.js';
import { click } from '../helpers/user.js';

/** Generates a token and returns the reveal dialog, its field and the secret shown. */
async function reveal(el: OperatorTokenManager) {
  await click((await openGenerateForm(el)).dialog, 'Create token');
  const dialog = await findByShadowRole<HTMLDialogElement>(el, 'dialog', {
    name: /Your new secret/,
  });
  const field = dialog.querySelector<HTMLInputElement>('#secret')!;
  await waitUntil(() => field.value);
  return { dialog, field, secret: field.value };
}

describe('<operator-token-manager> reveal once', () => {
  let clipboard: ReturnType<typeof stubClipboard> | undefined;
  afterEach(() => clipboard?.restore());

  it('shows the secret masked, read-only and monospace, with a Show/Hide toggle and a warning', async () => {
    const { el } = await mountTokenManager();
    const { dialog, field, secret } = await reveal(el);
    expect(secret).to.match(/^op_test_\w{20,}$/);
    expect(field.type).to.equal('password');
    expect(field.readOnly).to.be.true;
    expect(field.labels![0]!.textContent!.trim()).to.equal('Secret');
    expect(getComputedStyle(field).fontFamily).to.match(/mono/i);
    expect(deepText(dialog)).to.include('it will not be shown again');
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Copy');
    await expect(el).to.be.accessible();
    await click(dialog, 'Show');
    await waitUntil(() => field.type === 'text');
    await click(dialog, 'Hide');
    await waitUntil(() => field.type === 'password');
    expect(field.value).to.equal(secret);
  });

  it('copies while masked, says so in a live region, and fires operator-secret-copied', async () => {
    clipboard = stubClipboard(() => Promise.resolve());
    const { el } = await mountTokenManager();
    const created = oneEvent(el, 'operator-token-created');
    const { dialog, field, secret } = await reveal(el);
    const { detail: createdDetail } = await created;
    const copied = oneEvent(el, 'operator-secret-copied');
    await click(dialog, 'Copy');
    const { detail } = await copied;
    expect(detail).to.deep.equal({ tokenId: createdDetail.token.id });
    expect(clipboard.written).to.deep.equal([secret]);
    expect(field.type).to.equal('password');
    await findText(getByShadowRole(dialog, 'status'), 'Copied to the clipboard.');
    await expect(el).to.be.accessible();
    await click(dialog, 'Done');
    await noDialog(el);
  });

  for (const [when, writeText] of [
    ['refused', () => Promise.reject(new DOMException('Denied', 'NotAllowedError'))],
    ['missing', undefined],
  ] as const) {
    it(`selects the text and says to press Ctrl+C when the Clipboard API is ${when}`, async () => {
      clipboard = stubClipboard(writeText);
      const { el } = await mountTokenManager();
      const { dialog, field, secret } = await reveal(el);
      await click(dialog, 'Copy');
      await findText(getByShadowRole(dialog, 'status'), /press (Ctrl\+C|⌘\+C)/);
      expect(field.type).to.equal('text');
      expect(el.shadowRoot!.activeElement).to.equal(field);
      expect(field.value.slice(field.selectionStart!, field.selectionEnd!)).to.equal(secret);
      await expect(el).to.be.accessible();
      const copied = oneEvent(el, 'operator-secret-copied');
      const modifier = navigator.platform.startsWith('Mac') ? 'Meta' : 'Control';
      await sendKeys({ down: modifier });
      await sendKeys({ press: 'KeyC' });
      await sendKeys({ up: modifier });
      await copied;
      await findText(getByShadowRole(dialog, 'status'), 'Copied to the clipboard.');
      await click(dialog, 'Done');
      await noDialog(el);
    });
  }

  it('asks before "Done" when nothing was copied', async () => {
    const { el } = await mountTokenManager();
    const opener = getByShadowRole(el, 'button', { name: 'Generate token' });
    const { dialog, secret } = await reveal(el);
    await click(dialog, 'Done');
    await findText(getByShadowRole(dialog, 'alert'), 'You have not copied the secret.');
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Go back');
    await expect(el).to.be.accessible();
    await click(dialog, 'Go back');
    await waitUntil(() => el.shadowRoot!.activeElement?.textContent?.trim() === 'Copy');
    expect(dialog.open).to.be.true;
    await click(dialog, 'Done');
    await click(dialog, 'Close without copying');
    await noDialog(el);
    await waitUntil(() => el.shadowRoot!.activeElement === opener);
    expect(traces(el, secret)).to.deep.equal([]);
  });

  it('does not let Escape drop the secret before the confirmation', async () => {
    const { el } = await mountTokenManager();
    const { dialog, field, secret } = await reveal(el);
    await sendKeys({ press: 'Escape' });
    await findText(dialog, 'You have not copied the secret.');
    expect(dialog.open).to.be.true;
    expect(field.value).to.equal(secret);
    await sendKeys({ press: 'Escape' });
    await noDialog(el);
    await waitUntil(() => !traces(el, secret).length, 'the secret stayed after closing');
  });

  it('leaves no trace of the secret once closed: DOM, attributes, state, events', async () => {
    clipboard = stubClipboard(() => Promise.resolve());
    const { el } = await mountTokenManager();
    const details: unknown[] = [];
    for (const type of ['operator-token-created', 'operator-secret-copied', 'operator-error'])
      el.addEventListener(type, (e) => details.push((e as CustomEvent).detail));
    const { dialog, secret } = await reveal(el);
    expect(traces(el, secret)).to.deep.equal(['value of <input> secret']);
    await click(dialog, 'Copy');
    await findText(dialog, 'Copied');
    await click(dialog, 'Done');
    await noDialog(el);
    expect(traces(el, secret)).to.deep.equal([]);
    await waitUntil(() => !el.shadowRoot!.querySelector('#secret'), 'the field stayed');
    expect(JSON.stringify(details)).not.to.include(secret.slice(-12));
    expect(
      JSON.stringify(sessionStorage) + JSON.stringify(localStorage) + location.href,
    ).not.to.include(secret.slice(-12));
  });

  it('stays while another request fails, or the element becomes read-only', async () => {
    const { fake, el } = await mountTokenManager();
    const { dialog, field, secret } = await reveal(el);
    fake.fault('tokens.list', { status: 500 });
    el.pageSize = 10;
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part~=error]'),
      'the reload did not fail',
      {
        timeout: 5000,
      },
    );
    el.readonly = true;
    await el.updateComplete;
    expect(dialog.open).to.be.true;
    expect(field.value).to.equal(secret);
    expect(queryAllByShadowRole(dialog, 'button', { name: 'Copy' })).to.have.length(1);
  });

  it('forgets the secret when the element is taken off the page', async () => {
    const { el } = await mountTokenManager();
    const { secret } = await reveal(el);
    el.remove();
    expect(traces(el, secret)).to.deep.equal([]);
  });
});
