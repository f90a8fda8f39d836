import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createOperatorClient } from '../../src/client/index.js';
import { FAKE_CREDENTIAL, FAKE_READONLY_CREDENTIAL } from '../../src/mocks/index.js';
import '../../src/provider/index.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import { BASE_URL, setupFake } from '../helpers/fake.js';
import { findByShadowRole, queryAllByShadowRole } from 'shadow-dom-testing-library';
import { deepText, findText } from '../helpers/text.js';
import {
  mountTokenManager,
  names,
  noDialog,
  openDialog,
  openGenerateForm,
  rowOf,
  stubClipboard,
} from '../helpers/token-manager.js';
import { click } from '../helpers/user.js';

const writes = (el: OperatorTokenManager) =>
  queryAllByShadowRole(el, 'button', { name: /^(Generate token|Rotate |Revoke )/ });

describe('<operator-token-manager> read-only', () => {
  it('hides every write with the readonly attribute', async () => {
    const { el } = await mountTokenManager();
    el.setAttribute('readonly', '');
    await el.updateComplete;
    expect(writes(el)).to.have.length(0);
    expect(
      queryAllByShadowRole(el, 'button', { name: /^View activity for / }).length,
    ).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('enters the read-only state by itself on a 403, and says why', async () => {
    const { fake, el } = await mountTokenManager(
      {},
      { clientOptions: { auth: FAKE_READONLY_CREDENTIAL } },
    );
    const error = oneEvent(el, 'operator-error');
    await click((await openGenerateForm(el)).dialog, 'Create token');
    const { detail } = await error;
    expect(detail.operation).to.equal('tokens.create');
    expect(detail.error.name).to.equal('PermissionError');
    await noDialog(el);
    const notice = await findByShadowRole(el, 'status');
    expect(deepText(notice)).to.equal('Your role may view but not change these settings.');
    await waitUntil(
      () => el.shadowRoot!.activeElement === notice,
      'focus did not go to the reason',
    );
    expect(writes(el)).to.have.length(0);
    expect(names(el)).to.have.length(fake.tokens.length);
    await expect(el).to.be.accessible();
  });

  it('says why from the empty state too', async () => {
    const { el } = await mountTokenManager(
      { tokens: 0 },
      { clientOptions: { auth: FAKE_READONLY_CREDENTIAL } },
    );
    await click((await openGenerateForm(el)).dialog, 'Create token');
    await noDialog(el);
    const notice = await findByShadowRole(el, 'status');
    expect(deepText(notice)).to.equal('Your role may view but not change these settings.');
    await waitUntil(() => el.shadowRoot!.activeElement === notice);
    expect(writes(el)).to.have.length(0);
    await findText(el, 'No API tokens yet.');
  });

  it('keeps a revealed secret when the element becomes read-only', async () => {
    const { el } = await mountTokenManager();
    await click((await openGenerateForm(el)).dialog, 'Create token');
    const reveal = await findByShadowRole(el, 'dialog', { name: /Your new secret/ });
    el.readonly = true;
    await el.updateComplete;
    expect(reveal.querySelector<HTMLInputElement>('#secret')!.value).to.match(/^op_test_/);
    expect((reveal as HTMLDialogElement).open).to.be.true;
  });
});

describe('<operator-token-manager> credentials', () => {
  it('takes its client from an <operator-provider> ancestor', async () => {
    const { fake, client } = setupFake();
    const provider = await fixture(
      html`<operator-provider .client=${client}>
        <operator-token-manager></operator-token-manager>
      </operator-provider>`,
    );
    const el = provider.querySelector('operator-token-manager')!;
    await findByShadowRole(el, 'table');
    expect(names(el)).to.have.length(fake.tokens.length);
  });

  it('reloads when the client changes, and drops the old client’s late response', async () => {
    const old = setupFake({ seed: 1 });
    old.fake.fault('tokens.list', { latency: 400 });
    let settled = false;
    const client = createOperatorClient({
      baseUrl: BASE_URL,
      auth: FAKE_CREDENTIAL,
      fetch: (input, init) => old.fake.fetch(input, init).finally(() => (settled = true)),
    });
    const el = await fixture<OperatorTokenManager>(
      html`<operator-token-manager .client=${client}></operator-token-manager>`,
    );
    await findText(el, 'Loading…');
    const fresh = setupFake({ seed: 2, tokens: 3 });
    el.client = fresh.client;
    await waitUntil(() => names(el).length === 3, 'the new list did not show');
    await waitUntil(() => settled, 'the old request never ended');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(fresh.fake.tokens.map((t) => t.name));
  });

  it('drops a "Load more" of the old client', async () => {
    const old = setupFake({ tokens: 12 });
    let settled = 0;
    const client = createOperatorClient({
      baseUrl: BASE_URL,
      auth: FAKE_CREDENTIAL,
      fetch: (input, init) => old.fake.fetch(input, init).finally(() => settled++),
    });
    const el = await fixture<OperatorTokenManager>(
      html`<operator-token-manager .client=${client} page-size="5"></operator-token-manager>`,
    );
    await waitUntil(() => names(el).length === 5);
    old.fake.fault('tokens.list', { latency: 400 });
    await click(el, 'Load more');
    const fresh = setupFake({ seed: 3, tokens: 2 });
    el.client = fresh.client;
    await waitUntil(() => names(el).length === 2, 'the new list did not show');
    await waitUntil(() => settled === 2, 'the old "Load more" never ended');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(fresh.fake.tokens.map((t) => t.name));
  });

  it('asks for a new session on a 401, then reloads when `auth` changes', async () => {
    const { fake } = setupFake();
    const realFetch = window.fetch;
    window.fetch = fake.fetch;
    try {
      const el = await fixture<OperatorTokenManager>(
        html`<operator-token-manager
          base-url=${BASE_URL}
          .auth=${'op_test_expired'}
        ></operator-token-manager>`,
      );
      await findText(el, 'Your session has expired.');
      el.auth = () => FAKE_CREDENTIAL;
      await findByShadowRole(el, 'table');
      expect(names(el)).to.have.length(fake.tokens.length);
      expect(deepText(el)).not.to.include('session has expired');
      expect(el.outerHTML).not.to.include(FAKE_CREDENTIAL);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('<operator-token-manager> keyboard', () => {
  let clipboard: ReturnType<typeof stubClipboard> | undefined;
  afterEach(() => clipboard?.restore());

  /** Presses Tab until `name` has focus (at most 12 times). */
  async function tabTo(el: OperatorTokenManager, name: string) {
    const { sendKeys } = await import('@web/test-runner-commands');
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (active && (active.getAttribute('aria-label') ?? active.textContent!.trim()) === name)
        return active;
    }
    throw new Error(`Tab never reached ${name}`);
  }

  it('generates, copies and closes with the keyboard, back on "Generate token"', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    clipboard = stubClipboard(() => Promise.resolve());
    const { el } = await mountTokenManager();
    const opener = await tabTo(el, 'Generate token');
    await sendKeys({ press: 'Enter' });
    await openDialog(el);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'name', 'focus is not on Name');
    await sendKeys({ type: 'By keyboard' });
    await sendKeys({ press: 'Enter' });
    await findByShadowRole(el, 'dialog', { name: 'Your new secret for “By keyboard”' });
    await waitUntil(() => el.shadowRoot!.activeElement?.textContent?.trim() === 'Copy');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => clipboard!.written.length === 1);
    await tabTo(el, 'Done');
    await sendKeys({ press: 'Enter' });
    await noDialog(el);
    await waitUntil(() => el.shadowRoot!.activeElement === opener, 'focus did not come back');
  });

  it('rotates with the keyboard; Escape cancels back on the button', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const { fake, el } = await mountTokenManager();
    const token = fake.tokens.find((t) => t.status === 'active' && !t.replaced_by)!;
    const rotate = await findByShadowRole(rowOf(el, token.prefix), 'button', {
      name: `Rotate ${token.name}`,
    });
    rotate.focus();
    await sendKeys({ press: 'Enter' });
    await openDialog(el);
    await waitUntil(() => el.shadowRoot!.activeElement?.textContent?.trim() === 'Cancel');
    await sendKeys({ press: 'Escape' });
    await noDialog(el);
    await waitUntil(() => el.shadowRoot!.activeElement === rotate, 'focus did not come back');
    await sendKeys({ press: 'Enter' });
    await openDialog(el);
    await tabTo(el, 'Rotate token');
    await sendKeys({ press: 'Enter' });
    await findByShadowRole(el, 'dialog', { name: /Your new secret/ });
    await sendKeys({ press: 'Escape' });
    await findText(el, 'You have not copied the secret.');
    await tabTo(el, 'Close without copying');
    await sendKeys({ press: 'Enter' });
    await noDialog(el);
    const activity = `View activity for ${token.name}`;
    await waitUntil(
      () => el.shadowRoot!.activeElement?.getAttribute('aria-label') === activity,
      'focus did not stay on the row',
    );
    expect(rowOf(el, token.prefix).contains(el.shadowRoot!.activeElement)).to.be.true;
  });

  it('revokes with the keyboard', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const { fake, el } = await mountTokenManager();
    const token = fake.tokens.find((t) => t.status === 'active' && !t.replaced_by)!;
    (await findByShadowRole(el, 'button', { name: `Revoke ${token.name}` })).focus();
    await sendKeys({ press: 'Enter' });
    await openDialog(el);
    await tabTo(el, 'Revoke token');
    await sendKeys({ press: 'Enter' });
    await noDialog(el);
    await waitUntil(() => deepText(rowOf(el, token.prefix)).includes('Revoked'));
    await waitUntil(
      () => rowOf(el, token.prefix).contains(el.shadowRoot!.activeElement),
      'focus left the row',
    );
  });
});
