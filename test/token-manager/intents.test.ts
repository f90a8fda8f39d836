/**
 * A write's outcome is never lost (issue 9): Cancel in flight, lost answers, a credential switch,
 * a token changed elsewhere, the page left, and what the list does with bad or oversized pages.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createOperatorClient } from '../../src/client/index.js';
import type { ApiToken } from '../../src/client/types.js';
import {
  createFakeOperatorApi,
  FAKE_CREDENTIAL,
  type FakeOperatorApiOptions,
} from '../../src/mocks/index.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import { statusOf } from '../../src/token-manager/token-list.js';
import { BASE_URL } from '../helpers/fake.js';
import {
  findByShadowRole,
  getByShadowRole,
  queryAllByShadowRole,
} from 'shadow-dom-testing-library';
import { deepText, findText } from '../helpers/text.js';
import {
  names,
  noDialog,
  openDialog,
  openGenerateForm,
  rotate,
  rowOf,
  copyAndClose,
  traces,
} from '../helpers/token-manager.js';
import { click } from '../helpers/user.js';

const ATTENTION = 'Its secret may be lost: rotate it to get a new one.';

/**
 * A fake whose answers can be held back: `hold(test)` keeps the responses to matching requests
 * (after the fake did the work) until `release()`, as a slow network would. An aborted request
 * stops waiting, as fetch does. `secrets`: every secret the fake sent, to look for traces of.
 */
function heldFake(options: FakeOperatorApiOptions = {}) {
  const fake = createFakeOperatorApi({ baseUrl: BASE_URL, ...options });
  let held: ((request: Request) => boolean) | undefined;
  const waiting: (() => void)[] = [];
  const secrets: string[] = [];
  const fetch: typeof window.fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await fake.fetch(request.clone());
    if (request.method === 'POST') {
      const body = await response
        .clone()
        .json()
        .catch(() => undefined);
      if (body?.secret) secrets.push(body.secret);
    }
    if (!held?.(request)) return response;
    await new Promise<void>((resolve, reject) => {
      waiting.push(resolve);
      request.signal.addEventListener('abort', () => reject(request.signal.reason));
    });
    return response;
  };
  const client = createOperatorClient({
    baseUrl: BASE_URL,
    auth: FAKE_CREDENTIAL,
    fetch,
    retry: { backoffLimit: 20 },
  });
  return {
    fake,
    client,
    secrets,
    hold: (test: (request: Request) => boolean) => (held = test),
    release: () => {
      held = undefined;
      waiting.splice(0).forEach((resolve) => resolve());
    },
    get waiting() {
      return waiting.length;
    },
  };
}

const posts = (request: Request) => request.method === 'POST';

async function render(client: unknown, pageSize = 25) {
  const el = await fixture<OperatorTokenManager>(
    html`<operator-token-manager .client=${client} page-size=${pageSize}></operator-token-manager>`,
  );
  await waitUntil(
    () => el.shadowRoot!.querySelector('table, [part~=empty], [part~=error]'),
    'the list did not load',
  );
  return el;
}

async function mountOnHeldFake(options: FakeOperatorApiOptions = {}) {
  const held = heldFake(options);
  return { ...held, el: await render(held.client) };
}

const working = (tokens: readonly ApiToken[]) =>
  tokens.filter((t) => statusOf(t) === 'active' && !t.replaced_by);

describe('<operator-token-manager> Cancel while a write is in flight', () => {
  it('keeps waiting ("Finishing…"), then reveals the new secret and lists the token', async () => {
    const { fake, el, hold, release } = await mountOnHeldFake();
    const before = fake.tokens.length;
    hold(posts);
    const { dialog } = await openGenerateForm(el, 'In flight');
    await click(dialog, 'Create token');
    await waitUntil(() => fake.tokens.length === before + 1, 'the create did not reach the fake');
    await click(dialog, 'Cancel');
    const finishing = await findByShadowRole(dialog, 'button', { name: 'Finishing…' });
    expect(finishing.getAttribute('aria-disabled')).to.equal('true');
    await findText(getByShadowRole(dialog, 'status'), 'Finishing…');
    expect(dialog.open).to.be.true;
    await expect(el).to.be.accessible();
    release();
    await findByShadowRole(el, 'dialog', { name: 'Your new secret for “In flight”' });
    expect(names(el)[0]).to.equal('In flight');
    expect(fake.tokens).to.have.length(before + 1);
  });

  it('does the same on Escape for "Rotate" with no grace period: the old row says Revoked', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const { fake, el, hold, release } = await mountOnHeldFake();
    const token = working(fake.tokens)[0]!;
    hold(posts);
    const dialog = await rotate(el, token, 'No: it stops at once');
    await waitUntil(() => fake.tokens.find((t) => t.id === token.id)!.status === 'revoked');
    await sendKeys({ press: 'Escape' });
    await findByShadowRole(dialog, 'button', { name: 'Finishing…' });
    expect(dialog.open).to.be.true;
    release();
    await findByShadowRole(el, 'dialog', { name: `Your new secret for “${token.name}”` });
    await copyAndClose(el);
    const row = rowOf(el, token.prefix);
    expect(deepText(row.querySelector('[part~=badge]')!)).to.equal('Revoked');
    expect(queryAllByShadowRole(row, 'button', { name: `Rotate ${token.name}` })).to.have.length(0);
  });
});

