// The single-file build on a page with a strict Content Security Policy: no inline script or style,
// no eval. The README's security notes promise that the elements need nothing more.
import { expect, waitUntil } from '@open-wc/testing';
import { setupBuiltFake } from './built-fake.js';

const policy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
].join('; ');

/** A same-origin frame whose document carries `policy`, with the elements not yet defined. */
async function strictPage() {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 900px';
  frame.srcdoc = `<!doctype html>
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <operator-token-manager></operator-token-manager>
    <operator-access-log range="30d"></operator-access-log>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const violations: string[] = [];
  doc.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
  return { frame, doc, win: frame.contentWindow as Window & typeof globalThis, violations };
}

describe('the single-file build under a strict CSP', () => {
  it(`renders both elements with data and breaks no rule of "${policy}"`, async () => {
    const { frame, doc, win, violations } = await strictPage();
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('../../dist/cdn/operator-admin.js', import.meta.url).href;
    doc.head.append(script);
    await win.customElements.whenDefined('operator-access-log');

    const { client } = setupBuiltFake({ logEntries: 500 });
    const manager = doc.querySelector('operator-token-manager') as HTMLElement & {
      client: unknown;
    };
    const log = doc.querySelector('operator-access-log') as HTMLElement & { client: unknown };
    manager.client = client;
    log.client = client;

    await waitUntil(
      () => manager.shadowRoot!.querySelectorAll('tbody tr').length > 0,
      'the token list did not render',
      { timeout: 5000 },
    );
    log.scrollIntoView(); // the virtualizer draws the rows in view
    await waitUntil(
      () => log.shadowRoot!.querySelectorAll('[part~=entry]').length > 0,
      'the log rendered no entries (its virtualizer is a lazy chunk)',
      { timeout: 5000 },
    );
    // The stylesheets applied: the primary button has the primary colour, not the browser's grey.
    const generate = manager.shadowRoot!.querySelector('[part~=generate-button]')!;
    expect(win.getComputedStyle(generate).color).to.equal('rgb(255, 255, 255)');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
