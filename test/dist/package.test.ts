// The package as a user installs it: the built modules in dist/, not src/.
import { expect, fixture, html } from '@open-wc/testing';
import * as pkg from '../../dist/index.js';
import { createOperatorClient } from '../../dist/client/index.js';
import { setupBuiltFake } from './built-fake.js';
import { findByShadowRole } from 'shadow-dom-testing-library';

describe('the built package', () => {
  it('registers both elements and exports the client', () => {
    expect(customElements.get('operator-token-manager')).to.equal(pkg.OperatorTokenManager);
    expect(customElements.get('operator-access-log')).to.equal(pkg.OperatorAccessLog);
    expect(customElements.get('operator-provider')).to.equal(pkg.OperatorProvider);
    expect(pkg.createOperatorClient).to.equal(createOperatorClient);
    expect(pkg.isOperatorError(new pkg.RateLimitError('x'), 'RateLimitError')).to.be.true;
  });

  it('renders the token manager on the built fake through the built client', async () => {
    const { fake, client } = setupBuiltFake();
    const el = await fixture(
      html`<operator-token-manager .client=${client}></operator-token-manager>`,
    );
    const first = fake.tokens.find((t) => t.status === 'active')!;
    const rotate = await findByShadowRole(el, 'button', { name: `Rotate ${first.name}` });
    // What a user reads: the token's name at the head of its row, and the button's word.
    const name = rotate.closest('tr')!.querySelector('[part~=token-name]')!;
    expect(name.textContent!.trim()).to.equal(first.name);
    expect(rotate.textContent!.trim()).to.equal('Rotate');
  });
});