describe('<operator-token-manager> Cancel while a revoke is in flight', () => {
  it('waits ("Finishing…"), then shows the token revoked, with one DELETE sent', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const { fake, el, hold, release } = await mountOnHeldFake();
    const token = working(fake.tokens)[0]!;
    hold((request) => request.method === 'DELETE');
    await click(el, `Revoke ${token.name}`);
    const dialog = await openDialog(el);
    await click(dialog, 'Revoke token');
    await waitUntil(() => fake.tokens.find((t) => t.id === token.id)!.status === 'revoked');
    await sendKeys({ press: 'Escape' });
    await findByShadowRole(dialog, 'button', { name: 'Finishing…' });
    expect(dialog.open).to.be.true;
    await expect(el).to.be.accessible();
    release();
    await noDialog(el);
    const row = rowOf(el, token.prefix);
    await waitUntil(() => deepText(row.querySelector('[part~=badge]')!) === 'Revoked');
    expect(fake.requests.filter((r) => r.method === 'DELETE')).to.have.length(1);
    expect(fake.tokens.filter((t) => t.status === 'revoked' && t.id === token.id)).to.have.length(
      1,
    );
  });
});

describe('<operator-token-manager> a lost answer', () => {
  it('says the token may exist; Create again replays it: one token, its secret revealed', async () => {
    const { fake, el } = await mountOnHeldFake();
    fake.fault('tokens.create', { dropResponse: true });
    const errors: string[] = [];
    el.addEventListener('operator-error', (e) => errors.push(e.detail.operation));
    const { dialog, name } = await openGenerateForm(el, 'Lost once');
    (await findByShadowRole<HTMLInputElement>(dialog, 'radio', { name: '30 days' })).click();
    await click(dialog, 'Create token');
    const alert = await findByShadowRole(dialog, 'alert');
    await findText(alert, 'It may have gone through. Press “Create token” again to get its secret');
    expect(errors).to.deep.equal(['tokens.create']);
    expect(name.value).to.equal('Lost once');
    await expect(el).to.be.accessible();
    fake.clearFaults();
    await click(dialog, 'Create token');
    await findByShadowRole(el, 'dialog', { name: 'Your new secret for “Lost once”' });
    expect(fake.tokens.filter((t) => t.name === 'Lost once')).to.have.length(1);
    const requests = fake.requests.filter((r) => r.method === 'POST');
    expect(requests.length).to.be.greaterThan(1);
    expect(new Set(requests.map((r) => JSON.stringify(r.body))).size).to.equal(1);
    expect(new Set(requests.map((r) => r.headers['idempotency-key'])).size).to.equal(1);
    await copyAndClose(el);
    expect(deepText(el)).not.to.include(ATTENTION);
  });

  it('lists the token, flagged, when the user closes the form instead', async () => {
    const { fake, el } = await mountOnHeldFake();
    fake.fault('tokens.create', { dropResponse: true });
    const { dialog } = await openGenerateForm(el, 'Never shown');
    await click(dialog, 'Create token');
    await findText(await findByShadowRole(dialog, 'alert'), 'may have gone through');
    await click(dialog, 'Cancel');
    await noDialog(el);
    await waitUntil(() => names(el).includes('Never shown'), 'the list was not reloaded');
    const token = fake.tokens.find((t) => t.name === 'Never shown')!;
    await findText(rowOf(el, token.prefix), ATTENTION);
    await waitUntil(
      () => el.shadowRoot!.activeElement?.textContent?.trim() === 'Generate token',
      'focus did not return to "Generate token"',
    );
    await expect(el).to.be.accessible();
  });

  it('replays a rotation whose answer was lost, instead of "already rotated"', async () => {
    const { fake, el } = await mountOnHeldFake();
    const token = working(fake.tokens)[0]!;
    fake.fault('tokens.rotate', { dropResponse: true });
    const dialog = await rotate(el, token, 'For 1 hour');
    await findText(
      await findByShadowRole(dialog, 'alert'),
      'It may have gone through. Press “Rotate token” again',
    );
    fake.clearFaults();
    await click(dialog, 'Rotate token');
    await findByShadowRole(el, 'dialog', { name: `Your new secret for “${token.name}”` });
    expect(fake.tokens.filter((t) => t.name === token.name && !t.replaced_by)).to.have.length(1);
  });
});

