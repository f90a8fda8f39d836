// `@operator-ai/admin-widget/access-log` and `/provider` alone, from dist/.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { OperatorAccessLog } from '../../dist/access-log/index.js';
import '../../dist/provider/index.js';
import { setupBuiltFake } from './built-fake.js';
import { queryAllByShadowRole } from 'shadow-dom-testing-library';

describe('the access-log entry', () => {
  it('registers its element only and renders entries from a provider client', async () => {
    expect(customElements.get('operator-access-log')).to.equal(OperatorAccessLog);
    expect(customElements.get('operator-token-manager')).to.equal(undefined);
    const { fake, client } = setupBuiltFake({ logEntries: 300 });
    const provider = await fixture(
      html`<operator-provider .client=${client}
        ><operator-access-log range="30d"></operator-access-log
      ></operator-provider>`,
    );
    const log = provider.querySelector('operator-access-log')!;
    await waitUntil(() => queryAllByShadowRole(log, 'row').length > 3, 'no rows', {
      timeout: 8000,
    });
    expect(fake.requests.some((r) => r.url.includes('/access-logs'))).to.be.true;
  });
});
