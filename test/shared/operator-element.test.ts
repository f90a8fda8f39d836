import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/access-log/index.js';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import { setupFake } from '../helpers/fake.js';
import { findText } from '../helpers/queries.js';

describe('what every element shares', () => {
  it('fires operator-unauthorized once per credential, however many requests get 401', async () => {
    const { api, client } = setupFake({ logEntries: 50 }, { auth: 'op_test_expired' });
    let unauthorized = 0;
    let errors = 0;
    const el = await fixture<OperatorAccessLog>(
      html`<operator-access-log
        .client=${client}
        @operator-unauthorized=${() => unauthorized++}
        @operator-error=${() => errors++}
      ></operator-access-log>`,
    );
    // The log, its chart and its token list each fail with 401.
    await waitUntil(() => errors >= 3, 'three failed requests', { timeout: 5000 });
    await findText(el, 'Your session has expired');
    expect(unauthorized).to.equal(1);

    // A renewed credential that fails again is reported again.
    el.client = setupFake({}, { auth: 'op_test_other' }).client;
    await waitUntil(() => unauthorized === 2, 'reported for the new client', { timeout: 5000 });
    expect(api.requests.length).to.be.greaterThan(2);
    await expect(el).to.be.accessible();
  });
});
