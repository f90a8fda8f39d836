// Both elements in a test DOM without layout (happy-dom, jsdom), as a partner's unit tests mount
// them: on the fake's in-process `fetch`, from the built package. The DOM's window becomes the
// global scope before the package loads, as vitest's `environment` does.
/* global document */
import assert from 'node:assert/strict';

/** What Node has its own of, which the DOM's must replace: its events, a form's FormData. */
const dom = ['Event', 'EventTarget', 'CustomEvent', 'MessageEvent', 'FormData', 'navigator'];

/**
 * Makes `window`'s globals (HTMLElement, customElements, document…) Node's, as vitest's
 * environments do: what Node lacks, and the DOM's events. Node keeps its own `fetch`, streams,
 * `AbortController` and timers, which the client and the fake use.
 */
export function useWindow(window) {
  const keys = new Set();
  for (
    let object = window;
    object && object !== Object.prototype;
    object = Object.getPrototypeOf(object)
  )
    for (const key of Object.getOwnPropertyNames(object)) keys.add(key);
  for (const key of keys) {
    if (key in globalThis && !dom.includes(key)) continue;
    const value = window[key];
    Object.defineProperty(globalThis, key, {
      configurable: true,
      writable: true,
      value: typeof value === 'function' && !/^[A-Z]/.test(key) ? value.bind(window) : value,
    });
  }
  globalThis.window = globalThis;
}

/** Waits until `find()` returns something, up to 10 s. */
export async function until(find, what) {
  for (let tries = 0; tries < 400; tries++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out: ${what}`);
}

const byText = (root, selector, text) =>
  Array.from(root.querySelectorAll(selector)).find((node) => node.textContent.trim() === text);

/** Generate → reveal in the token manager, and the access log's rows, on the fake. */
export async function generateRevealAndLog() {
  const { createOperatorClient } = await import('@operator-ai/admin-widget/client');
  const { createFakeOperatorApi, FAKE_CREDENTIAL } =
    await import('@operator-ai/admin-widget/mocks');
  await import('@operator-ai/admin-widget');
  const baseUrl = 'https://api.operator.test/v1';
  const fake = createFakeOperatorApi({ baseUrl, seed: 4, logEntries: 300 });
  const client = createOperatorClient({ baseUrl, auth: FAKE_CREDENTIAL, fetch: fake.fetch });

  const tokens = document.createElement('operator-token-manager');
  tokens.client = client;
  document.body.append(tokens);
  const root = tokens.shadowRoot;
  const generate = await until(() => byText(root, 'button', 'Generate token'), 'Generate token');
  await until(() => root.querySelector('tbody tr'), 'the token list');
  generate.click();
  const form = await until(() => root.querySelector('dialog[open] form'), 'the generate form');
  await until(() => !form.querySelector('[part~=status]'), 'the scopes');
  const name = form.querySelector('input[name=name]');
  name.value = 'From a test DOM';
  name.dispatchEvent(new Event('input', { bubbles: true }));
  byText(form, 'button', 'Create token').click();
  const secret = await until(() => root.querySelector('dialog[open] #secret'), 'the reveal');
  assert.match(secret.value, /^op_test_[A-Za-z0-9]{32}$/);
  assert.equal(fake.tokens[0].name, 'From a test DOM');

  const log = document.createElement('operator-access-log');
  log.client = client;
  document.body.append(log);
  await until(() => log.shadowRoot.querySelectorAll('.entry').length > 0, 'the log rows');
  tokens.remove();
  log.remove();
}