describe('<operator-token-manager> credential generations', () => {
  it('drops a create in flight when the client changes: nothing shown, nothing listed', async () => {
    const a = await mountOnHeldFake();
    const b = heldFake({ seed: 9, tokens: 4 });
    const created: unknown[] = [];
    a.el.addEventListener('operator-token-created', (e) => created.push(e));
    a.hold(posts);
    const { dialog } = await openGenerateForm(a.el, 'From A');
    await click(dialog, 'Create token');
    await waitUntil(() => a.fake.tokens.some((t) => t.name === 'From A'));
    a.el.client = b.client;
    await noDialog(a.el);
    a.release();
    await waitUntil(() => names(a.el).length === b.fake.tokens.length, 'B’s list did not load');
    expect(names(a.el)).not.to.include('From A');
    expect(queryAllByShadowRole(a.el, 'dialog', { name: /Your new secret/ })).to.have.length(0);
    expect(created).to.have.length(0);
  });

  it('drops "Load more" in flight when the client changes', async () => {
    const a = heldFake({ tokens: 12 });
    const b = heldFake({ seed: 9, tokens: 3 });
    const el = await render(a.client, 5);
    a.hold((request) => new URL(request.url).searchParams.has('cursor'));
    await click(el, 'Load more');
    await waitUntil(() => a.waiting === 1);
    el.client = b.client;
    await waitUntil(() => names(el).length === 3, 'B’s list did not load');
    a.release();
    await el.updateComplete;
    expect(names(el)).to.have.members(b.fake.tokens.map((t) => t.name));
  });
});

