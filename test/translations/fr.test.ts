import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/access-log/index.js';
import { accessLogMessages } from '../../src/access-log/messages.js';
import { OperatorLocalize, type OperatorMessages } from '../../src/shared/localize.js';
import { sharedMessages } from '../../src/shared/messages.js';
import { tokenManagerMessages } from '../../src/token-manager/messages.js';
import { fr } from '../../src/translations/fr.js';

const catalogues = { sharedMessages, tokenManagerMessages, accessLogMessages };
const english: Record<string, unknown> = {
  ...sharedMessages,
  ...tokenManagerMessages,
  ...accessLogMessages,
};
const french = fr as unknown as Record<string, unknown>;

/** Strings that French writes as English does. */
const SAME_STRINGS = ['tmActions', 'tmSecret'];
/** Functions whose output is the same in both languages: a pass-through, a name and a prefix, keys. */
const SAME_OUTPUT = ['alTokenOption', 'tmCopyKeys'];

type FunctionKey = {
  [K in keyof OperatorMessages]-?: OperatorMessages[K] extends (...args: never[]) => string
    ? K
    : never;
}[keyof OperatorMessages];
type Args<K extends FunctionKey> = OperatorMessages[K] extends (...args: infer A) => string
  ? A
  : never;

/** Sample arguments for every function (the type makes a new one list its own). */
const samples: { [K in FunctionKey]: Args<K>[] } = {
  rateLimited: [[undefined], [30], [1234]],
  validationFailed: [['Le nom est trop long.']],
  invalidResponse: [['body.data[0].created_at should be a date-time']],
  operatorError: [['TypeError: x is undefined']],
  tmUnknown: [['Créer le jeton']],
  requestId: [['req_123']],
  tmFromIp: [['203.0.113.7']],
  tmReplacedBy: [['op_live_ab12']],
  tmViewActivityFor: [['CRM']],
  tmRotateNamed: [['CRM']],
  tmRevokeNamed: [['CRM']],
  tmRevokeNowNamed: [['CRM']],
  tmNameTooLong: [
    [100, 120],
    [1, 2],
  ],
  tmRotateTitle: [['CRM']],
  tmGraceFor: [
    [1, 'hour'],
    [24, 'hour'],
    [7, 'day'],
  ],
  tmRevokeTitle: [['CRM']],
  tmRevokeRecent: [['il y a 3 heures', '203.0.113.7']],
  tmRevealTitle: [['CRM']],
  tmCopyKeys: [[true], [false]],
  tmCopyManual: [['Ctrl+C']],
  alTokenOption: [['CRM', 'op_live_ab12']],
  alTokensFailed: [['Operator a rencontré un problème.']],
  alStatusClass: [['2xx'], ['4xx'], ['5xx']],
  alLiveOn: [[5], [2.5], [1]],
  alLiveBackoff: [[10, 'Operator a rencontré un problème.']],
  alNewEntries: [[1], [2], [1234]],
  alExporting: [[1], [1234]],
  alExported: [
    [1, 'journal.csv'],
    [1234, 'journal.json'],
  ],
  alExportFailed: [['Operator a rencontré un problème.']],
  alDetailsOf: [['GET', '/v1/models', 'il y a 3 minutes']],
  alLoadMoreFailed: [['Operator a rencontré un problème.']],
  alEnd: [[1], [42]],
  alSummary: [
    [1, 0],
    [0, 2],
    [3, 1],
  ],
  alChartSummary: [[1234, '3 mars 2025', '9 mars 2025', 87]],
  alChartBar: [
    ['3 mars 2025', 1, 0, 1],
    ['3 mars 2025', 12, 3, 2],
  ],
  alChartFailed: [['Operator a rencontré un problème.']],
};

const call = (catalogue: Record<string, unknown>, key: string, args: unknown[]) =>
  (catalogue[key] as (...args: unknown[]) => string)(...args);
const term = <K extends FunctionKey>(key: K, ...args: Args<K>) => call(french, key, args);

