import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
/**
 * The React wrappers (`@operator-ai/admin-widget/react`) in React 19: props reach the element as
 * properties, and a user flow through the element calls the React handler with the event class,
 * typed `detail` included. (`createElement` rather than JSX: the suite runs `.ts` files.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createElement as h, type ComponentProps, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { OperatorFilterChangeEvent } from '../../src/access-log/index.js';
import type { ApiToken } from '../../src/client/index.js';
import type { OperatorErrorEvent } from '../../src/index.js';
import {
  OperatorAccessLog,
  OperatorProvider,
  OperatorTokenManager,
} from '../../src/react/index.js';
import type { OperatorTokenCreatedEvent } from '../../src/token-manager/index.js';
import { setupFake } from '../helpers/fake.js';
import { findByShadowRole } from 'shadow-dom-testing-library';
import { listRequests, waitForRows } from '../helpers/access-log.js';
import { choose, click } from '../helpers/user.js';
import { copyAndClose, names, openGenerateForm } from '../helpers/token-manager.js';

/** True when A and B are the same type; a `const x: Equal<A, B> = true` fails to compile if not. */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** The argument of a handler prop. */
type Handler<P, K extends keyof P> = P[K] extends ((event: infer E) => void) | undefined
  ? E
  : never;
type TokenManagerProps = ComponentProps<typeof OperatorTokenManager>;

// Each event prop's handler gets the event class, not a bare Event.
const typedHandlers: [
  Equal<Handler<TokenManagerProps, 'onTokenCreated'>, OperatorTokenCreatedEvent>,
  Equal<Handler<TokenManagerProps, 'onError'>, OperatorErrorEvent>,
  Equal<
    Handler<ComponentProps<typeof OperatorAccessLog>, 'onFilterChange'>,
    OperatorFilterChangeEvent
  >,
] = [true, true, true];

let root: Root | undefined;

/** Renders `element` with React into a fresh fixture; the first element of `tag` it renders. */
async function render<K extends keyof HTMLElementTagNameMap>(element: ReactElement, tag: K) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  root = createRoot(container);
  root.render(element);
  await waitUntil(() => container.querySelector(tag), `React did not render <${tag}>`);
  return container.querySelector(tag)!;
}

/** Waits for the token manager's list (or its error) to show. */
const loaded = (el: HTMLElement) =>
  waitUntil(() => el.shadowRoot!.querySelector('table, [part~=error]'), 'the list did not load');

describe('React wrappers', () => {
  afterEach(() => {
    root?.unmount();
    root = undefined;
  });

  it('types each event prop with its event class (checked by tsc)', () => {
    expect(typedHandlers).to.deep.equal([true, true, true]);
  });

  describe('OperatorTokenManager', () => {
    it('sets client and pageSize as properties: the list asks for that page size', async () => {
      const { fake, client } = setupFake({ tokens: 12 });
      const el = await render(
        h(OperatorTokenManager, { client, pageSize: 5 }),
        'operator-token-manager',
      );
      await loaded(el);
      expect(el.client).to.equal(client);
      expect(el.pageSize).to.equal(5);
      expect(names(el)).to.have.length(5);
      expect(new URL(fake.requests[0]!.url).searchParams.get('limit')).to.equal('5');
      await expect(el).to.be.accessible();
    });

    it('calls onTokenCreated with the token, never the secret, then onSecretCopied', async () => {
      const { client } = setupFake();
      const created: ApiToken[] = [];
      const copied: string[] = [];
      const el = await render(
        h(OperatorTokenManager, {
          client,
          onTokenCreated: ({ detail }) => created.push(detail.token),
          onSecretCopied: ({ detail }) => copied.push(detail.tokenId),
        }),
        'operator-token-manager',
      );
      await loaded(el);
      const { dialog } = await openGenerateForm(el, 'From React');
      await click(dialog, 'Create token');
      const reveal = await findByShadowRole(el, 'dialog', { name: /Your new secret/ });
      const secret = reveal.querySelector<HTMLInputElement>('#secret')!.value;
      await waitUntil(() => created.length === 1, 'onTokenCreated was not called');
      expect(created[0]!.name).to.equal('From React');
      expect(JSON.stringify(created)).not.to.include(secret);
      await expect(el).to.be.accessible();
      await copyAndClose(el);
      expect(copied).to.deep.equal([created[0]!.id]);
    });

    it('calls the handler of the latest render, and none once the prop is gone', async () => {
      const { fake, client } = setupFake({}, { retry: 0 });
      fake.fault('tokens.list', { status: 503 });
      const calls: string[] = [];
      const props = (who: string): TokenManagerProps => ({
        client,
        onError: ({ detail: { error } }) =>
          calls.push(`${who}: ${error.name === 'ServerError' ? error.status : error.name}`),
      });
      const el = await render(h(OperatorTokenManager, props('first')), 'operator-token-manager');
      let fired = 0;
      el.addEventListener('operator-error', () => fired++);
      /** Retries the failed list, and waits for its operator-error. */
      const retry = async () => {
        const before = fired;
        await click(el, 'Retry');
        await waitUntil(() => fired > before, 'no operator-error after Retry');
      };
      await waitUntil(() => calls.length === 1, 'onError was not called');
      // Committed before the user acts: a render React has only scheduled does not hold yet.
      flushSync(() => root!.render(h(OperatorTokenManager, props('second'))));
      await retry();
      expect(calls).to.deep.equal(['first: 503', 'second: 503']);
      await expect(el).to.be.accessible();
      flushSync(() => root!.render(h(OperatorTokenManager, { client })));
      await retry();
      expect(calls).to.have.length(2);
    });
  });

  describe('OperatorAccessLog', () => {
    // The virtualizer's ResizeObserver may report a benign loop error, as in the log's own tests.
    setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

    it('takes client, range and pageSize, and calls onFilterChange with the filter', async () => {
      const { fake, client } = setupFake();
      const filters: OperatorFilterChangeEvent['detail'][] = [];
      const el = await render(
        h(OperatorAccessLog, {
          client,
          range: '30d',
          pageSize: 20,
          onFilterChange: ({ detail }) => filters.push(detail),
        }),
        'operator-access-log',
      );
      await waitForRows(el);
      expect(listRequests(fake)[0]!.searchParams.get('limit')).to.equal('20');
      const select = await findByShadowRole<HTMLSelectElement>(el, 'combobox', { name: 'Status' });
      choose(select, '4xx');
      await waitUntil(() => filters.length === 1, 'onFilterChange was not called');
      expect(filters[0]).to.include({ status: '4xx', range: '30d' });
      await expect(el).to.be.accessible();
    });
  });

  describe('OperatorProvider', () => {
    it('shares its client with a wrapped element inside it', async () => {
      const { client } = setupFake({ tokens: 3 });
      const el = await render(
        h(OperatorProvider, { client }, h(OperatorTokenManager)),
        'operator-token-manager',
      );
      await loaded(el);
      expect(names(el)).to.have.length(3);
      await expect(el).to.be.accessible();
    });
  });
});
