/**
 * The pseudo-locale test: every English string, accented, about 40% longer and wrapped in ⟦…⟧,
 * registered as `en-XA`, then both elements rendered in their main states at 360 and 1280 px.
 * A visible text or accessible name with letters outside the markers did not come from the
 * catalogue (unless it is data, or what `Intl` formats); a clipped or overlapping text means a
 * translation longer than English would be cut or run into its neighbour.
 */
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/access-log/index.js';
import { accessLogMessages } from '../../src/access-log/messages.js';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import type { AccessLogEntry } from '../../src/client/types.js';
import { DEFAULT_SCOPES, type FakeOperatorApiOptions } from '../../src/mocks/index.js';
import { registerMessages, type OperatorTranslation } from '../../src/shared/localize.js';
import { sharedMessages } from '../../src/shared/messages.js';
import '../../src/token-manager/index.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import { tokenManagerMessages } from '../../src/token-manager/messages.js';
import { deepQuerySelectorAll } from 'shadow-dom-testing-library';
import { setupFake } from '../helpers/fake.js';

const LANG = 'en-XA';
const OPEN = '⟦';
const CLOSE = '⟧';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'åƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const accent = (c: string) => ACCENTED[PLAIN.indexOf(c)] ?? c;

/** `text` accented, about 40% longer, in markers; `{brand}` and `kept` strings as they are. */
function pseudo(text: string, kept: string[] = []): string {
  const protect = ['{brand}', ...kept.filter(Boolean)].sort((a, b) => b.length - a.length);
  let out = '';
  let letters = 0;
  for (let i = 0; i < text.length;) {
    const keep = protect.find((value) => text.startsWith(value, i));
    if (keep) {
      out += keep;
      i += keep.length;
    } else {
      const c = text[i++]!;
      if (/\p{L}/u.test(c)) letters++;
      out += accent(c);
    }
  }
  return `${OPEN}${out}${letters ? ` ${'~'.repeat(Math.ceil(letters * 0.4))}` : ''}${CLOSE}`;
}

/**
 * A message function wrapped: its result pseudo-localised, but for the strings it was given (a
 * name, an IP, a detail), which show as they are.
 */
const pseudoFunction =
  (fn: (...args: never[]) => string) =>
  (...args: unknown[]): string =>
    pseudo(
      (fn as (...args: unknown[]) => string)(...args),
      args.filter((arg): arg is string => typeof arg === 'string'),
    );

const english: Record<string, unknown> = {
  ...sharedMessages,
  ...tokenManagerMessages,
  ...accessLogMessages,
  // Operator's words for the scopes go through the catalogue too (a host may reword them).
  tmScopeLabel: (_: string, label: string) => label,
  tmScopeDescription: (_: string, description: string) => description,
};

const translation = Object.fromEntries(
  Object.entries(english)
    .filter(([key]) => key !== 'brand' && !key.startsWith('$'))
    .map(([key, value]) => [
      key,
      typeof value === 'function'
        ? pseudoFunction(value as (...args: never[]) => string)
        : pseudo(String(value)),
    ]),
) as Partial<OperatorTranslation>;

registerMessages({ ...translation, $code: LANG, $name: 'Pseudo', $dir: 'ltr' });

// ---------------------------------------------------------------------------------------------
// What may show outside the markers.

/** Words `Intl` writes in the pseudo-locale's language: months, days, units, relative times. */
const intlWords = (() => {
  const words = new Set<string>();
  const add = (text: string) => text.match(/\p{L}+/gu)?.forEach((word) => words.add(word));
  const lang = new Intl.Locale(LANG).language;
  for (let month = 0; month < 12; month++)
    for (const hour of [3, 15]) {
      const date = new Date(2026, month, 10 + month, hour);
      for (const options of [
        { dateStyle: 'full', timeStyle: 'full' },
        { dateStyle: 'medium', timeStyle: 'long' },
        { month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric' },
        { weekday: 'short' },
        { timeZoneName: 'shortOffset' },
      ] as Intl.DateTimeFormatOptions[])
        add(new Intl.DateTimeFormat(lang, options).format(date));
    }
  const units = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;
  for (const unit of units)
    for (const n of [-2, -1, 0, 1, 2]) {
      add(new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(n, unit));
      for (const unitDisplay of ['long', 'short', 'narrow'] as const)
        add(new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay }).format(n));
    }
  for (const unit of ['millisecond', 'kilobyte', 'percent'])
    for (const unitDisplay of ['long', 'short', 'narrow'] as const)
      add(new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay }).format(12));
  return words;
})();