describe('<operator-token-manager> a token changed elsewhere', () => {
  it('says why Rotate failed, and shows the token as it is now', async () => {
    const { fake, client, el } = await mountOnHeldFake();
    const token = working(fake.tokens)[0]!;
    await client.tokens.revoke(token.id);
    const error = oneEvent(el, 'operator-error');
    const dialog = await rotate(el, token, 'For 1 hour');
    await findText(await findByShadowRole(dialog, 'alert'), 'cannot be rotated');
    expect((await error).detail.operation).to.equal('tokens.rotate');
    const row = rowOf(el, token.prefix);
    await waitUntil(() => deepText(row.querySelector('[part~=badge]')!) === 'Revoked');
    await click(dialog, 'Cancel');
    await noDialog(el);
    expect(queryAllByShadowRole(row, 'button', { name: /^(Rotate|Revoke) / })).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});

describe('<operator-token-manager> the reload after a write', () => {
  it('keeps the rows on screen, not "Loading…", while the list reloads', async () => {
    const { fake, client, el } = await mountOnHeldFake();
    const token = working(fake.tokens)[0]!;
    await client.tokens.revoke(token.id);
    // The reload that follows the refused rotation does not answer within this test.
    fake.fault('tokens.list', { latency: 600_000, times: 1 });
    const shown = names(el);
    const dialog = await rotate(el, token, 'For 1 hour');
    await findText(await findByShadowRole(dialog, 'alert'), 'cannot be rotated');
    // The writer asked for the reload as the refusal came in: the list is pending now.
    await el.updateComplete;
    expect(deepText(el)).not.to.contain('Loading…');
    expect(names(el)).to.deep.equal(shown);
    expect(names(el)).to.include(token.name);
    await expect(el).to.be.accessible();
  });
});

describe('<operator-token-manager> Create while the scopes load', () => {
  it('says the scopes are still loading and sends nothing', async () => {
    const { fake, el, hold, release } = await mountOnHeldFake();
    hold((request) => request.url.endsWith('/scopes'));
    await click(el, 'Generate token');
    const dialog = await openDialog(el);
    const create = await findByShadowRole(dialog, 'button', { name: 'Create token' });
    create.focus();
    create.click();
    await findText(getByShadowRole(dialog, 'status'), 'The scopes are still loading.');
    expect(el.shadowRoot!.activeElement === create, 'focus left "Create token"').to.be.true;
    expect(fake.requests.filter((r) => r.method === 'POST')).to.have.length(0);
    await expect(el).to.be.accessible();
    release();
    await findByShadowRole(dialog, 'checkbox', { name: 'Admin' });
  });
});

describe('<operator-token-manager> leaving the page', () => {
  it('wipes an uncopied secret on pagehide; after Back the token asks for attention', async () => {
    const { fake, el } = await mountOnHeldFake();
    const { dialog } = await openGenerateForm(el, 'Left behind');
    await click(dialog, 'Create token');
    const reveal = await findByShadowRole(el, 'dialog', { name: /Your new secret/ });
    const field = reveal.querySelector<HTMLInputElement>('#secret')!;
    await waitUntil(() => field.value);
    const secret = field.value;
    const token = fake.tokens.find((t) => t.name === 'Left behind')!;
    // While its secret is on screen, the new token's row asks for nothing.
    await el.updateComplete;
    expect(deepText(rowOf(el, token.prefix))).not.to.contain(ATTENTION);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await noDialog(el);
    expect(field.value).to.equal('');
    expect(el.shadowRoot!.innerHTML).not.to.include(secret.slice(-12));
    await findText(rowOf(el, token.prefix), ATTENTION);
    await expect(el).to.be.accessible();
  });

  it('taken off the page as its secret is drawn, keeps no secret; put back, the token asks for attention', async () => {
    const { fake, el, secrets } = await mountOnHeldFake();
    const { dialog } = await openGenerateForm(el, 'Moved away');
    const parent = el.parentNode!;
    const errors: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    // A host that moves the element the moment the reveal is drawn, before it opens: in the
    // microtask after the render that made it (a framework re-parenting it, say).
    const moved = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!el.shadowRoot!.querySelector('[part~=reveal-dialog]')) return;
        observer.disconnect();
        el.remove();
        resolve();
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    try {
      await click(dialog, 'Create token');
      await moved;
      const token = fake.tokens.find((t) => t.name === 'Moved away')!;
      expect(secrets).to.have.length(1);
      parent.append(el);
      await findText(rowOf(el, token.prefix), ATTENTION);
      expect(el.shadowRoot!.querySelector<HTMLDialogElement>('[part~=reveal-dialog]')?.open).not.to
        .be.true;
      expect(traces(el, secrets[0]!)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      expect(errors, 'errors thrown meanwhile').to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});

describe('<operator-token-manager> pages the list cannot trust', () => {
  it('shows a bad record as an error with Retry and an operator-error, not "Loading…"', async () => {
    const { fake, client } = heldFake();
    const bad = { ...fake.tokens[0]!, created_at: 'not-a-date' };
    fake.fault('tokens.list', { body: { data: [bad], next_cursor: null }, times: 1 });
    const errors: string[] = [];
    const listen = (e: Event) => errors.push((e as CustomEvent).detail.error.name);
    document.addEventListener('operator-error', listen);
    try {
      const el = await render(client);
      await findByShadowRole(el, 'alert');
      expect(deepText(el)).not.to.include('Loading');
      expect(errors).to.include('InvalidResponseError');
      await expect(el).to.be.accessible();
      await click(el, 'Retry');
      await findByShadowRole(el, 'table');
      expect(names(el)).to.have.length(fake.tokens.length);
    } finally {
      document.removeEventListener('operator-error', listen);
    }
  });

  it('renders no more rows than the page size, whatever the client returns', async () => {
    const { fake, client } = heldFake({ tokens: 60 });
    // A client (or a proxy behind it) that passes on a page longer than asked.
    const list = async () => ({ data: fake.tokens, next_cursor: null });
    const el = await render({ ...client, tokens: { ...client.tokens, list } }, 10);
    await findByShadowRole(el, 'table');
    expect(names(el)).to.have.length(10);
  });
});

describe('<operator-token-manager> failures reach the host', () => {
  it('fires operator-error for every failed write, and operator-unauthorized on a 401', async () => {
    const { fake, el } = await mountOnHeldFake();
    const events: string[] = [];
    el.addEventListener('operator-error', (e) => events.push(`error ${e.detail.operation}`));
    el.addEventListener('operator-unauthorized', (e) =>
      events.push(`unauthorized ${e.detail.operation}`),
    );
    const token = working(fake.tokens)[0]!;
    fake.fault('tokens.revoke', { status: 422, times: 1 });
    await click(el, `Revoke ${token.name}`);
    let dialog = await openDialog(el);
    await click(dialog, 'Revoke token');
    await findByShadowRole(dialog, 'alert');
    await click(dialog, 'Cancel');
    await noDialog(el);
    fake.fault('tokens.rotate', { status: 404, times: 1 });
    dialog = await rotate(el, token, 'For 1 hour');
    await findByShadowRole(dialog, 'alert');
    await click(dialog, 'Cancel');
    await noDialog(el);
    fake.fault('tokens.create', { status: 401 });
    dialog = (await openGenerateForm(el)).dialog;
    await click(dialog, 'Create token');
    await findText(await findByShadowRole(dialog, 'alert'), 'Your session has expired.');
    expect(events).to.deep.equal([
      'error tokens.revoke',
      'error tokens.rotate',
      'unauthorized tokens.create',
      'error tokens.create',
    ]);
  });
});
