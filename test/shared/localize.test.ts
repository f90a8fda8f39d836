import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import {
  OperatorLocalize,
  registerMessages,
  type MessageOverrides,
} from '../../src/shared/localize.js';
import '../../src/token-manager/index.js';
import { DAY } from '../../src/client/time.js';

@customElement('test-localized')
class TestLocalized extends LitElement {
  @property({ attribute: false }) messages?: MessageOverrides;
  localize = new OperatorLocalize(this);
  override render() {
    return html`${this.localize.term('retry')} · ${this.localize.term('tmGenerate')} ·
    ${this.localize.term('tmRotateNamed', 'Zapier')}`;
  }
}

describe('the message catalogue', () => {
  before(() => registerMessages({ $code: 'de', retry: 'Erneut versuchen' }));

  it('uses the element language, and English for keys that language lacks', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized lang="de"></test-localized>`);
    expect(el.shadowRoot!.textContent).to.contain('Erneut versuchen');
    // A key of another part than the first registered one still falls back to English.
    expect(el.shadowRoot!.textContent).to.contain('Generate token');
  });

  it('lets a host reword one element through its messages property', async () => {
    const el = await fixture<TestLocalized>(
      html`<test-localized
        .messages=${{ tmGenerate: 'New API key', tmRotateNamed: (n: string) => `Roll ${n}` }}
      ></test-localized>`,
    );
    expect(el.shadowRoot!.textContent).to.contain('New API key');
    expect(el.shadowRoot!.textContent).to.contain('Roll Zapier');
    expect(el.shadowRoot!.textContent).to.contain('Retry');
  });

  it('formats relative and exact times through Intl in the element language', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized lang="fr"></test-localized>`);
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(el.localize.relative(now + 12 * DAY, now)).to.equal('dans 2 semaines');
    expect(el.localize.relative(now - 3 * DAY, now)).to.equal('il y a 3 jours');
    // Noon on the page's clock, whatever its time zone; the zone's name is the page's own.
    const noon = new Date(2026, 10, 28, 12, 0, 0);
    expect(el.localize.exact(noon)).to.match(/^28 nov\. 2026, 12:00:00 UTC([+−]\d{1,2}(:\d\d)?)?$/);
  });
});
