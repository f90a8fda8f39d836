/**
 * Windows High Contrast and reduced motion, emulated by Chromium (the `media-features` command of
 * web-test-runner.config.js): in forced colours every control, badge, status and focus ring keeps
 * a visible edge; nothing in either element moves.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { OperatorAccessLog } from '../../src/access-log/index.js';
import { OperatorTokenManager } from '../../src/token-manager/index.js';
import { deepQuerySelectorAll } from 'shadow-dom-testing-library';
import { mountTokenManager, openGenerateForm } from '../helpers/token-manager.js';
import { ignoreResizeObserverNotices, logWithRows } from './support.js';

const emulate = (features: Record<string, string>) =>
  executeServerCommand('media-features', features);

const visible = (width: string, style: string, color: string) =>
  parseFloat(width) > 0 && style !== 'none' && !/^rgba\(.*, 0\)$|transparent/.test(color);

/** Whether an element shows an edge: a border, or an outline (what forced colours keep). */
function edged(element: Element) {
  const s = getComputedStyle(element);
  return (
    visible(s.borderTopWidth, s.borderTopStyle, s.borderTopColor) ||
    visible(s.outlineWidth, s.outlineStyle, s.outlineColor)
  );
}

const controls = (root: HTMLElement) =>
  deepQuerySelectorAll(
    root,
    'button, input:not([type=checkbox], [type=radio]), select, textarea',
  ).filter((e) => e.getClientRects().length);

describe('forced colours (Windows High Contrast)', () => {
  ignoreResizeObserverNotices();
  before(() => emulate({ 'forced-colors': 'active' }));
  after(() => emulate({}));

  it('is what the page sees', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('the token manager: every control, badge and scope keeps an edge, and focus a ring', async () => {
    const { el } = await mountTokenManager();
    const shown = [...controls(el), ...el.shadowRoot!.querySelectorAll('.badge, .scopes li')];
    expect(shown.length).to.be.greaterThan(10);
    for (const element of shown) expect(edged(element), element.outerHTML).to.equal(true);

    const { dialog, name } = await openGenerateForm(el);
    for (const element of controls(dialog))
      expect(edged(element), element.outerHTML).to.equal(true);
    name.focus();
    const ring = getComputedStyle(name);
    expect(visible(ring.outlineWidth, ring.outlineStyle, ring.outlineColor)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('the access log: every control, status and hint keeps an edge; the legend its colours', async () => {
    const el = await logWithRows();
    const root = el.shadowRoot!;
    const shown = [...controls(el), ...root.querySelectorAll('.status, .hint')];
    expect(shown.length).to.be.greaterThan(5);
    for (const element of shown) expect(edged(element), element.outerHTML).to.equal(true);
    const swatches = [...root.querySelectorAll('.legend i')].map(
      (i) => getComputedStyle(i).backgroundColor,
    );
    expect(new Set(swatches).size, 'three distinct swatches').to.equal(3);

    // A chart bar's focus ring is an SVG stroke, which forced colours leave alone: it takes the
    // forced text colour through currentColor.
    const bar = root.querySelector<SVGGElement>('.bar[tabindex="0"]');
    if (bar) {
      bar.focus();
      const hit = getComputedStyle(bar.querySelector('.hit')!);
      expect(hit.stroke).to.equal(hit.color);
    }
    await expect(el).to.be.accessible();
  });
});

describe('reduced motion', () => {
  ignoreResizeObserverNotices();
  before(() => emulate({ 'prefers-reduced-motion': 'reduce' }));
  after(() => emulate({}));

  it('is what the page sees', () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });

  it('neither element declares a transition or an animation, so none runs', async () => {
    for (const element of [OperatorTokenManager, OperatorAccessLog]) {
      const text = element.elementStyles
        .map((s) => (s as CSSStyleSheet & { cssText: string }).cssText)
        .join('\n');
      expect(text).not.to.match(/transition|animation|scroll-behavior:\s*smooth/);
    }
    const { el } = await mountTokenManager();
    await openGenerateForm(el);
    const log = await logWithRows();
    expect(el.shadowRoot!.getAnimations()).to.be.empty;
    expect(log.shadowRoot!.getAnimations()).to.be.empty;
  });
});
