import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { FakeOperatorApi } from '../../src/mocks/index.js';
import { statusOf } from '../../src/token-manager/token-list.js';
import {
  findByShadowRole,
  getByShadowRole,
  queryAllByShadowRole,
} from 'shadow-dom-testing-library';
import { deepText } from '../helpers/text.js';
import {
  mountTokenManager,
  names,
  noDialog,
  openDialog,
  rowOf,
  rotate,
  copyAndClose,
} from '../helpers/token-manager.js';
import { click } from '../helpers/user.js';
import { DAY } from '../../src/client/time.js';

const working = (fake: FakeOperatorApi) =>
  fake.tokens.filter((t) => statusOf(t) === 'active' && !t.replaced_by);

describe('<operator-token-manager> rotate', () => {
  it('asks how long the old token keeps working (24 hours by default)', async () => {
    const { fake, el } = await mountTokenManager();
    const token = working(fake)[0]!;
    await click(el, `Rotate ${token.name}`);
    const dialog = await openDialog(el);
    expect(dialog.matches('[part~=confirm-dialog]')).to.be.true;
    await findByShadowRole(el, 'dialog', { name: `Rotate “${token.name}”?` });
    const radios = queryAllByShadowRole<HTMLInputElement>(dialog, 'radio');
    expect(radios.map((r) => deepText(r.parentElement!))).to.deep.equal([
      'No: it stops at once',
      'For 1 hour',
      'For 24 hours',
      'For 7 days',
    ]);
    expect(radios[2]!.checked).to.be.true;
    getByShadowRole(dialog, 'button', { name: 'Cancel' });
    await expect(el).to.be.accessible();
  });

  it('reveals the new secret; the old token names its replacement and expires', async () => {
    const { fake, el } = await mountTokenManager();
    const token = working(fake)[0]!;
    const rotated = oneEvent(el, 'operator-token-rotated');
    await rotate(el, token, 'For 1 hour');
    const { detail } = await rotated;
    const request = fake.requests.find((r) => r.url.endsWith(`/tokens/${token.id}/rotate`))!;
    expect(request.body).to.deep.equal({ grace_period_seconds: 3600 });
    expect(detail.previous.id).to.equal(token.id);
    expect(detail.previous.replaced_by).to.equal(detail.token.id);
    expect(Object.keys(detail)).to.deep.equal(['token', 'previous']);
    expect(JSON.stringify(detail)).not.to.include('secret');
    await findByShadowRole(el, 'dialog', { name: `Your new secret for “${token.name}”` });
    await expect(el).to.be.accessible();
    await copyAndClose(el);
    expect(names(el)[0]).to.equal(token.name);
    const old = rowOf(el, token.prefix);
    expect(deepText(old)).to.include(`Replaced by ${detail.token.prefix}…`);
    expect(old.cells[4]!.querySelector('time')!.dateTime).to.equal(detail.previous.expires_at);
    expect(deepText(old)).to.match(/in (1 hour|60 minutes)/);
    getByShadowRole(old, 'button', { name: `Revoke now ${token.name}` });
    expect(queryAllByShadowRole(old, 'button', { name: `Rotate ${token.name}` })).to.have.length(0);
  });

  it('revokes the old token at once with no grace period', async () => {
    const { fake, el } = await mountTokenManager();
    const token = working(fake)[0]!;
    await rotate(el, token, 'No: it stops at once');
    await copyAndClose(el);
    expect(deepText(rowOf(el, token.prefix).querySelector('[part~=badge]')!)).to.equal('Revoked');
  });

  it('"Revoke now" ends the grace period', async () => {
    const { fake, el } = await mountTokenManager();
    const old = fake.tokens.find((t) => t.replaced_by && t.status === 'active')!;
    await click(rowOf(el, old.prefix), `Revoke now ${old.name}`);
    await click(await openDialog(el), 'Revoke token');
    await waitUntil(() => deepText(rowOf(el, old.prefix)).includes('Revoked'));
    expect(fake.tokens.find((t) => t.id === old.id)!.status).to.equal('revoked');
  });
});

describe('<operator-token-manager> revoke', () => {
  it('names the token, its use in the last 24 hours, and that it cannot be undone', async () => {
    const { fake, el } = await mountTokenManager();
    const recent = working(fake).find(
      (t) => t.last_used_at && Date.now() - Date.parse(t.last_used_at) < DAY,
    )!;
    await click(el, `Revoke ${recent.name}`);
    const dialog = await findByShadowRole(el, 'dialog', { name: `Revoke “${recent.name}”?` });
    expect(deepText(dialog)).to.include(`${recent.prefix}…`);
    expect(deepText(dialog)).to.include(
      `from ${recent.last_used_ip}: an integration may still depend on it.`,
    );
    expect(deepText(dialog)).to.include('This cannot be undone.');
    await expect(el).to.be.accessible();
    await click(dialog, 'Cancel');
    await noDialog(el);
    const idle = working(fake).find(
      (t) => !t.last_used_at || Date.now() - Date.parse(t.last_used_at) > DAY,
    )!;
    await click(el, `Revoke ${idle.name}`);
    const second = await openDialog(el);
    expect(deepText(second)).not.to.include('may still depend on it');
    expect(deepText(second)).to.include('This cannot be undone.');
  });

  it('revokes on confirmation; the token stays listed with its revocation date', async () => {
    const { fake, el } = await mountTokenManager();
    const token = working(fake)[0]!;
    const opener = await click(el, `Revoke ${token.name}`);
    const revoked = oneEvent(el, 'operator-token-revoked');
    await click(await openDialog(el), 'Revoke token');
    const { detail } = await revoked;
    expect(detail.token.id).to.equal(token.id);
    expect(detail.token.status).to.equal('revoked');
    await noDialog(el);
    const row = rowOf(el, token.prefix);
    expect(deepText(row.querySelector('[part~=badge]')!)).to.equal('Revoked');
    expect(row.querySelector('td time')!.getAttribute('datetime')).to.equal(
      detail.token.revoked_at,
    );
    expect(opener.isConnected).to.be.false;
    await waitUntil(
      () =>
        el.shadowRoot!.activeElement ===
        getByShadowRole(row, 'button', { name: `View activity for ${token.name}` }),
      'focus did not stay in the row',
    );
  });

  it('sends nothing on Cancel, and returns focus to the button', async () => {
    const { fake, el } = await mountTokenManager();
    const token = working(fake)[0]!;
    const opener = await click(el, `Revoke ${token.name}`);
    await click(await openDialog(el), 'Cancel');
    await noDialog(el);
    await waitUntil(() => el.shadowRoot!.activeElement === opener);
    expect(fake.requests.filter((r) => r.method === 'DELETE')).to.have.length(0);
  });
});
