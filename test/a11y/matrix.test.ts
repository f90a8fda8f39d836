/**
 * axe on every state of both elements, in light and dark, left to right and right to left, and in
 * each language of `LANGUAGES`: no serious or critical violation, colour contrast included. Each
 * state is built once, then shown in every combination (the wrapper's `color-scheme` and `dir`,
 * the element's `lang`).
 */
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/access-log/index.js';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import type { FakeOperatorApi, FakeOperatorApiOptions } from '../../src/mocks/index.js';
import '../../src/token-manager/index.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import { nextExport, waitForRows } from '../helpers/access-log.js';
import { until } from '../helpers/wait.js';
import { click } from '../helpers/user.js';
import { setupFake } from '../helpers/fake.js';
import { findByShadowRole } from 'shadow-dom-testing-library';
import { findText } from '../helpers/text.js';
import { openDialog, openGenerateForm } from '../helpers/token-manager.js';
import {
  applyCombination,
  cells,
  COMBINATIONS,
  label,
  type Combination,
  LANGUAGES,
  violations,
} from './support.js';
import { HOUR } from '../../src/client/time.js';

/** A wait the test ends by removing the element (its request is then aborted). */
const FOREVER = { latency: 600_000 };

type Tag = 'operator-token-manager' | 'operator-access-log';
type Faults = Parameters<FakeOperatorApi['fault']>[];

