/**
 * Reflow (WCAG 1.4.10): at 320 CSS pixels the page does not scroll sideways, and at 200% zoom
 * (640 pixels with the root font size doubled) nothing is lost: every control has a size and lies
 * within the page, or within a box that scrolls to it (the tables, which 1.4.10 lets scroll).
 */
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/access-log/index.js';
import '../../src/token-manager/index.js';
import { scroller, waitForRows } from '../helpers/access-log.js';
import { setupFake } from '../helpers/fake.js';
import { deepQuerySelectorAll } from 'shadow-dom-testing-library';
import { openGenerateForm } from '../helpers/token-manager.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import type { OperatorAccessLog } from '../../src/access-log/index.js';

const CONTROLS = 'button, input, select, textarea, a[href], [tabindex="0"]';

/** The box that clips an element sideways: its nearest ancestor that scrolls or hides overflow. */
function clipper(element: Element): Element | undefined {
  for (let node: Node | null = element.parentNode; node;) {
    if (node instanceof ShadowRoot) node = node.host;
    if (!(node instanceof Element) || node === document.documentElement) return undefined;
    if (getComputedStyle(node).overflowX !== 'visible') return node;
    node = node.parentNode;
  }
  return undefined;
}

const scrolls = (box?: Element) => !!box && /auto|scroll/.test(getComputedStyle(box).overflowX);

const labelOf = (control: Element) =>
  `<${control.localName}> "${(control.textContent ?? '').trim().slice(0, 40) || control.getAttribute('aria-label') || ''}"`;

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What is lost: the page's sideways scroll, and each control that has no size or is cut off. */
function lost(root: HTMLElement): string[] {
  const problems: string[] = [];
  (deepActive() as HTMLElement | null)?.blur();
  const { scrollWidth } = document.documentElement;
  if (scrollWidth > innerWidth)
    problems.push(
      `the page scrolls sideways: ${scrollWidth} > ${innerWidth}, past it: ${[
        ...document.querySelectorAll('body *'),
        ...deepQuerySelectorAll(root, '*'),
      ]
        .filter((e) => e.getBoundingClientRect().right > innerWidth && !scrolls(clipper(e)))
        .slice(0, 10)
        .map(labelOf)
        .join(' ')}`,
    );
  for (const control of deepQuerySelectorAll(root, CONTROLS)) {
    // As a keyboard user meets it: focused (a cut-off time shows in full on focus).
    (control as HTMLElement).focus({ preventScroll: true });
    if (document.documentElement.scrollWidth > innerWidth)
      problems.push(`focused, ${labelOf(control)} makes the page scroll sideways`);
    const box = control.getBoundingClientRect();
    const what = labelOf(control);
    if (!box.width || !box.height) {
      problems.push(`${what} has no size`);
      continue;
    }
    const clip = clipper(control);
    // A log cell's time is cut with an ellipsis by design, and shown in full on hover and focus
    // (its cell then lets it overflow); that needs the window to have focus, which a test page
    // running beside others may not have, so it is left to the log's own tests.
    if (control.localName === 'time' && clip && getComputedStyle(clip).textOverflow === 'ellipsis')
      continue;
    // In a box that scrolls sideways (a table), scrolling the box reaches it.
    const inScroller = scrolls(clip);
    const left = inScroller ? -Infinity : (clip?.getBoundingClientRect().left ?? 0);
    const right = inScroller ? Infinity : (clip?.getBoundingClientRect().right ?? innerWidth);
    if (box.left < left - 1 || box.right > right + 1)
      problems.push(`${what} is cut off: ${Math.round(box.left)}–${Math.round(box.right)} px`);
  }
  return problems;
}

function expectNothingLost(root: HTMLElement) {
  const problems = lost(root);
  expect(problems, problems.join('\n')).to.deep.equal([]);
}

const sizes = [
  { name: '320 CSS px', width: 320, height: 640, rootFontSize: '' },
  {
    name: '200% zoom (640 px, root font size doubled)',
    width: 640,
    height: 480,
    rootFontSize: '200%',
  },
];

describe('reflow', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const size of sizes)
    describe(size.name, () => {
      beforeEach(async () => {
        await setViewport({ width: size.width, height: size.height });
        document.documentElement.style.fontSize = size.rootFontSize;
      });

      it('the token manager: its list, and its Generate form', async () => {
        const { client } = setupFake({ tokens: 4 });
        const el = await fixture<OperatorTokenManager>(
          html`<operator-token-manager .client=${client}></operator-token-manager>`,
        );
        await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'no list', {
          timeout: 10_000,
        });
        expectNothingLost(el);
        await openGenerateForm(el);
        expectNothingLost(el);
      });

      it('the access log, with a row’s details open', async () => {
        const { client } = setupFake({ logEntries: 200 });
        const el = await fixture<OperatorAccessLog>(
          html`<operator-access-log .client=${client} range="30d"></operator-access-log>`,
        );
        // The virtualizer draws the rows in view only.
        await waitUntil(() => scroller(el), 'no table', { timeout: 10_000 });
        scroller(el).scrollIntoView();
        const [row] = await waitForRows(el);
        expectNothingLost(el);
        row!.querySelector('button')!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part~=details]'));
        expectNothingLost(el);
      });
    });
});