/** Data the fake sent: token names, prefixes and ids, IPs, paths, methods, user agents, ids. */
const data = new Set<string>([
  // The log's method filter offers the HTTP methods.
  ...['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  // A token's scopes show as their ids in the list, as its prefix does: data, not words.
  ...DEFAULT_SCOPES.map((scope) => scope.id),
]);

function collect(values: Iterable<unknown>) {
  for (const value of values) if (typeof value === 'string' && value) data.add(value);
}

/** What is left of `text` once the catalogue's strings, the data and `Intl`'s words are out. */
function foreign(text: string): string {
  let rest = text;
  // Innermost first: a message may hold another (a sentence with its error's).
  while (/⟦[^⟦⟧]*⟧/.test(rest)) rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  // The longest first: a token's name may contain another's.
  for (const value of [...data].sort((a, b) => b.length - a.length))
    if (rest.includes(value)) rest = rest.split(value).join(' ');
  const words = rest.match(/\p{L}+/gu) ?? [];
  return words.filter((word) => !intlWords.has(word)).join(' ');
}

const visible = (element: Element) =>
  element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) ||
  // An option of a closed <select> is not rendered, but a user reads it on opening the list.
  element.closest('select')?.checkVisibility() === true;

/** Every element under `host`, through shadow roots. */
const deep = (host: HTMLElement) => deepQuerySelectorAll(host, '*');

const NAMING = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-valuetext'];

/** Each visible text, or accessible name, that did not come from the catalogue. */
function leaks(host: HTMLElement): string[] {
  const found: string[] = [];
  for (const element of deep(host)) {
    if (!visible(element) || element.matches('style, script, template')) continue;
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const rest = foreign(node.textContent!);
      if (rest) found.push(`${tag(element)}: “${node.textContent!.trim()}” (${rest})`);
    }
    for (const name of NAMING) {
      const value = element.getAttribute(name);
      const rest = value && foreign(value);
      if (rest) found.push(`${tag(element)}[${name}]: “${value}” (${rest})`);
    }
    if (element instanceof HTMLInputElement && ['button', 'submit'].includes(element.type)) {
      const rest = foreign(element.value);
      if (rest) found.push(`${tag(element)}[value]: “${element.value}” (${rest})`);
    }
  }
  return found;
}

function tag(element: Element): string {
  const part = element.getAttribute('part');
  const cls = element.getAttribute('class');
  return `<${element.localName}${part ? ` part="${part}"` : ''}${cls ? ` class="${cls}"` : ''}>`;
}

/** Text clipped by its box, or the boxes of sibling controls that overlap. */
function layoutProblems(host: HTMLElement): string[] {
  const found: string[] = [];
  for (const element of deep(host)) {
    if (!(element instanceof HTMLElement) || !visible(element)) continue;
    const style = getComputedStyle(element);
    const clips = /hidden|clip/.test(style.overflowX) || /hidden|clip/.test(style.overflow);
    // A visually hidden text (1 px, clipped) is for screen readers: it is meant to clip.
    const hidden = element.clientWidth <= 1 || element.clientHeight <= 1;
    // Data (a long path, a name) may end in an ellipsis, whole in its row's details; words not.
    if (
      clips &&
      !hidden &&
      element.scrollWidth > element.clientWidth + 1 &&
      element.textContent!.includes(OPEN)
    )
      found.push(
        `${tag(element)} clips “${element.textContent!.trim().slice(0, 60)}” (${element.scrollWidth} > ${element.clientWidth})`,
      );
  }
  const controls = [...deep(host)].filter(
    (element): element is HTMLElement =>
      element instanceof HTMLElement &&
      element.matches('button, input, select, label, a, summary, progress') &&
      visible(element),
  );
  const byParent = new Map<Node, HTMLElement[]>();
  for (const control of controls) {
    const parent = control.parentNode!;
    byParent.set(parent, [...(byParent.get(parent) ?? []), control]);
  }
  for (const siblings of byParent.values())
    for (let i = 0; i < siblings.length; i++)
      for (let j = i + 1; j < siblings.length; j++) {
        const a = siblings[i]!.getBoundingClientRect();
        const b = siblings[j]!.getBoundingClientRect();
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1 && a.width && b.width)
          found.push(`${tag(siblings[i]!)} overlaps ${tag(siblings[j]!)}`);
      }
  return found;
}

/** Both checks, in a state, as one list (empty when the state passes). */
async function problems(host: HTMLElement, state: string): Promise<string[]> {
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  return [...leaks(host), ...layoutProblems(host)].map((problem) => `${state}: ${problem}`);
}

const root = (el: Element) => el.shadowRoot!;

async function settle(el: OperatorTokenManager | OperatorAccessLog) {
  await el.updateComplete;
  await new Promise(requestAnimationFrame);
}

