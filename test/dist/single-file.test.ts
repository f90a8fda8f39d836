// The single-file build, as a plain page loads it with <script type="module" src="…">.
import { expect, fixture, html } from '@open-wc/testing';
import { FAKE_CREDENTIAL, createFakeOperatorApi } from '../../dist/mocks/index.js';
import { findByShadowRole } from 'shadow-dom-testing-library';
import { deepText } from '../helpers/text.js';

const cdn = (path: string) => new URL(`../../dist/cdn/${path}`, import.meta.url).href;

/** Adds `<script type="module">` to the page, as a plain page has it; resolves once it ran. */
function addScript(attributes: { src: string } | { text: string }): Promise<unknown> {
  const script = document.createElement('script');
  script.type = 'module';
  if ('src' in attributes) script.src = attributes.src;
  else script.textContent = attributes.text;
  const done = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  document.head.append(script);
  return 'src' in attributes ? done : Promise.resolve();
}

describe('the single-file build', () => {
  it('loads with no bundler and registers both elements', async () => {
    await addScript({ src: cdn('operator-admin.js') });
    await customElements.whenDefined('operator-token-manager');
    await customElements.whenDefined('operator-access-log');
    // Without a client, each renders what it needs, from the script's own catalogue.
    for (const tag of ['operator-token-manager', 'operator-access-log']) {
      const el = await fixture(`<${tag}></${tag}>`);
      expect(deepText(el), tag).to.equal('Not configured: set a client, or a base-url with auth.');
    }
  });

  it('speaks French with translations/fr.js imported beside it', async () => {
    const el = await speaking('fr');
    const generate = await findByShadowRole(el, 'button', { name: 'Générer un jeton' });
    expect(generate.textContent!.trim()).to.equal('Générer un jeton');
    expect(deepText(el)).not.to.contain('Generate token');
  });

  it('speaks Arabic, right to left, with translations/ar.js imported beside it', async () => {
    const el = await speaking('ar');
    const generate = await findByShadowRole(el, 'button', { name: 'إنشاء رمز مميز' });
    expect(generate.textContent!.trim()).to.equal('إنشاء رمز مميز');
    expect(deepText(el)).not.to.contain('Generate token');
    expect(getComputedStyle(el).direction).to.equal('rtl');
  });
});

/**
 * A token manager under `lang`, from the single script with `translations/<lang>.js` imported
 * beside it as a page does, after checking that the locale imports the script and nothing else.
 */
async function speaking(lang: string): Promise<HTMLElement> {
  // No bare specifier, which a page without an import map cannot resolve, and no second copy of
  // the localize registry.
  const locale = cdn(`translations/${lang}.js`);
  const source = await (await fetch(locale)).text();
  const imported = [...source.matchAll(/(?:import|from)\s*["']([^"']+)["']/g)].map(
    ([, specifier]) => new URL(specifier, locale).href,
  );
  expect(imported).to.deep.equal([cdn('operator-admin.js')]);

  await addScript({ src: cdn('operator-admin.js') });
  // As a page adds it: an inline module script importing the locale beside the script.
  const registered = new Promise((resolve) => addEventListener(`${lang}-registered`, resolve));
  await addScript({
    text: `import '${locale}'; dispatchEvent(new Event('${lang}-registered'));`,
  });
  await registered;

  const fake = createFakeOperatorApi({ baseUrl: 'https://api.operator.test/v1' });
  const { createOperatorClient } = (await import(cdn('operator-admin.js'))) as {
    createOperatorClient: typeof import('../../dist/client/index.js').createOperatorClient;
  };
  const client = createOperatorClient({
    baseUrl: 'https://api.operator.test/v1',
    auth: FAKE_CREDENTIAL,
    fetch: fake.fetch,
  });
  return fixture(
    html`<operator-token-manager lang=${lang} .client=${client}></operator-token-manager>`,
  );
}
