// The single-file build on a page with a strict Content Security Policy: no inline script or style,
// no eval. The security notes (README, docs/security.md) promise that the elements need nothing
// more, and, under Trusted Types, only Lit's `lit-html` policy (with 'allow-duplicates' when the
// host uses Lit too).
import { expect, waitUntil } from '@open-wc/testing';
import { setupBuiltFake } from './built-fake.js';

const strict = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
];
const trustedTypes = "require-trusted-types-for 'script'";

const bundle = new URL('../../dist/cdn/operator-admin.js', import.meta.url).href;
/** A host page's own Lit (its production build), which creates its own `lit-html` policy. */
const hostLit = new URL('../../node_modules/lit-html/lit-html.js', import.meta.url).href;

/**
 * A same-origin frame whose document carries `policy` and loads `scripts` (parser-inserted module
 * scripts: a script URL set from code would itself need a Trusted Types policy), with a token
 * manager and an access log in it.
 */
async function strictPage(policy: string, scripts: string[]) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 900px';
  frame.srcdoc = `<!doctype html>
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
    <operator-token-manager></operator-token-manager>
    <operator-access-log range="30d"></operator-access-log>`;
  const violations: string[] = [];
  const errors: string[] = [];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  // The frame's first window is kept for its same-origin srcdoc document: listened to now, it
  // hears what the module scripts do as they load (a refused policy throws, and is reported).
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`),
  );
  // (Less the virtualizer's benign ResizeObserver loop notices.)
  win.addEventListener('error', (event) => {
    if (!/ResizeObserver loop/.test(event.message)) errors.push(event.message);
  });
  await loaded;
  return { frame, doc: frame.contentDocument!, win, violations, errors };
}

/** Both elements given the built fake's client; resolves once each rendered data. */
async function renderWithData(doc: Document, win: Window & typeof globalThis) {
  const { client } = setupBuiltFake({ logEntries: 500 });
  const manager = doc.querySelector('operator-token-manager') as HTMLElement & { client: unknown };
  const log = doc.querySelector('operator-access-log') as HTMLElement & { client: unknown };
  manager.client = client;
  log.client = client;
  await waitUntil(
    () => manager.shadowRoot!.querySelectorAll('tbody tr').length > 0,
    'the token list did not render',
    { timeout: 10_000 },
  );
  log.scrollIntoView(); // the virtualizer draws the rows in view
  await waitUntil(
    () => log.shadowRoot!.querySelectorAll('[part~=entry]').length > 0,
    'the log rendered no entries (its virtualizer is a lazy chunk)',
    { timeout: 10_000 },
  );
  // The stylesheets applied: the primary button has the primary colour, not the browser's grey,
  // and the white text derived from it (a relative colour, which computes in oklch).
  const generate = manager.shadowRoot!.querySelector('[part~=generate-button]')!;
  expect(win.getComputedStyle(generate).color).to.equal('oklch(1 0 0)');
  return { manager, log };
}

const cases = [
  { title: 'a strict CSP', policy: strict, host: 'plain' },
  {
    title: 'Trusted Types with the lit-html policy',
    policy: [...strict, trustedTypes, 'trusted-types lit-html'],
    host: 'plain',
  },
  {
    title: "Trusted Types on a host that uses Lit too, with 'allow-duplicates'",
    policy: [...strict, trustedTypes, "trusted-types lit-html 'allow-duplicates'"],
    host: 'lit',
  },
] as const;

describe('the single-file build under a strict CSP', () => {
  for (const { title, policy, host } of cases) {
    const text = policy.join('; ');
    it(`${title}: renders both elements with data and breaks no rule of "${text}"`, async () => {
      const scripts = host === 'lit' ? [hostLit, bundle] : [bundle];
      const { frame, doc, win, violations, errors } = await strictPage(text, scripts);
      if (host === 'lit') {
        // The host's Lit ran first and made its policy, so the bundle's Lit made a second one.
        const versions = (win as unknown as { litHtmlVersions?: string[] }).litHtmlVersions;
        expect(versions, 'two copies of lit-html on the page').to.have.length(2);
      }
      await waitUntil(
        () => win.customElements.get('operator-access-log') || errors.length,
        'the elements were not defined',
        { timeout: 10_000 },
      );
      expect(errors, 'errors as the scripts loaded').to.deep.equal([]);
      await renderWithData(doc, win);
      // Trusted Types are enforced in this frame: a string where script HTML goes is refused.
      if (policy.includes(trustedTypes)) {
        let refused: unknown;
        try {
          doc.createElement('div').innerHTML = '<b>tt-probe</b>';
        } catch (error) {
          refused = error;
        }
        expect((refused as Error | undefined)?.name).to.equal('TypeError');
        await waitUntil(() => violations.some((v) => v.includes('tt-probe')), 'no report');
      }
      expect(violations.filter((v) => !v.includes('tt-probe'))).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      frame.remove();
    });
  }

  it("without 'allow-duplicates', a host that uses Lit too breaks the elements' Lit", async () => {
    const policy = [...strict, trustedTypes, 'trusted-types lit-html'].join('; ');
    const { frame, win, violations, errors } = await strictPage(policy, [hostLit, bundle]);
    await waitUntil(() => violations.length > 0 || errors.length > 0, 'nothing was refused', {
      timeout: 10_000,
    });
    expect([...violations, ...errors].join(' ')).to.match(/trusted-types|lit-html/);
    expect(win.customElements.get('operator-token-manager')).to.equal(undefined);
    frame.remove();
  });
});