// ---------------------------------------------------------------------------------------------

async function tokenManager(options: FakeOperatorApiOptions = {}, fault?: boolean) {
  const { fake, client } = setupFake(options);
  if (fault) fake.fault('tokens.list', { status: 500 });
  collect(fake.tokens.flatMap((token) => [token.name, token.prefix, token.id, token.last_used_ip]));
  const el = await fixture<OperatorTokenManager>(
    html`<operator-token-manager lang=${LANG} .client=${client}></operator-token-manager>`,
  );
  await waitUntil(
    () => root(el).querySelector('table, [part~=empty], [part~=error]'),
    'the list did not load',
  );
  await settle(el);
  return { fake, el };
}

async function dialogOf(el: OperatorTokenManager) {
  await waitUntil(() => root(el).querySelector('dialog[open]'), 'no dialog opened');
  await settle(el);
  return root(el).querySelector<HTMLDialogElement>('dialog[open]')!;
}

/** The form's submit button (the dialog's other action is a `type="button"`). */
const submit = (form: HTMLElement) =>
  form.querySelector<HTMLButtonElement>('[part~=dialog-actions] button:not([type=button])')!;

async function closeDialog(el: OperatorTokenManager) {
  root(el).querySelector<HTMLDialogElement>('dialog[open]')?.close();
  await waitUntil(() => !root(el).querySelector('dialog[open]'), 'a dialog stayed open');
}

async function tokenManagerProblems(): Promise<string[]> {
  const found: string[] = [];

  const list = await tokenManager();
  found.push(...(await problems(list.el, 'list')));

  // Generate: the form, with its scopes as Operator sends them and the "no expiration" warning.
  root(list.el).querySelector<HTMLButtonElement>('[part~=generate-button]')!.click();
  const form = await dialogOf(list.el);
  await waitUntil(() => form.querySelector('[part~=scope-options]'), 'no scopes');
  const scopes = list.fake.requests.find((r) => r.url.endsWith('/scopes'))!;
  expect(scopes.headers['accept-language']).to.equal(LANG);
  form.querySelector<HTMLInputElement>('input[value=none]')!.click();
  await settle(list.el);
  found.push(...(await problems(list.el, 'generate form')));
  form.querySelector<HTMLInputElement>('input[value=custom]')!.click();
  await settle(list.el);
  // An invalid submit: the field errors.
  submit(form).click();
  await waitUntil(() => form.querySelector('[part~=field-error]'), 'no field error');
  found.push(...(await problems(list.el, 'generate form, errors')));
  form.querySelector<HTMLInputElement>('input[value="90"]')!.click();
  const name = form.querySelector<HTMLInputElement>('input[name=name]')!;
  name.value = 'Pseudo Integration';
  collect([name.value]);
  const created = oneEvent(list.el, 'operator-token-created');
  submit(form).click();
  const { detail } = await created;
  collect([detail.token.prefix, detail.token.id]);
  const reveal = await dialogOf(list.el);
  collect([reveal.querySelector<HTMLInputElement>('[part~=secret] input, input[readonly]')?.value]);
  found.push(...(await problems(list.el, 'reveal')));
  // Closing without copying asks first.
  const done = [...reveal.querySelectorAll<HTMLButtonElement>('[part~=dialog-actions] button')].at(
    -1,
  )!;
  done.click();
  await settle(list.el);
  found.push(...(await problems(list.el, 'reveal, not copied')));
  await closeDialog(list.el);
  await settle(list.el);
  // The token just created is listed now.
  collect(list.fake.tokens.flatMap((token) => [token.name, token.prefix, token.id]));
  found.push(...(await problems(list.el, 'list after create')));

  // Rotate and revoke confirmations, through each row's buttons.
  const actions = () =>
    [...root(list.el).querySelectorAll<HTMLButtonElement>('[part~=row-actions] button')].filter(
      (button) => visible(button),
    );
  for (const [state, index] of [
    ['rotate confirmation', 1],
    ['revoke confirmation', 2],
  ] as const) {
    actions()[index]!.click();
    await dialogOf(list.el);
    found.push(...(await problems(list.el, state)));
    await closeDialog(list.el);
  }

  const empty = await tokenManager({ tokens: 0 });
  found.push(...(await problems(empty.el, 'empty')));
  const failed = await tokenManager({}, true);
  found.push(...(await problems(failed.el, 'error')));
  return found;
}

