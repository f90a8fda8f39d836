// The single-file build, as a plain page loads it with <script type="module" src="…">.
import { expect } from '@open-wc/testing';

describe('the single-file build', () => {
  it('loads with no bundler and registers both elements', async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = new URL('../../dist/cdn/operator-admin.js', import.meta.url).href;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
    await customElements.whenDefined('operator-token-manager');
    await customElements.whenDefined('operator-access-log');
    const el = document.createElement('operator-token-manager');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot).to.exist;
    el.remove();
  });
});
