/**
 * A brand in three properties: the primary, the font and the radius; what derives from them, the
 * density that scales spacing, and the older properties that still win when a host sets them.
 */
import { expect } from '@open-wc/testing';
import { getByShadowRole } from 'shadow-dom-testing-library';
import { mountTokenManager } from '../helpers/token-manager.js';
import { contrast, srgb } from './support.js';

async function primaryButton(style: string) {
  const { el } = await mountTokenManager();
  el.setAttribute('style', style);
  const button = getByShadowRole(el, 'button', { name: 'Generate token' });
  return { el, button, style: getComputedStyle(button) };
}

describe('a brand in three properties', () => {
  it('the primary fills the main button, with white or black text, whichever reads', async () => {
    for (const [primary, text] of [
      ['#1e3a8a', [255, 255, 255]],
      ['#ffd400', [0, 0, 0]],
      ['#15803d', [255, 255, 255]],
      ['#7dd3fc', [0, 0, 0]],
    ] as const) {
      const { style, el } = await primaryButton(`--operator-color-primary: ${primary}`);
      expect(srgb(style.backgroundColor), primary).to.deep.equal(srgb(primary));
      expect(srgb(style.color), primary).to.deep.equal(text);
      expect(contrast(style.color, style.backgroundColor)).to.be.at.least(4.5);
      el.remove();
    }
  });

  it('the focus ring derives from the primary, at 3:1 on the surface in light and dark', async () => {
    for (const scheme of ['light', 'dark']) {
      const { el, button } = await primaryButton(
        `--operator-color-primary: #c2410c; color-scheme: ${scheme}`,
      );
      button.focus();
      const ring = getComputedStyle(button).outlineColor;
      expect(srgb(ring)).to.not.deep.equal(srgb('#c2410c'));
      const [r, , b] = srgb(ring);
      expect(r, 'still the primary’s hue').to.be.greaterThan(b);
      expect(
        contrast(ring, getComputedStyle(el.shadowRoot!.querySelector('table')!).backgroundColor),
      ).to.be.at.least(3);
      el.remove();
    }
  });

  it('the font family and the radius reach every part; the small radius is half', async () => {
    const { style, el } = await primaryButton(
      '--operator-font-family: Georgia, serif; --operator-radius: 12px',
    );
    expect(style.fontFamily).to.equal('Georgia, serif');
    expect(style.borderTopLeftRadius).to.equal('6px');
    el.remove();
  });

  it('--operator-density scales every space', async () => {
    const padding = async (density: string) => {
      const { style, el } = await primaryButton(`--operator-density: ${density}`);
      const value = parseFloat(style.paddingInlineStart);
      el.remove();
      return value;
    };
    const normal = await padding('1');
    expect(await padding('0.75')).to.be.closeTo(normal * 0.75, 0.1);
    expect(await padding('1.25')).to.be.closeTo(normal * 1.25, 0.1);
  });

  it('a property a host sets still wins over what derives', async () => {
    const { style, el } = await primaryButton(
      '--operator-color-primary: #1e3a8a; --operator-color-on-primary: #ffd400; --operator-radius-small: 0px',
    );
    expect(srgb(style.color)).to.deep.equal(srgb('#ffd400'));
    expect(style.borderTopLeftRadius).to.equal('0px');
    el.remove();
  });
});