describe('French translation', () => {
  it('has every English key, with the same kind of value, and no other key', () => {
    const seen = new Set<string>();
    for (const [name, catalogue] of Object.entries(catalogues))
      for (const key of Object.keys(catalogue)) {
        expect(seen.has(key), `${key} (${name}) is in two catalogues`).to.be.false;
        seen.add(key);
      }
    // The brand is the host's: French leaves it to English, where the host sets it once.
    for (const [key, value] of Object.entries(english)) {
      if (key === 'brand') continue;
      expect(french, key).to.have.property(key);
      expect(typeof french[key], key).to.equal(typeof value);
      if (typeof value === 'function')
        expect((french[key] as () => string).length, `${key} arity`).to.equal(value.length);
    }
    expect(Object.keys(fr).filter((key) => !(key in english))).to.deep.equal([]);
  });

  it('translates every string', () => {
    const same = Object.keys(english).filter(
      (key) => typeof english[key] === 'string' && french[key] === english[key],
    );
    expect(same).to.deep.equal(SAME_STRINGS);
    for (const key of Object.keys(english))
      if (typeof english[key] === 'string' && key !== 'brand')
        expect((french[key] as string).trim(), key).not.to.equal('');
  });

  it('returns a translated, non-empty string with its arguments for sample arguments', () => {
    const functions = Object.keys(english).filter((key) => typeof english[key] === 'function');
    expect(Object.keys(samples).sort()).to.deep.equal(functions.sort());
    for (const [key, list] of Object.entries(samples) as [string, unknown[][]][]) {
      expect(list, key).not.to.be.empty;
      for (const args of list) {
        const text = call(french, key, args);
        const label = `${key}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;
        expect(text, label).to.be.a('string');
        expect(text.trim(), label).not.to.equal('');
        if (!SAME_OUTPUT.includes(key)) expect(text, label).not.to.equal(call(english, key, args));
        // Names, IPs, prefixes and reasons all show, and counts formatted in French (a zero
        // may not show, nor a count of one that reads as a word).
        for (const arg of args)
          if (typeof arg === 'string' && arg && !['hour', 'day'].includes(arg))
            expect(text, label).to.include(arg);
          else if (typeof arg === 'number' && arg > 1)
            expect(text, label).to.include(new Intl.NumberFormat('fr').format(arg));
        expect(text, label).not.to.contain('#');
      }
    }
  });

  it('keeps keyboard shortcuts, status classes and pass-throughs as they are', () => {
    expect(term('tmCopyKeys', true)).to.equal('⌘+C');
    expect(term('tmCopyKeys', false)).to.equal('Ctrl+C');
    expect(term('alStatusClass', '2xx')).to.equal('2xx (succès)');
    expect(term('alStatusClass', '3xx')).to.equal('3xx');
    // The prefix is isolated left to right (U+2066 … U+2069), for right-to-left languages.
    expect(term('alTokenOption', 'CRM', 'op_live_ab12')).to.equal(
      'CRM (\u2066op_live_ab12…\u2069)',
    );
  });

  it('makes 0 and 1 singular and more plural, by the number, formatted in French', () => {
    expect(term('alNewEntries', 1)).to.equal('1 nouvelle requête.');
    expect(term('alNewEntries', 0)).to.equal('0 nouvelle requête.');
    expect(term('alNewEntries', 1234)).to.equal('1\u202f234 nouvelles requêtes.');
    expect(term('alExported', 1, 'a.csv')).to.equal('1 entrée exportée dans a.csv.');
    expect(term('alExported', 2, 'a.csv')).to.equal('2 entrées exportées dans a.csv.');
    expect(term('alExporting', 0)).to.include('0 entrée exportée');
    expect(term('alEnd', 1)).to.include('1\u00a0requête correspond');
    expect(term('alEnd', 1000)).to.include('1\u202f000\u00a0requêtes correspondent');
    expect(term('alChartBar', 'lundi', 1, 0, 2)).to.equal(
      'lundi\u00a0: 1 réussie, 0 erreur client, 2 erreurs serveur',
    );
    expect(term('alChartSummary', 1, 'a', 'b', 1)).to.match(/^1 requête du a au b/);
    expect(term('tmNameTooLong', 100, 1234)).to.equal(
      'Utilisez au maximum 100\u00a0caractères (ce nom en compte 1\u202f234).',
    );
    expect(term('tmGraceFor', 7, 'day')).to.equal('Pendant 7\u00a0jours');
    expect(term('alSummary', 1, 0)).to.equal(
      '1 première requête depuis une nouvelle IP parmi les requêtes chargées.',
    );
    expect(term('alSummary', 2, 3)).to.equal(
      '2 premières requêtes depuis de nouvelles IP\u202f; 3 rafales de réponses 401/403 parmi les requêtes chargées.',
    );
    expect(term('rateLimited', 30)).to.equal('Trop de requêtes. Réessayez dans 30\u00a0s.');
    expect(term('rateLimited', 0)).to.equal(term('rateLimited', undefined));
    expect(term('alLiveOn', 1)).to.equal('Recherche de nouvelles requêtes chaque seconde.');
    expect(term('alLiveOn', 2.5)).to.equal(
      'Recherche de nouvelles requêtes toutes les 2,5\u00a0s.',
    );
  });

  it('follows French typography', () => {
    const texts = Object.entries(french).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[key, value]]
        : (samples[key as FunctionKey] as unknown[][]).map((args) => [
            key,
            call(french, key, args),
          ]),
    );
    for (const [key, text] of texts) {
      expect(text, key).not.to.match(/ [:;?!»]|« /, 'a plain space where a no-break one goes');
      expect(text, key).not.to.match(/[^\s\u00a0\u202f][;?!»]|«[^\s\u00a0\u202f]/, 'no space');
      expect(text, key).not.to.match(/[“”"]|\.\.\./, 'English quotes or three dots');
    }
  });

  it('is what elements under lang="fr" show', async () => {
    class FrenchProbe extends LitElement {
      localize = new OperatorLocalize(this);
    }
    customElements.define('french-probe', FrenchProbe);
    const probe = await fixture<FrenchProbe>(html`<french-probe lang="fr-FR"></french-probe>`);
    expect(probe.localize.term('tmRotate')).to.equal('Renouveler');
    expect(probe.localize.term('alExported', 1234, 'a.csv')).to.equal(
      '1\u202f234 entrées exportées dans a.csv.',
    );

    const log = await fixture(html`<operator-access-log lang="fr"></operator-access-log>`);
    expect(log.shadowRoot!.textContent).to.include(fr.noClient);
  });
});

describe('the English catalogue', () => {
  it('says one entry, one request and one error in the singular', () => {
    expect(accessLogMessages.alExported(1, 'a.csv')).to.equal('Exported 1 entry to a.csv.');
    expect(accessLogMessages.alExported(1234, 'a.csv')).to.equal(
      'Exported 1,234 entries to a.csv.',
    );
    expect(accessLogMessages.alEnd(1)).to.equal('The one request for these filters is shown.');
    expect(accessLogMessages.alChartBar('Monday', 3, 1, 0)).to.equal(
      'Monday: 3 successful, 1 client error, 0 server errors',
    );
  });
});
