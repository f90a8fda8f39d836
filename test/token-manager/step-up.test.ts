/**
 * Step-up (issue 10): a host's proxy answers a write with 401 `step_up_required` when the user must
 * confirm who they are again. The element asks the host's `stepUp` hook, or fires
 * `operator-step-up-required` without one, and sends the same write again with the same
 * Idempotency-Key, keeping what the user typed. The fake stands in for the proxy with a fault.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { FakeOperatorApi } from '../../src/mocks/index.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import { findByShadowRole } from 'shadow-dom-testing-library';
import { findText } from '../helpers/text.js';
import {
  copyAndClose,
  mountTokenManager,
  noDialog,
  openDialog,
  openGenerateForm,
  rotate,
} from '../helpers/token-manager.js';
import { click } from '../helpers/user.js';

const STEP_UP = { status: 401, reason: 'step_up_required', times: 1 } as const;
const CONFIRM = 'Confirm it is you to make this change, then try again.';

/** The element's events, by type, as the host hears them. */
function listen(el: OperatorTokenManager) {
  const heard: Record<string, string[]> = {};
  for (const type of ['operator-error', 'operator-unauthorized', 'operator-step-up-required']) {
    el.addEventListener(type, (event) =>
      (heard[type] ??= []).push((event as CustomEvent<{ operation: string }>).detail.operation),
    );
  }
  return heard;
}

/** The Idempotency-Keys of the POSTs the fake received. */
const keys = (fake: FakeOperatorApi) =>
  fake.requests.filter((r) => r.method === 'POST').map((r) => r.headers['idempotency-key']);

