// `@operator-ai/admin-widget/token-manager` and `/translations/fr` alone, from dist/.
import { expect, fixture, html } from '@open-wc/testing';
import { OperatorTokenManager } from '../../dist/token-manager/index.js';
import '../../dist/translations/fr.js';
import { setupBuiltFake } from './built-fake.js';
import { findByShadowRole } from 'shadow-dom-testing-library';
import { deepText } from '../helpers/text.js';

describe('the token-manager entry', () => {
  it('registers its element only, and speaks French under lang="fr"', async () => {
    expect(customElements.get('operator-token-manager')).to.equal(OperatorTokenManager);
    expect(customElements.get('operator-access-log')).to.equal(undefined);
    const { client } = setupBuiltFake();
    const el = await fixture(
      html`<operator-token-manager lang="fr" .client=${client}></operator-token-manager>`,
    );
    const generate = await findByShadowRole(el, 'button', { name: 'Générer un jeton' });
    expect(generate.textContent!.trim()).to.equal('Générer un jeton');
    expect(deepText(el)).not.to.contain('Generate token');
  });
});