/** An element in a wrapper (which carries the combination), on a fresh fake. */
async function mountInWrapper<T extends LitElement>(
  tag: Tag,
  { fakeOptions = {}, faults = [], attributes = {} }: MountInWrapperOptions = {},
) {
  // No client timeout: a request a fault holds stays pending however long axe takes over the
  // state, rather than end in a retry after 10 s.
  const { fake, client } = setupFake(fakeOptions, { timeout: false });
  for (const fault of faults) fake.fault(...fault);
  const el = document.createElement(tag) as unknown as T & { client: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.client = client;
  const wrapper = await fixture<HTMLDivElement>(html`<div>${el}</div>`);
  return { fake, client, el, wrapper };
}

interface MountInWrapperOptions {
  fakeOptions?: FakeOperatorApiOptions;
  faults?: Faults;
  attributes?: Record<string, string>;
}

/** The state as it is, in every combination: the cells that found something fail the test. */
async function everyCombination(el: LitElement) {
  const failures: string[] = [];
  const show = async (combination: Combination) => {
    applyCombination(el.parentElement!, el, combination);
    el.requestUpdate();
    await el.updateComplete;
  };
  for (const combination of COMBINATIONS) {
    await show(combination);
    const found = await violations(el);
    cells.run++;
    if (found.length) {
      cells.failed++;
      failures.push(`${label(combination)}:\n    ${found.join('\n    ')}`);
    }
  }
  // Back to the first (English), for what the test does next.
  await show(COMBINATIONS[0]!);
  expect(failures, failures.join('\n')).to.deep.equal([]);
}

const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

describe('accessibility matrix: axe finds nothing serious or critical', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });
  const started = performance.now();

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    await Promise.all(Object.values(LANGUAGES).map((load) => load()));
  });

  after(() => {
    const states = cells.run / COMBINATIONS.length;
    console.warn(
      `a11y matrix: ${cells.run} cells (${states} states × ${COMBINATIONS.length} combinations: ` +
        `light/dark × ltr/rtl × ${Object.keys(LANGUAGES).join(', ')}), ${cells.failed} with ` +
        `serious or critical violations, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  describe('<operator-token-manager>', () => {
    const listed = (el: Element) =>
      waitUntil(() => shadow(el, 'table'), 'the list did not load', { timeout: 10_000 });

    it('loading', async () => {
      const { el } = await mountInWrapper<OperatorTokenManager>('operator-token-manager', {
        faults: [['tokens.list', FOREVER]],
      });
      await findText(el, 'Loading');
      await everyCombination(el);
    });

    it('empty', async () => {
      const { el } = await mountInWrapper<OperatorTokenManager>('operator-token-manager', {
        fakeOptions: { tokens: 0 },
      });
      await waitUntil(() => shadow(el, '[part~=empty]'), 'not empty', { timeout: 10_000 });
      await everyCombination(el);
    });

    it('error, with Retry', async () => {
      const { el } = await mountInWrapper<OperatorTokenManager>('operator-token-manager', {
        faults: [['tokens.list', { status: 500 }]],
      });
      await findByShadowRole(el, 'button', { name: 'Retry' });
      await everyCombination(el);
    });

    it('read-only', async () => {
      const { el } = await mountInWrapper<OperatorTokenManager>('operator-token-manager', {
        attributes: { readonly: '' },
      });
      await listed(el);
      await everyCombination(el);
    });

    it('the list', async () => {
      const { el } = await mountInWrapper<OperatorTokenManager>('operator-token-manager');
      await listed(el);
      await everyCombination(el);
    });

    it('the Generate form', async () => {
      const { el } = await mountInWrapper<OperatorTokenManager>('operator-token-manager');
      await listed(el);
      await openGenerateForm(el);
      await everyCombination(el);
    });

    it("the Generate form's field errors", async () => {
      const { el } = await mountInWrapper<OperatorTokenManager>('operator-token-manager');
      await listed(el);
      const { dialog, name } = await openGenerateForm(el);
      name.value = 'n'.repeat(70);
      (await findByShadowRole<HTMLInputElement>(dialog, 'radio', { name: 'Custom date' })).click();
      await click(dialog, 'Create token');
      await waitUntil(() => dialog.querySelectorAll('[part~=field-error]').length === 2);
      await everyCombination(el);
    });

    it('a failed write', async () => {
      const { el } = await mountInWrapper<OperatorTokenManager>('operator-token-manager', {
        faults: [['tokens.create', { status: 400, message: 'Refused.' }]],
      });
      await listed(el);
      const { dialog } = await openGenerateForm(el, 'CI');
      await click(dialog, 'Create token');
      await waitUntil(() => dialog.querySelector('[part~=form-error]'), 'no error shown');
      await everyCombination(el);
    });

    it('the reveal', async () => {
      const { el } = await mountInWrapper<OperatorTokenManager>('operator-token-manager');
      await listed(el);
      const { dialog } = await openGenerateForm(el, 'CI');
      await click(dialog, 'Create token');
      await findByShadowRole(el, 'dialog', { name: /Your new secret/ });
      await everyCombination(el);
    });

    for (const action of ['Rotate', 'Revoke'])
      it(`the ${action.toLowerCase()} confirmation`, async () => {
        const { fake, el } = await mountInWrapper<OperatorTokenManager>('operator-token-manager');
        await listed(el);
        const token = fake.tokens.find((t) => t.status === 'active')!;
        await click(el, `${action} ${token.name}`);
        await openDialog(el);
        await everyCombination(el);
      });
  });

  describe('<operator-access-log>', () => {
    const log = (options: MountInWrapperOptions = {}) =>
      mountInWrapper<OperatorAccessLog>('operator-access-log', {
        fakeOptions: { logEntries: 400, ...options.fakeOptions },
        ...options,
        attributes: { range: '30d', ...options.attributes },
      });

    it('loading', async () => {
      const { el } = await log({ faults: [['accessLogs.list', FOREVER]] });
      await findText(el, 'Loading');
      await everyCombination(el);
    });

    it('rows', async () => {
      const { el } = await log();
      await waitForRows(el);
      await everyCombination(el);
    });

    it('filters applied', async () => {
      const now = Date.now();
      const since = new Date(now - 24 * 30 * HOUR).toISOString();
      const { el } = await log({
        attributes: {
          range: 'custom',
          since,
          until: new Date(now).toISOString(),
          status: '4xx',
          method: 'GET',
          q: '/v1',
        },
      });
      await waitForRows(el);
      await everyCombination(el);
    });

    it('row details open', async () => {
      const { el } = await log();
      const [row] = await waitForRows(el);
      row!.querySelector('button')!.click();
      await until(() => shadow(el, '[part~=details]'), 'the details did not open');
      await everyCombination(el);
    });

    it('live on', async () => {
      const { el } = await log({ attributes: { live: '' } });
      await waitForRows(el);
      await until(() => shadow(el, '[data-live-state=polling]'), 'not polling');
      await everyCombination(el);
    });

    it('export in progress, then done', async () => {
      const { fake, el } = await log();
      await waitForRows(el);
      fake.fault('accessLogs.list', { ...FOREVER, skip: 2, times: 1 });
      await click(el, 'Export CSV');
      await findByShadowRole(el, 'progressbar');
      await everyCombination(el);

      await click(el, 'Cancel export');
      fake.clearFaults();
      const done = nextExport(el);
      await click(el, 'Export CSV');
      await done;
      await until(() => !shadow(el, 'progress'));
      await everyCombination(el);
    });

    it('error', async () => {
      const { el } = await log({ faults: [['accessLogs.list', { status: 500 }]] });
      await until(() => shadow(el, '.state.error'), 'no error shown');
      await everyCombination(el);
    });

    it('empty', async () => {
      const { el } = await log({ fakeOptions: { logEntries: 0 } });
      await until(() => shadow(el, '.state:not([role])'), 'not empty');
      await everyCombination(el);
    });
  });
});