async function accessLogProblems(): Promise<string[]> {
  const found: string[] = [];
  const { fake, client } = setupFake({ logEntries: 300 });
  collect(fake.tokens.flatMap((token) => [token.name, token.prefix, token.id]));
  const entries: AccessLogEntry[] = [];
  for await (const entry of client.accessLogs.iterate({ limit: 100 })) entries.push(entry);
  // The newest request, from an IP its token had not used: the "new IP" hint beside it.
  entries.unshift(
    ...fake.addLogEntries(1, { token_id: entries[0]!.token_id, ip: '198.51.100.77' }),
  );
  collect(
    entries.flatMap((entry) => [
      entry.id,
      entry.method,
      entry.path,
      entry.ip,
      entry.user_agent,
      entry.request_id,
      entry.token_name,
      entry.token_prefix,
    ]),
  );
  const el = await fixture<OperatorAccessLog>(
    html`<operator-access-log lang=${LANG} range="30d" .client=${client}></operator-access-log>`,
  );
  await waitUntil(() => root(el).querySelector('[part~=row]'), 'no rows', { timeout: 10_000 });
  await waitUntil(() => root(el).querySelector('[part~=chart-svg], [part~=chart-empty]'));
  await settle(el);
  found.push(...(await problems(el, 'log rows and filters')));

  // A row's details.
  root(el).querySelector<HTMLButtonElement>('[part~=toggle]')!.click();
  await waitUntil(() => root(el).querySelector('[part~=details]'), 'no details');
  await settle(el);
  found.push(...(await problems(el, 'row details')));

  // An export, the file handled by the host (no download).
  el.addEventListener('operator-export-complete', (event) => event.preventDefault(), {
    once: true,
  });
  const exported = oneEvent(el, 'operator-export-complete');
  root(el).querySelector<HTMLButtonElement>('[part~=toolbar] button')!.click();
  const { detail } = await exported;
  collect([detail.filename]);
  await settle(el);
  found.push(...(await problems(el, 'export done')));

  // Live, then an empty result.
  const live = root(el).querySelector<HTMLInputElement>('[part~=toolbar] input[type=checkbox]')!;
  live.click();
  await settle(el);
  found.push(...(await problems(el, 'live')));
  live.click();

  const empty = setupFake({ logEntries: 0, tokens: 0 });
  const none = await fixture<OperatorAccessLog>(
    html`<operator-access-log lang=${LANG} .client=${empty.client}></operator-access-log>`,
  );
  await waitUntil(() => root(none).querySelector('[part~=state], [part~=chart-empty]'));
  await settle(none);
  found.push(...(await problems(none, 'empty log')));

  const broken = setupFake();
  broken.fake.fault('accessLogs.list', { status: 500 });
  broken.fake.fault('accessLogs.stats', { status: 500 });
  const failed = await fixture<OperatorAccessLog>(
    html`<operator-access-log lang=${LANG} .client=${broken.client}></operator-access-log>`,
  );
  await waitUntil(() => root(failed).querySelectorAll('.error').length >= 1, 'no error', {
    timeout: 10_000,
  });
  await settle(failed);
  found.push(...(await problems(failed, 'log error')));
  return found;
}

describe('pseudo-locale', () => {
  // The log's virtualizer may report a benign ResizeObserver loop; Lit's own tests ignore it too.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('accents, lengthens and marks every string, keeping data and {brand}', () => {
    const rotate = (translation as Record<string, (name: string) => string>).tmRotateNamed!;
    expect(rotate('CRM')).to.equal('⟦Ŕöţåţé CRM ~~~⟧');
    expect(translation.tmEmptyHint).to.match(/^⟦.*\{brand\}.*⟧$/);
    expect(pseudo('Retry').length).to.be.greaterThan('Retry'.length * 1.4);
    expect(foreign('⟦Ŕéţŕý ~~~⟧ CRM')).to.equal('CRM');
  });

  it('catches a word that did not come from the catalogue', async () => {
    const { client } = setupFake({ tokens: 0 });
    const el = await fixture<OperatorTokenManager>(
      html`<operator-token-manager
        lang=${LANG}
        .client=${client}
        .messages=${{ tmGenerate: 'Generate token' }}
      ></operator-token-manager>`,
    );
    await waitUntil(() => root(el).querySelector('[part~=empty]'), 'the list did not load');
    expect(leaks(el)).to.deep.equal([
      '<button part="generate-button" class="primary">: “Generate token” (Generate token)',
    ]);
  });

  for (const width of [360, 1280])
    describe(`at ${width} px`, () => {
      before(() => setViewport({ width, height: 900 }));
      after(() => setViewport({ width: 800, height: 600 }));

      it('the token manager shows only the catalogue’s words, none clipped or overlapping', async () => {
        expect(await tokenManagerProblems()).to.deep.equal([]);
      });

      it('the access log shows only the catalogue’s words, none clipped or overlapping', async () => {
        expect(await accessLogProblems()).to.deep.equal([]);
      });
    });
});