describe('<operator-token-manager> step-up with a stepUp hook', () => {
  it('asks the hook once, then sends the same create again: one token, its secret revealed', async () => {
    const { fake, el } = await mountTokenManager();
    const heard = listen(el);
    const before = fake.tokens.length;
    fake.fault('tokens.create', STEP_UP);
    let asked = 0;
    let typed = '';
    el.stepUp = async () => {
      asked++;
      // The form waits, open, with what the user typed, while the host asks.
      typed = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=name]')!.value;
      await findByShadowRole(el, 'button', { name: 'Create token' });
      return true;
    };
    const { dialog } = await openGenerateForm(el, 'Needs a step-up');
    await click(dialog, 'Create token');
    await findByShadowRole(el, 'dialog', { name: 'Your new secret for “Needs a step-up”' });
    expect(asked).to.equal(1);
    expect(typed).to.equal('Needs a step-up');
    expect(fake.tokens).to.have.length(before + 1);
    const sent = keys(fake);
    expect(sent).to.have.length(2);
    expect(new Set(sent).size).to.equal(1);
    // The session did not end: no `operator-unauthorized`, and nothing failed.
    expect(heard).to.deep.equal({});
    await expect(el).to.be.accessible();
    await copyAndClose(el);
  });

  it('keeps the form, with a clear message, when the user gives up; Create again finishes it', async () => {
    const { fake, el } = await mountTokenManager();
    const heard = listen(el);
    fake.fault('tokens.create', STEP_UP);
    el.stepUp = async () => false;
    const { dialog, name } = await openGenerateForm(el, 'Given up');
    await click(dialog, 'Create token');
    await findText(await findByShadowRole(dialog, 'alert'), CONFIRM);
    expect(name.value).to.equal('Given up');
    expect(heard).to.deep.equal({ 'operator-error': ['tokens.create'] });
    expect(fake.tokens.filter((t) => t.name === 'Given up')).to.have.length(0);
    await expect(el).to.be.accessible();
    await click(dialog, 'Create token');
    await findByShadowRole(el, 'dialog', { name: 'Your new secret for “Given up”' });
    expect(fake.tokens.filter((t) => t.name === 'Given up')).to.have.length(1);
    expect(new Set(keys(fake)).size).to.equal(1);
  });

  it('asks once per press: a second refusal right after the hook is reported, not looped', async () => {
    const { fake, el } = await mountTokenManager();
    fake.fault('tokens.create', { ...STEP_UP, times: 2 });
    let asked = 0;
    el.stepUp = async () => (asked++, true);
    const { dialog } = await openGenerateForm(el, 'Still refused');
    await click(dialog, 'Create token');
    await findText(await findByShadowRole(dialog, 'alert'), CONFIRM);
    expect(asked).to.equal(1);
    expect(keys(fake)).to.have.length(2);
  });

  it('treats a hook that throws as a confirmation that did not happen', async () => {
    const { fake, el } = await mountTokenManager();
    fake.fault('tokens.create', STEP_UP);
    el.stepUp = () => Promise.reject(new Error('the host’s prompt broke'));
    const { dialog } = await openGenerateForm(el, 'Broken prompt');
    await click(dialog, 'Create token');
    await findText(await findByShadowRole(dialog, 'alert'), CONFIRM);
    expect(fake.tokens.filter((t) => t.name === 'Broken prompt')).to.have.length(0);
  });

  it('rotates once, and revokes, after the hook', async () => {
    const { fake, el } = await mountTokenManager();
    const token = fake.tokens.find((t) => t.status === 'active' && !t.replaced_by)!;
    fake.fault('tokens.rotate', STEP_UP);
    fake.fault('tokens.revoke', STEP_UP);
    const asked: string[] = [];
    el.stepUp = async () => (asked.push('asked'), true);
    await rotate(el, token, 'For 1 hour');
    await findByShadowRole(el, 'dialog', { name: `Your new secret for “${token.name}”` });
    expect(fake.tokens.filter((t) => t.name === token.name && !t.replaced_by)).to.have.length(1);
    expect(new Set(keys(fake)).size).to.equal(1);
    await copyAndClose(el);
    const replacement = fake.tokens.find((t) => t.name === token.name && !t.replaced_by)!;
    await click(el, `Revoke ${replacement.name}`);
    await click(await openDialog(el), 'Revoke token');
    await noDialog(el);
    await waitUntil(() => fake.tokens.find((t) => t.id === replacement.id)!.status === 'revoked');
    expect(asked).to.have.length(2);
  });

  it('sends nothing more when the credential changes while the host asks', async () => {
    const { fake, el } = await mountTokenManager();
    const other = await mountTokenManager({ seed: 9, tokens: 2 });
    fake.fault('tokens.create', STEP_UP);
    let confirm!: (confirmed: boolean) => void;
    el.stepUp = () => new Promise((resolve) => (confirm = resolve));
    const { dialog } = await openGenerateForm(el, 'Switched');
    await click(dialog, 'Create token');
    await waitUntil(() => confirm, 'the hook was not called');
    el.client = other.client;
    confirm(true);
    await noDialog(el);
    expect(keys(fake)).to.have.length(1);
    expect(fake.tokens.filter((t) => t.name === 'Switched')).to.have.length(0);
    expect(other.fake.tokens.filter((t) => t.name === 'Switched')).to.have.length(0);
  });
});

describe('<operator-token-manager> step-up without a hook', () => {
  it('fires operator-step-up-required; after the host confirms, Create again reveals the secret', async () => {
    const { fake, el } = await mountTokenManager();
    const heard = listen(el);
    fake.fault('tokens.create', STEP_UP);
    const { dialog, name } = await openGenerateForm(el, 'Host confirms');
    const required = oneEvent(el, 'operator-step-up-required');
    await click(dialog, 'Create token');
    expect((await required).detail).to.deep.equal({ operation: 'tokens.create' });
    await findText(await findByShadowRole(dialog, 'alert'), CONFIRM);
    expect(name.value).to.equal('Host confirms');
    expect(heard['operator-unauthorized']).to.be.undefined;
    await expect(el).to.be.accessible();
    // The host's own prompt, then the user presses the same button.
    await click(dialog, 'Create token');
    await findByShadowRole(el, 'dialog', { name: 'Your new secret for “Host confirms”' });
    expect(fake.tokens.filter((t) => t.name === 'Host confirms')).to.have.length(1);
    expect(new Set(keys(fake)).size).to.equal(1);
  });
});
