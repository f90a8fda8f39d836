// The static demo (`npm run build:demo`), loaded as a visitor would, with its service-worker fake API.
import { expect, waitUntil } from '@open-wc/testing';
import { queryAllByRole } from '../helpers/queries.js';

describe('the built demo', () => {
  it('shows both elements rendered with data from the fake API', async function () {
    this.timeout(45000);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1200px; height: 900px';
    frame.src = new URL('../../dist-demo/index.html', import.meta.url).href;
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('operator-token-manager'), 'page', {
      timeout: 10000,
    });
    const doc = frame.contentDocument!;
    const tokens = doc.querySelector('operator-token-manager')!;
    const log = doc.querySelector('operator-access-log')!;
    await waitUntil(
      () => queryAllByRole(tokens, 'button', { name: /^Rotate / }).length > 3,
      'the token list did not render',
      { timeout: 15000 },
    );
    await waitUntil(() => queryAllByRole(log, 'row').length > 5, 'the access log did not render', {
      timeout: 15000,
    });
    expect(queryAllByRole(log, 'row').length).to.be.greaterThan(5);
    frame.remove();
  });
});
