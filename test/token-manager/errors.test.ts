import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { findByShadowRole, getByShadowRole } from 'shadow-dom-testing-library';
import { deepText, findText } from '../helpers/text.js';
import {
  mountTokenManager,
  names,
  openDialog,
  openGenerateForm,
  rotate,
} from '../helpers/token-manager.js';
import { click } from '../helpers/user.js';

describe('<operator-token-manager> errors', () => {
  it('shows a failed load with a Retry that works', async () => {
    const { fake, el } = await mountTokenManager({}, { wait: false });
    fake.fault('tokens.list', { status: 503 });
    const error = oneEvent(el, 'operator-error');
    await findText(el, 'Operator had a problem. Try again in a moment.');
    expect((await error).detail.operation).to.equal('tokens.list');
    expect(deepText(el)).to.match(/Request ID: req_/);
    await expect(el).to.be.accessible();
    fake.clearFaults();
    await click(el, 'Retry');
    await findByShadowRole(el, 'table');
    expect(names(el)).to.have.length(fake.tokens.length);
  });

  it('keeps the loaded pages when "Load more" fails, and lets it try again', async () => {
    const { fake, el } = await mountTokenManager({ tokens: 12 }, { pageSize: 5 });
    fake.fault('tokens.list', { network: true });
    await click(el, 'Load more');
    await findText(el, 'Could not reach Operator.');
    expect(names(el)).to.have.length(5);
    await expect(el).to.be.accessible();
    fake.clearFaults();
    await click(el, 'Load more');
    await waitUntil(() => names(el).length === 10);
    expect(deepText(el)).not.to.include('Could not reach');
  });

  it('says when it is rate limited', async () => {
    const { fake, el } = await mountTokenManager({}, { wait: false, clientOptions: { retry: 0 } });
    fake.fault('tokens.list', { status: 429, retryAfter: 7 });
    await findText(el, 'Too many requests. Try again in 7 s.');
  });

  it('shows a failed scope list in the form, with a Retry; the name stays', async () => {
    const { fake, el } = await mountTokenManager();
    fake.fault('scopes.list', { status: 500 });
    const { dialog, name } = await openGenerateForm(el, 'Kept');
    await findText(dialog, 'Operator had a problem.');
    await expect(el).to.be.accessible();
    await click(dialog, 'Create token');
    expect(fake.requests.filter((r) => r.method === 'POST')).to.have.length(0);
    fake.clearFaults();
    await click(dialog, 'Retry');
    await findByShadowRole(dialog, 'checkbox', { name: 'Admin' });
    expect(name.value).to.equal('Kept');
  });

  it('shows a failed create in the form, keeps the input, and creates on retry', async () => {
    const { fake, el } = await mountTokenManager();
    fake.fault('tokens.create', { status: 500 });
    const errors: string[] = [];
    el.addEventListener('operator-error', (e) => errors.push(e.detail.operation));
    const { dialog, name } = await openGenerateForm(el, 'Retry me');
    (await findByShadowRole<HTMLInputElement>(dialog, 'checkbox', { name: 'Admin' })).click();
    await click(dialog, 'Create token');
    await findText(await findByShadowRole(dialog, 'alert'), 'Operator had a problem.');
    expect(errors).to.deep.equal(['tokens.create']);
    expect(name.value).to.equal('Retry me');
    expect(getByShadowRole<HTMLInputElement>(dialog, 'checkbox', { name: 'Admin' }).checked).to.be
      .true;
    await expect(el).to.be.accessible();
    fake.clearFaults();
    await click(dialog, 'Create token');
    await findByShadowRole(el, 'dialog', { name: 'Your new secret for “Retry me”' });
    expect(fake.tokens.filter((t) => t.name === 'Retry me')).to.have.length(1);
  });

  it('shows a failed rotation in the confirmation, keeps the choice, and rotates on retry', async () => {
    const { fake, el } = await mountTokenManager();
    const token = fake.tokens.find((t) => t.status === 'active' && !t.replaced_by)!;
    fake.fault('tokens.rotate', { network: true });
    const dialog = await rotate(el, token, 'For 7 days');
    await findText(await findByShadowRole(dialog, 'alert'), 'Could not reach Operator.');
    expect(getByShadowRole<HTMLInputElement>(dialog, 'radio', { name: 'For 7 days' }).checked).to.be
      .true;
    expect(names(el)).to.have.length(fake.tokens.length);
    await expect(el).to.be.accessible();
    fake.clearFaults();
    await click(dialog, 'Rotate token');
    await findByShadowRole(el, 'dialog', { name: /Your new secret/ });
    const body = fake.requests.filter((r) => r.url.endsWith('/rotate')).at(-1)!.body;
    expect(body).to.deep.equal({ grace_period_seconds: 604800 });
  });

  it('shows a failed revocation in the confirmation, and revokes on retry', async () => {
    const { fake, el } = await mountTokenManager();
    const token = fake.tokens.find((t) => t.status === 'active' && !t.replaced_by)!;
    fake.fault('tokens.revoke', { status: 500 });
    await click(el, `Revoke ${token.name}`);
    const dialog = await openDialog(el);
    await click(dialog, 'Revoke token');
    await findText(await findByShadowRole(dialog, 'alert'), 'Operator had a problem.');
    expect(dialog.open).to.be.true;
    fake.clearFaults();
    const revoked = oneEvent(el, 'operator-token-revoked');
    await click(dialog, 'Revoke token');
    expect((await revoked).detail.token.id).to.equal(token.id);
  });

  it('fires operator-unauthorized on a 401 and says the session needs renewing', async () => {
    const { el } = await mountTokenManager(
      {},
      { wait: false, clientOptions: { auth: 'op_test_expired' } },
    );
    const unauthorized = await oneEvent(el, 'operator-unauthorized');
    expect(unauthorized.detail).to.deep.equal({ operation: 'tokens.list' });
    await findText(el, 'Your session has expired. Sign in again to continue.');
    await expect(el).to.be.accessible();
  });
});
