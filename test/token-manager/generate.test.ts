import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RecordedRequest } from '../../src/mocks/index.js';
import {
  findByShadowRole,
  getByShadowRole,
  queryAllByShadowRole,
} from 'shadow-dom-testing-library';
import { fakeClock } from '../helpers/clock.js';
import { deepText, findText } from '../helpers/text.js';
import {
  mountTokenManager,
  names,
  noDialog,
  openDialog,
  stubClipboard,
  openGenerateForm,
} from '../helpers/token-manager.js';
import { click } from '../helpers/user.js';
import { DAY } from '../../src/client/time.js';

const posts = (fake: { requests: ReadonlyArray<RecordedRequest> }) =>
  fake.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/tokens'));

describe('<operator-token-manager> generate', () => {
  // Dates are computed from a page clock that stands still, so that they can be exact.
  fakeClock(['Date']);

  it('opens a form: name with a hint, scopes from the API, expiration 90 days by default', async () => {
    const { el } = await mountTokenManager();
    const { dialog, name } = await openGenerateForm(el);
    expect(el.shadowRoot!.activeElement).to.equal(name);
    expect(deepText(dialog)).to.include('CRM Integration');
    await findByShadowRole(dialog, 'checkbox', { name: 'Read conversations' });
    expect(deepText(dialog)).to.include('None selected gives the token full access.');
    expect(getByShadowRole<HTMLInputElement>(dialog, 'radio', { name: '90 days' }).checked).to.be
      .true;
    await expect(el).to.be.accessible();
  });

  it('creates a token with the chosen name, scopes and expiration, listed first', async () => {
    const { fake, el } = await mountTokenManager();
    const { dialog } = await openGenerateForm(el, 'CRM Integration');
    (await findByShadowRole(dialog, 'checkbox', { name: 'Read conversations' })).click();
    getByShadowRole(dialog, 'checkbox', { name: 'Write conversations' }).click();
    getByShadowRole(dialog, 'radio', { name: '30 days' }).click();
    const created = oneEvent(el, 'operator-token-created');
    await click(dialog, 'Create token');
    const { detail } = await created;
    const body = posts(fake)[0]!.body as { name: string; scopes: string[]; expires_at: string };
    expect(body.name).to.equal('CRM Integration');
    expect(body.scopes).to.deep.equal(['conversations:read', 'conversations:write']);
    expect(Date.parse(body.expires_at) - Date.now()).to.equal(30 * DAY);
    expect(detail.token.name).to.equal('CRM Integration');
    expect(JSON.stringify(detail)).not.to.match(/secret/);
    await findByShadowRole(el, 'dialog', { name: 'Your new secret for “CRM Integration”' });
    expect(names(el)[0]).to.equal('CRM Integration');
  });

  it('warns about no expiration, and sends none', async () => {
    const { fake, el } = await mountTokenManager();
    const { dialog } = await openGenerateForm(el);
    (await findByShadowRole(dialog, 'radio', { name: 'No expiration' })).click();
    await findText(dialog, 'A token without expiration works until someone revokes it.');
    await expect(el).to.be.accessible();
    await click(dialog, 'Create token');
    await waitUntil(() => posts(fake).length === 1);
    const body = posts(fake)[0]!.body as Record<string, unknown>;
    expect(body.expires_at).to.equal(null);
    expect(body).not.to.have.property('name');
  });

  it('validates a custom date inline, then expires at the end of that day', async () => {
    const { fake, el } = await mountTokenManager();
    const { dialog } = await openGenerateForm(el);
    (await findByShadowRole(dialog, 'radio', { name: 'Custom date' })).click();
    const date = await waitUntil(() =>
      dialog.querySelector<HTMLInputElement>('input[type=date]'),
    ).then(() => dialog.querySelector<HTMLInputElement>('input[type=date]')!);
    expect(date.labels![0]!.textContent!.trim()).to.equal('Expiration date');
    await click(dialog, 'Create token');
    await findText(dialog, 'Choose the date the token stops working.');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(date);
    await expect(el).to.be.accessible();
    date.value = '2026-06-03'; // today on the page's clock (NOW)
    await click(dialog, 'Create token');
    await findText(dialog, 'Choose a date after today.');
    expect(posts(fake)).to.have.length(0);
    date.value = '2026-06-13';
    await click(dialog, 'Create token');
    await waitUntil(() => posts(fake).length === 1);
    // The last second of that day, in the page's time zone.
    expect((posts(fake)[0]!.body as { expires_at: string }).expires_at).to.equal(
      new Date(2026, 5, 13, 23, 59, 59).toISOString(),
    );
  });

  it('refuses a name over 64 characters inline, keeping the input', async () => {
    const { fake, el } = await mountTokenManager();
    const { dialog, name } = await openGenerateForm(el);
    name.value = 'x'.repeat(70);
    await click(dialog, 'Create token');
    await findText(dialog, 'Use at most 64 characters (this name has 70).');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(name);
    expect(name.value).to.have.length(70);
    expect(posts(fake)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it("puts a server's 422 on its field (scopes, expiration)", async () => {
    const { fake, el } = await mountTokenManager();
    fake.fault('scopes.list', {
      body: { data: [{ id: 'bogus:scope', label: 'Bogus', description: 'Not on offer.' }] },
    });
    await click(el, 'Generate token');
    const dialog = await openDialog(el);
    const bogus = await findByShadowRole<HTMLInputElement>(dialog, 'checkbox', { name: 'Bogus' });
    bogus.click();
    await click(dialog, 'Create token');
    await findText(dialog, 'Unknown scope bogus:scope');
    expect(bogus.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(bogus);
    await expect(el).to.be.accessible();
    bogus.click();
    fake.clock.advance(100 * DAY);
    await click(dialog, 'Create token');
    await findText(dialog, 'expires_at must be in the future.');
    const ninety = getByShadowRole<HTMLInputElement>(dialog, 'radio', { name: '90 days' });
    expect(ninety.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(ninety);
  });

  it("puts a server's 422 on the name, keeping what was typed", async () => {
    const { fake, el } = await mountTokenManager();
    const before = fake.tokens.length;
    const message = 'A token named "CRM Integration" already exists.';
    fake.fault('tokens.create', { status: 422, field: 'name', message, times: 1 });
    const { dialog, name } = await openGenerateForm(el, 'CRM Integration');
    await click(dialog, 'Create token');
    await findText(dialog, message);
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(name);
    expect(name.value).to.equal('CRM Integration');
    expect(fake.tokens).to.have.length(before);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' (EU)' });
    await click(dialog, 'Create token');
    await findByShadowRole(el, 'dialog', { name: /Your new secret/ });
    expect(fake.tokens[0]!.name).to.equal('CRM Integration (EU)');
  });

  it('hides the scopes when the plan has none', async () => {
    const { el } = await mountTokenManager({ scopes: [] });
    await click(el, 'Generate token');
    const dialog = await openDialog(el);
    await findByShadowRole(dialog, 'radio', { name: '90 days' });
    await waitUntil(() => !deepText(dialog).includes('Loading'));
    expect(queryAllByShadowRole(dialog, 'group', { name: 'Scopes' })).to.have.length(0);
    expect(queryAllByShadowRole(dialog, 'checkbox')).to.have.length(0);
  });

  it('creates one token from a double click', async () => {
    const { fake, el } = await mountTokenManager();
    const before = fake.tokens.length;
    await click(el, 'Generate token');
    const dialog = await openDialog(el);
    await findByShadowRole(dialog, 'checkbox', { name: 'Read conversations' });
    const create = getByShadowRole(dialog, 'button', { name: 'Create token' });
    create.click();
    create.click();
    await findByShadowRole(el, 'dialog', { name: /Your new secret/ });
    expect(posts(fake)).to.have.length(1);
    expect(fake.tokens).to.have.length(before + 1);
  });

  it('creates one token from Enter pressed twice', async () => {
    const { fake, el } = await mountTokenManager();
    fake.fault('tokens.create', { latency: 150 });
    await click(el, 'Generate token');
    const dialog = await openDialog(el);
    await findByShadowRole(dialog, 'checkbox', { name: 'Read conversations' });
    getByShadowRole(dialog, 'textbox', { name: 'Name' }).focus();
    await sendKeys({ type: 'Twice' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await findByShadowRole(el, 'dialog', { name: /Your new secret for “Twice”/ });
    expect(posts(fake)).to.have.length(1);
    expect(fake.tokens.filter((t) => t.name === 'Twice')).to.have.length(1);
  });

  it('closes on Cancel and on Escape, back on "Generate token", creating nothing', async () => {
    const { fake, el } = await mountTokenManager();
    const opener = await findByShadowRole(el, 'button', { name: 'Generate token' });
    opener.click();
    await click(await openDialog(el), 'Cancel');
    await noDialog(el);
    await waitUntil(() => el.shadowRoot!.activeElement === opener);
    opener.click();
    await openDialog(el);
    await sendKeys({ press: 'Escape' });
    await noDialog(el);
    await waitUntil(() => el.shadowRoot!.activeElement === opener);
    expect(posts(fake)).to.have.length(0);
  });

  it('works from the empty state', async () => {
    const { el } = await mountTokenManager({ tokens: 0 });
    const clipboard = stubClipboard(() => Promise.resolve());
    try {
      await click((await openGenerateForm(el)).dialog, 'Create token');
      const reveal = await findByShadowRole(el, 'dialog', { name: /Your new secret/ });
      await click(reveal, 'Copy');
      await findText(reveal, 'Copied');
      await click(reveal, 'Done');
      await noDialog(el);
      expect(names(el)).to.deep.equal(['Untitled token']);
      await waitUntil(() => el.shadowRoot!.activeElement?.textContent?.trim() === 'Generate token');
    } finally {
      clipboard.restore();
    }
  });

  // The form's dialog is made by that first click, and drawn by the next render: a removal before
  // it must still close the form cleanly.
  it('taken off the page in the task that first opens the form, closes it without an error', async () => {
    const { el } = await mountTokenManager();
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    addEventListener('error', onError);
    try {
      getByShadowRole(el, 'button', { name: 'Generate token' }).click();
      el.remove();
    } finally {
      removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    document.body.append(el);
    await el.updateComplete;
    await noDialog(el);
    await openGenerateForm(el);
    el.remove();
  });
});
