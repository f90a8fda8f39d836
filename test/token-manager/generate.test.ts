import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RecordedRequest } from '../../src/mocks/index.js';
import { deepText, findByRole, findText, getByRole, queryAllByRole } from '../helpers/queries.js';
import {
  click,
  DAY,
  mount,
  names,
  noDialog,
  openDialog,
  stubClipboard,
  openGenerateForm,
} from './setup.js';

const posts = (api: { requests: ReadonlyArray<RecordedRequest> }) =>
  api.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/tokens'));

describe('<operator-token-manager> generate', () => {
  it('opens a form: name with a hint, scopes from the API, expiration 90 days by default', async () => {
    const { el } = await mount();
    const { dialog, name } = await openGenerateForm(el);
    expect(el.shadowRoot!.activeElement).to.equal(name);
    expect(deepText(dialog)).to.include('CRM Integration');
    await findByRole(dialog, 'checkbox', { name: 'Read conversations' });
    expect(deepText(dialog)).to.include('None selected gives the token full access.');
    expect(getByRole<HTMLInputElement>(dialog, 'radio', { name: '90 days' }).checked).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('creates a token with the chosen name, scopes and expiration, listed first', async () => {
    const { api, el } = await mount();
    const { dialog } = await openGenerateForm(el, 'CRM Integration');
    (await findByRole(dialog, 'checkbox', { name: 'Read conversations' })).click();
    getByRole(dialog, 'checkbox', { name: 'Write conversations' }).click();
    getByRole(dialog, 'radio', { name: '30 days' }).click();
    const created = oneEvent(el, 'operator-token-created');
    await click(dialog, 'Create token');
    const { detail } = await created;
    const body = posts(api)[0]!.body as { name: string; scopes: string[]; expires_at: string };
    expect(body.name).to.equal('CRM Integration');
    expect(body.scopes).to.deep.equal(['conversations:read', 'conversations:write']);
    expect(Date.parse(body.expires_at) - Date.now()).to.be.within(30 * DAY - 60_000, 30 * DAY);
    expect(detail.token.name).to.equal('CRM Integration');
    expect(JSON.stringify(detail)).not.to.match(/secret/);
    await findByRole(el, 'dialog', { name: 'Your new secret for “CRM Integration”' });
    expect(names(el)[0]).to.equal('CRM Integration');
  });

  it('warns about no expiration, and sends none', async () => {
    const { api, el } = await mount();
    const { dialog } = await openGenerateForm(el);
    (await findByRole(dialog, 'radio', { name: 'No expiration' })).click();
    await findText(dialog, 'A token without expiration works until someone revokes it.');
    await expect(el).to.be.accessible();
    await click(dialog, 'Create token');
    await waitUntil(() => posts(api).length === 1);
    const body = posts(api)[0]!.body as Record<string, unknown>;
    expect(body.expires_at).to.equal(null);
    expect(body).not.to.have.property('name');
  });

  it('validates a custom date inline, then expires at the end of that day', async () => {
    const { api, el } = await mount();
    const { dialog } = await openGenerateForm(el);
    (await findByRole(dialog, 'radio', { name: 'Custom date' })).click();
    const date = await waitUntil(() =>
      dialog.querySelector<HTMLInputElement>('input[type=date]'),
    ).then(() => dialog.querySelector<HTMLInputElement>('input[type=date]')!);
    expect(date.labels![0]!.textContent!.trim()).to.equal('Expiration date');
    await click(dialog, 'Create token');
    await findText(dialog, 'Choose the date the token stops working.');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(date);
    await expect(el).to.be.accessible();
    const day = (ms: number) =>
      new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
    date.value = day(Date.now());
    await click(dialog, 'Create token');
    await findText(dialog, 'Choose a date after today.');
    expect(posts(api)).to.have.length(0);
    date.value = day(Date.now() + 10 * DAY);
    await click(dialog, 'Create token');
    await waitUntil(() => posts(api).length === 1);
    const expires = new Date((posts(api)[0]!.body as { expires_at: string }).expires_at);
    expect([expires.getHours(), expires.getMinutes()]).to.deep.equal([23, 59]);
    expect(day(expires.getTime())).to.equal(date.value);
  });

  it('refuses a name over 64 characters inline, keeping the input', async () => {
    const { api, el } = await mount();
    const { dialog, name } = await openGenerateForm(el);
    name.value = 'x'.repeat(70);
    await click(dialog, 'Create token');
    await findText(dialog, 'Use at most 64 characters (this name has 70).');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(name);
    expect(name.value).to.have.length(70);
    expect(posts(api)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it("puts a server's 422 on its field (scopes, expiration)", async () => {
    const { api, el } = await mount();
    api.fault('scopes.list', {
      body: { data: [{ id: 'bogus:scope', label: 'Bogus', description: 'Not on offer.' }] },
    });
    await click(el, 'Generate token');
    const dialog = await openDialog(el);
    const bogus = await findByRole<HTMLInputElement>(dialog, 'checkbox', { name: 'Bogus' });
    bogus.click();
    await click(dialog, 'Create token');
    await findText(dialog, 'Unknown scope bogus:scope');
    expect(bogus.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(bogus);
    await expect(el).to.be.accessible();
    bogus.click();
    api.clock.advance(100 * DAY);
    await click(dialog, 'Create token');
    await findText(dialog, 'expires_at must be in the future.');
    const ninety = getByRole<HTMLInputElement>(dialog, 'radio', { name: '90 days' });
    expect(ninety.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(ninety);
  });

  it("puts a server's 422 on the name, keeping what was typed", async () => {
    const { api, el } = await mount();
    const before = api.tokens.length;
    const message = 'A token named "CRM Integration" already exists.';
    api.fault('tokens.create', { status: 422, field: 'name', message, times: 1 });
    const { dialog, name } = await openGenerateForm(el, 'CRM Integration');
    await click(dialog, 'Create token');
    await findText(dialog, message);
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(name);
    expect(name.value).to.equal('CRM Integration');
    expect(api.tokens).to.have.length(before);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' (EU)' });
    await click(dialog, 'Create token');
    await findByRole(el, 'dialog', { name: /Your new secret/ });
    expect(api.tokens[0]!.name).to.equal('CRM Integration (EU)');
  });

  it('hides the scopes when the plan has none', async () => {
    const { el } = await mount({ scopes: [] });
    await click(el, 'Generate token');
    const dialog = await openDialog(el);
    await findByRole(dialog, 'radio', { name: '90 days' });
    await waitUntil(() => !deepText(dialog).includes('Loading'));
    expect(queryAllByRole(dialog, 'group', { name: 'Scopes' })).to.have.length(0);
    expect(queryAllByRole(dialog, 'checkbox')).to.have.length(0);
  });

  it('creates one token from a double click', async () => {
    const { api, el } = await mount();
    const before = api.tokens.length;
    await click(el, 'Generate token');
    const dialog = await openDialog(el);
    await findByRole(dialog, 'checkbox', { name: 'Read conversations' });
    const create = getByRole(dialog, 'button', { name: 'Create token' });
    create.click();
    create.click();
    await findByRole(el, 'dialog', { name: /Your new secret/ });
    expect(posts(api)).to.have.length(1);
    expect(api.tokens).to.have.length(before + 1);
  });

  it('creates one token from Enter pressed twice', async () => {
    const { api, el } = await mount();
    api.fault('tokens.create', { latency: 150 });
    await click(el, 'Generate token');
    const dialog = await openDialog(el);
    await findByRole(dialog, 'checkbox', { name: 'Read conversations' });
    getByRole(dialog, 'textbox', { name: 'Name' }).focus();
    await sendKeys({ type: 'Twice' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await findByRole(el, 'dialog', { name: /Your new secret for “Twice”/ });
    expect(posts(api)).to.have.length(1);
    expect(api.tokens.filter((t) => t.name === 'Twice')).to.have.length(1);
  });

  it('closes on Cancel and on Escape, back on "Generate token", creating nothing', async () => {
    const { api, el } = await mount();
    const opener = await findByRole(el, 'button', { name: 'Generate token' });
    opener.click();
    await click(await openDialog(el), 'Cancel');
    await noDialog(el);
    await waitUntil(() => el.shadowRoot!.activeElement === opener);
    opener.click();
    await openDialog(el);
    await sendKeys({ press: 'Escape' });
    await noDialog(el);
    await waitUntil(() => el.shadowRoot!.activeElement === opener);
    expect(posts(api)).to.have.length(0);
  });

  it('works from the empty state', async () => {
    const { el } = await mount({ tokens: 0 });
    const clipboard = stubClipboard(() => Promise.resolve());
    try {
      await click((await openGenerateForm(el)).dialog, 'Create token');
      const reveal = await findByRole(el, 'dialog', { name: /Your new secret/ });
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
});
