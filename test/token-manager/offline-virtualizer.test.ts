import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { findByShadowRole } from 'shadow-dom-testing-library';
import { mountTokenManager, names } from '../helpers/token-manager.js';
import { click } from '../helpers/user.js';

// A network blip when the table first needs its virtualizer: this file's page fails the requests
// for it (the `offline` command of web-test-runner.config.js). A failed dynamic import stays
// failed for the page, so the test here runs without the virtualizer.
describe('<operator-token-manager> when its virtualizer cannot be fetched', () => {
  before(() => executeServerCommand('offline', '/@lit-labs/virtualizer/'));
  after(() => executeServerCommand('offline', ''));

  it('draws every loaded row', async () => {
    const { fake, el } = await mountTokenManager({ tokens: 250 }, { pageSize: 100 });
    await click(el, 'Load more');
    const table = await findByShadowRole(el, 'table', { name: 'API tokens' });
    await waitUntil(() => table.getAttribute('aria-rowcount') === '201', 'the page did not come');
    expect(names(el)).to.deep.equal(fake.tokens.slice(0, 200).map((token) => token.name));
    await click(el, 'Load more');
    await waitUntil(() => names(el).length === 250, 'the last page was not drawn');
    await expect(el).to.be.accessible();
  });
});
