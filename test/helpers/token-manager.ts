import { sendKeys } from '@web/test-runner-commands';
import { fixture, html } from '@open-wc/testing';
import type { OperatorClientOptions } from '../../src/client/transport.js';
import type { FakeOperatorApiOptions } from '../../src/mocks/index.js';
import '../../src/token-manager/index.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import {
  deepQuerySelectorAll,
  findByShadowRole,
  getByShadowRole,
} from 'shadow-dom-testing-library';
import { setupFake } from './fake.js';
import { findText } from './text.js';
import { click } from './user.js';
import { until } from './wait.js';

/** An `<operator-token-manager>` on a fresh fake, its list loaded (unless `wait` is false). */
export async function mountTokenManager(
  fakeOptions: FakeOperatorApiOptions = {},
  { clientOptions = {}, wait = true, pageSize }: MountTokenManagerOptions = {},
) {
  const { fake, client } = setupFake(fakeOptions, clientOptions);
  const el = await fixture<OperatorTokenManager>(
    html`<operator-token-manager
      .client=${client}
      page-size=${pageSize ?? 25}
    ></operator-token-manager>`,
  );
  if (wait)
    await until(
      () => el.shadowRoot!.querySelector('table, [part~=empty], [part~=error]'),
      'the list did not load',
    );
  return { fake, client, el };
}

export interface MountTokenManagerOptions {
  clientOptions?: Partial<OperatorClientOptions>;
  wait?: boolean;
  pageSize?: number;
}

/** The open dialog (waits for it). */
export async function openDialog(el: OperatorTokenManager): Promise<HTMLDialogElement> {
  await until(() => el.shadowRoot!.querySelector('dialog[open]'), 'no dialog opened');
  return el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]')!;
}

/**
 * "Generate token" clicked and its form open with its scopes in (or their failure), as a user sees
 * it before choosing; `typed` is typed into the Name field, as a user would.
 */
export async function openGenerateForm(el: OperatorTokenManager, typed?: string) {
  await click(el, 'Generate token');
  const dialog = await openDialog(el);
  const name = await findByShadowRole<HTMLInputElement>(dialog, 'textbox', { name: 'Name' });
  await until(() => !dialog.querySelector('[part~=status]'), 'the scopes did not load');
  if (typed !== undefined) {
    name.focus();
    await sendKeys({ type: typed });
  }
  return { dialog, name };
}

export async function noDialog(el: OperatorTokenManager): Promise<void> {
  await until(() => !el.shadowRoot!.querySelector('dialog[open]'), 'a dialog stayed open');
}

/** The row headers' token names, in order. */
export function names(el: OperatorTokenManager): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('tbody [part~=token-name]'), (n) =>
    n.textContent!.trim(),
  );
}

/** The row of a token, by id, through the prefix it shows. */
export function rowOf(el: OperatorTokenManager, prefix: string): HTMLTableRowElement {
  const code = Array.from(el.shadowRoot!.querySelectorAll('tbody [part~=prefix]')).find(
    (c) => c.textContent === `${prefix}…`,
  );
  if (!code) throw new Error(`No row shows ${prefix}…`);
  return code.closest('tr')!;
}

/** "Rotate <name>" on a token, then the grace period chosen and "Rotate token" clicked; the dialog. */
export async function rotate(
  el: OperatorTokenManager,
  token: { name: string },
  grace: string,
): Promise<HTMLDialogElement> {
  await click(el, `Rotate ${token.name}`);
  const dialog = await openDialog(el);
  getByShadowRole(dialog, 'radio', { name: grace }).click();
  await click(dialog, 'Rotate token');
  return dialog;
}

/** Stubs `navigator.clipboard` for one test; returns what was written and a restore function. */
export function stubClipboard(writeText?: (text: string) => Promise<void>) {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    get: () =>
      writeText === undefined
        ? undefined
        : {
            writeText: (text: string) => {
              written.push(text);
              return writeText(text);
            },
          },
  });
  return {
    written,
    restore: () => delete (navigator as { clipboard?: unknown }).clipboard,
  };
}

/**
 * Every place a secret could linger: the shadow tree's HTML, every attribute and field value,
 * and every string reachable from the element's own properties and its controllers.
 */
export function traces(el: OperatorTokenManager, secret: string): string[] {
  const found: string[] = [];
  const piece = secret.slice(-12);
  if (el.shadowRoot!.innerHTML.includes(piece) || el.outerHTML.includes(piece)) found.push('HTML');
  for (const node of [el, ...deepQuerySelectorAll(el, '*')]) {
    for (const attr of Array.from(node.attributes))
      if (attr.value.includes(piece)) found.push(`attribute ${attr.name}`);
    if ('value' in node && String((node as HTMLInputElement).value).includes(piece))
      found.push(`value of <${node.localName}> ${node.id}`);
  }
  const seen = new WeakSet<object>();
  const walk = (value: unknown, path: string, depth: number): void => {
    if (typeof value === 'string') {
      if (value.includes(piece)) found.push(path);
      return;
    }
    if (!value || typeof value !== 'object' || value instanceof Node || depth > 6) return;
    if (seen.has(value)) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      let child: unknown;
      try {
        child = (value as Record<PropertyKey, unknown>)[key];
      } catch {
        continue;
      }
      walk(child, `${path}.${String(key)}`, depth + 1);
    }
    if (value instanceof Map || value instanceof Set)
      [...value.values()].forEach((v, i) => walk(v, `${path}[${i}]`, depth + 1));
  };
  for (const key of Reflect.ownKeys(el)) {
    walk((el as unknown as Record<PropertyKey, unknown>)[key], `el.${String(key)}`, 0);
  }
  const once = new WeakSet<object>();
  const json = JSON.stringify(el, (_key, value: unknown) => {
    if (value && typeof value === 'object') {
      if (once.has(value) || (value instanceof Node && value !== el)) return undefined;
      once.add(value);
    }
    return value;
  });
  if (json.includes(piece)) found.push('JSON');
  return found;
}

/** Copies the revealed secret and closes the reveal. */
export async function copyAndClose(el: OperatorTokenManager) {
  const clipboard = stubClipboard(() => Promise.resolve());
  try {
    const reveal = await findByShadowRole(el, 'dialog', { name: /Your new secret/ });
    await click(reveal, 'Copy');
    await findText(reveal, 'Copied');
    await click(reveal, 'Done');
    await noDialog(el);
  } finally {
    clipboard.restore();
  }
}
