import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { registerMessages } from '../../src/shared/localize.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import { setupFake } from '../helpers/fake.js';
import { findByShadowRole, getByShadowRole } from 'shadow-dom-testing-library';
import { deepText } from '../helpers/text.js';
import { openDialog } from '../helpers/token-manager.js';
import { click } from '../helpers/user.js';

/** A token manager under `lang`, its list loaded; `messages` on the element when given. */
async function mountIn(lang: string, messages?: OperatorTokenManager['messages']) {
  const { fake, client } = setupFake();
  const el = await fixture<OperatorTokenManager>(
    html`<div lang=${lang}>
      <operator-token-manager .client=${client} .messages=${messages}></operator-token-manager>
    </div>`,
  ).then((div) => div.querySelector('operator-token-manager')!);
  await waitUntil(() => el.shadowRoot!.querySelector('table'), 'the list did not load');
  return { fake, el };
}

/** Opens "Generate token" (its English name: no translation is loaded) and waits for the scopes. */
async function scopes(el: OperatorTokenManager) {
  await click(el, 'Generate token');
  const dialog = await openDialog(el);
  await waitUntil(() => dialog.querySelector('[part~=scope-options]'), 'no scopes');
  return dialog;
}

describe('<operator-token-manager> the scopes’ words', () => {
  it('asks Operator in the element’s language, and shows its labels and descriptions', async () => {
    const { fake, el } = await mountIn('pt-BR');
    const dialog = await scopes(el);
    const asked = fake.requests.filter((r) => r.method === 'GET');
    expect(asked.map((r) => r.headers['accept-language'])).to.deep.equal(asked.map(() => 'pt-BR'));
    await findByShadowRole(dialog, 'checkbox', { name: 'Ler conversas' });
    expect(deepText(dialog)).to.include('Acesso somente leitura às conversas e às suas mensagens.');
    await expect(el).to.be.accessible();
  });

  it('lets a host reword a scope by its id, on one element', async () => {
    const { el } = await mountIn('fr', {
      tmScopeLabel: (id, label) => (id === 'admin' ? 'Propriétaire' : label),
      tmScopeDescription: (id, description) =>
        id === 'admin' ? 'Tout, facturation comprise.' : description,
    });
    const dialog = await scopes(el);
    getByShadowRole(dialog, 'checkbox', { name: 'Propriétaire' });
    // The others stay as Operator words them in French.
    getByShadowRole(dialog, 'checkbox', { name: 'Lire les conversations' });
    expect(deepText(dialog)).to.include('Tout, facturation comprise.');
  });

  it('lets a host reword a scope for a language, through the catalogue', async () => {
    registerMessages({
      $code: 'de',
      tmScopeLabel: (id, label) => (id === 'tokens:read' ? 'Tokens einsehen' : label),
    });
    try {
      const { el } = await mountIn('de');
      const dialog = await scopes(el);
      getByShadowRole(dialog, 'checkbox', { name: 'Tokens einsehen' });
      getByShadowRole(dialog, 'checkbox', { name: 'Unterhaltungen lesen' });
    } finally {
      registerMessages({ $code: 'de', tmScopeLabel: (_, label) => label });
    }
  });
});
