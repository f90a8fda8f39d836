// The built demo's brand panel (`npm run build:demo`): a change of primary reaches both elements'
// primary buttons at once, a preset sets its values, and "Copy CSS" copies the snippet of what
// the page shows.
import { expect, waitUntil } from '@open-wc/testing';
import { inFrame, openDemo } from './demo-page.js';
import { queryAllByShadowRole } from 'shadow-dom-testing-library';

/** A control of the panel's form, set as a user would (an input event, which bubbles). */
function set(doc: Document, name: string, value: string) {
  const control = doc.querySelector<HTMLInputElement>(`#brand [name=${name}]`)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('the built demo: the brand panel', () => {
  it('restyles both elements live, and copies the CSS that reproduces them', async function () {
    this.timeout(45000);
    const frame = await openDemo((doc) => doc.querySelector('#brand [name=lang] option'));
    const doc = frame.contentDocument!;
    const view = frame.contentWindow!;
    const tokens = doc.querySelector('operator-token-manager')!;
    const generate = () =>
      queryAllByShadowRole(inFrame(tokens), 'button', { name: 'Generate token' })[0];
    await waitUntil(generate, 'no Generate button', { timeout: 15000 });
    const background = () => view.getComputedStyle(generate()!).backgroundColor;
    const before = background();

    set(doc, 'primary', '#15803d');
    expect(background()).to.equal('rgb(21, 128, 61)');
    expect(background()).to.not.equal(before);
    expect(view.getComputedStyle(generate()!).color, 'white on the green').to.equal('oklch(1 0 0)');

    // The languages that ship are offered; right to left mirrors the page.
    const languages = [...doc.querySelectorAll<HTMLOptionElement>('#brand [name=lang] option')];
    expect(languages.map((option) => option.value)).to.include.members(['en', 'fr']);
    set(doc, 'dir', 'rtl');
    expect(doc.documentElement.dir).to.equal('rtl');
    set(doc, 'radius', '14');
    set(doc, 'density', '1.25');

    const written: string[] = [];
    Object.defineProperty(view.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    doc.querySelector<HTMLButtonElement>('#brand button[type=submit]')!.click();
    await waitUntil(() => written.length, 'nothing copied', { timeout: 5000 });
    const css = written[0]!;
    expect(css).to.match(/:root \{[^}]*--operator-color-primary: #15803d;/);
    expect(css).to.contain('--operator-radius: 14px;');
    expect(css).to.contain('--operator-density: 1.25;');
    expect(css).to.contain('--operator-font-family: system-ui, sans-serif;');
    expect(css).to.contain('dir="rtl"');
    expect(doc.querySelector('#brand-status')!.textContent).to.contain('copied');

    // The snippet reproduces the page: with the panel's inline properties gone, it alone gives
    // the same primary button.
    const root = doc.documentElement;
    for (const name of [...root.style].filter((n) => n.startsWith('--operator-')))
      root.style.removeProperty(name);
    expect(background()).to.not.equal('rgb(21, 128, 61)');
    const style = doc.createElement('style');
    style.textContent = css;
    doc.head.append(style);
    expect(background()).to.equal('rgb(21, 128, 61)');

    // A preset fills in its values.
    set(doc, 'preset', 'ember');
    expect(doc.querySelector<HTMLInputElement>('#brand [name=primary]')!.value).to.equal('#c2410c');
    expect(background()).to.equal('rgb(194, 65, 12)');
    frame.remove();
  });
});
