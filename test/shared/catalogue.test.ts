import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/access-log/index.js';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import { OperatorLocalize, registerMessages } from '../../src/shared/localize.js';
import '../../src/token-manager/index.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import '../../src/translations/fr.js';
import { setupFake } from '../helpers/fake.js';
import { deepText, findText } from '../helpers/text.js';

class CatalogueProbe extends LitElement {
  localize = new OperatorLocalize(this);
}
customElements.define('catalogue-probe', CatalogueProbe);

/** An element that renders a probe in its shadow root, under its own `lang`. */
class CatalogueFrame extends LitElement {
  override render() {
    return html`<catalogue-probe></catalogue-probe>`;
  }
}
customElements.define('catalogue-frame', CatalogueFrame);

describe('the catalogue', () => {
  describe('brand', () => {
    afterEach(() => registerMessages({ $code: 'en', brand: 'Operator' }));

    it("shows the host's brand in both elements' errors and empty state, and no Operator", async () => {
      registerMessages({ $code: 'en', brand: 'Acme AI' });
      const { fake, client } = setupFake({ tokens: 0, logEntries: 0 });
      const manager = await fixture<OperatorTokenManager>(
        html`<operator-token-manager .client=${client}></operator-token-manager>`,
      );
      await findText(manager, 'Generate one for each integration that calls Acme AI.');
      expect(deepText(manager)).not.to.contain('Operator');

      fake.fault('accessLogs.list', { status: 503 });
      const log = await fixture<OperatorAccessLog>(
        html`<operator-access-log .client=${client}></operator-access-log>`,
      );
      await findText(log, 'Acme AI had a problem. Try again in a moment.');
      expect(deepText(log)).not.to.contain('Operator');

      fake.fault('tokens.list', { status: 503 });
      manager.remove();
      const failing = await fixture<OperatorTokenManager>(
        html`<operator-token-manager .client=${client}></operator-token-manager>`,
      );
      await findText(failing, 'Acme AI had a problem.');
      expect(deepText(failing)).not.to.contain('Operator');
    });

    it('takes a brand per language and per element, and French writes it too', async () => {
      registerMessages({ $code: 'en', brand: 'Acme AI' });
      const french = await fixture<CatalogueProbe>(
        html`<catalogue-probe lang="fr"></catalogue-probe>`,
      );
      expect(french.localize.term('networkError')).to.equal(
        'Impossible de joindre Acme AI. Vérifiez votre connexion, puis réessayez.',
      );
      registerMessages({ $code: 'fr', brand: 'Acme IA' });
      expect(french.localize.term('tmEmptyHint')).to.contain('appelle Acme IA.');
      registerMessages({ $code: 'fr', brand: 'Acme AI' });

      const { client } = setupFake({ tokens: 0 });
      const own = await fixture<OperatorTokenManager>(
        html`<operator-token-manager
          .client=${client}
          .messages=${{ brand: 'Zeta' }}
        ></operator-token-manager>`,
      );
      await findText(own, 'calls Zeta.');
    });
  });

  describe('language and direction', () => {
    it("takes the nearest ancestor's lang, across shadow roots, else the document's", async () => {
      const wrapped = await fixture<HTMLDivElement>(
        html`<div lang="fr"><catalogue-probe></catalogue-probe></div>`,
      );
      const probe = wrapped.querySelector<CatalogueProbe>('catalogue-probe')!;
      expect(probe.localize.lang()).to.equal('fr');
      expect(probe.localize.term('retry')).to.equal('Réessayer');
      probe.lang = 'en';
      expect(probe.localize.term('retry')).to.equal('Retry');

      const frame = await fixture<CatalogueFrame>(
        html`<catalogue-frame lang="fr-CA"></catalogue-frame>`,
      );
      const inner = frame.shadowRoot!.querySelector<CatalogueProbe>('catalogue-probe')!;
      expect(inner.localize.lang()).to.equal('fr-CA');
      expect(inner.localize.term('tmRotate')).to.equal('Renouveler');

      const { client } = setupFake({ tokens: 0 });
      const log = await fixture(
        html`<section lang="fr">
          <operator-access-log .client=${client}></operator-access-log>
        </section>`,
      );
      await findText(log.firstElementChild!, 'Filtrer par jeton');
    });

    it("follows the language's $dir unless the host sets dir, and a later registration keeps it", async () => {
      registerMessages({ $code: 'ar', $dir: 'rtl', retry: 'إعادة المحاولة' });
      registerMessages({ $code: 'ar', cancel: 'إلغاء' });
      const probe = await fixture<CatalogueProbe>(
        html`<catalogue-probe lang="ar"></catalogue-probe>`,
      );
      expect(probe.localize.dir()).to.equal('rtl');
      expect(getComputedStyle(probe).direction).to.equal('rtl');
      probe.dir = 'ltr';
      expect(probe.localize.dir()).to.equal('ltr');

      const wrapped = await fixture<HTMLDivElement>(
        html`<div dir="rtl"><catalogue-probe lang="fr"></catalogue-probe></div>`,
      );
      expect(wrapped.querySelector<CatalogueProbe>('catalogue-probe')!.localize.dir()).to.equal(
        'ltr',
      );
      const page = await fixture<HTMLDivElement>(
        html`<div dir="rtl"><catalogue-probe></catalogue-probe></div>`,
      );
      expect(page.querySelector<CatalogueProbe>('catalogue-probe')!.localize.dir()).to.equal('rtl');
    });
  });

  describe('errors', () => {
    it("gives every code a sentence, with a server's words only as detail", async () => {
      const { fake, client } = setupFake({ tokens: 3 });
      fake.fault('tokens.list', { status: 409, message: 'Key reused.', times: 1 });
      const manager = await fixture<OperatorTokenManager>(
        html`<operator-token-manager .client=${client}></operator-token-manager>`,
      );
      await findText(manager, 'This was already sent with other details. Reload the page.');
      expect(deepText(manager)).not.to.contain('Key reused.');
    });
  });
});
