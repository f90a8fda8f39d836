import { expect } from '@open-wc/testing';
import type { Scope } from '../../src/client/types.js';
import {
  DEFAULT_SCOPES,
  FAKE_LANGUAGES,
  negotiateLanguage,
  SCOPE_WORDS,
} from '../../src/mocks/index.js';
import { createFake, get } from './support.js';

type Scopes = { data: Scope[] };

/** `GET /scopes` with `Accept-Language: header`: its labels and its `Content-Language`. */
async function scopesIn(header?: string, fake = createFake()) {
  const reply = await get<Scopes>(fake, '/scopes', {
    headers: header === undefined ? {} : { 'Accept-Language': header },
  });
  expect(reply.status).to.equal(200);
  return {
    labels: reply.body.data.map((scope) => scope.label),
    scopes: reply.body.data,
    language: reply.headers.get('Content-Language'),
  };
}

const labelsOf = (language: keyof typeof SCOPE_WORDS) =>
  DEFAULT_SCOPES.map((scope) => SCOPE_WORDS[language][scope.id]![0]);

describe('fake Operator API: scopes in the reader’s language', () => {
  describe('words', () => {
    it('has a label and a description of every default scope in every shipped language', () => {
      expect(FAKE_LANGUAGES).to.have.members(['en', 'fr', 'de', 'es', 'pt-BR', 'ja', 'ar']);
      for (const [language, words] of Object.entries(SCOPE_WORDS)) {
        expect(Object.keys(words), language).to.have.members(DEFAULT_SCOPES.map((s) => s.id));
        for (const scope of DEFAULT_SCOPES) {
          const [label, description] = words[scope.id]!;
          expect(label, `${language} ${scope.id}`).to.be.a('string').and.not.equal(scope.label);
          expect(description, `${language} ${scope.id}`)
            .to.be.a('string')
            .and.not.equal(scope.description);
        }
      }
    });

    it('uses each language’s word for token', () => {
      const token: Record<keyof typeof SCOPE_WORDS, RegExp> = {
        fr: /jetons/,
        de: /Tokens/,
        es: /tokens/,
        'pt-BR': /tokens/,
        ja: /トークン/,
        ar: /رموز/,
      };
      for (const [language, word] of Object.entries(token))
        expect(SCOPE_WORDS[language as keyof typeof SCOPE_WORDS]['tokens:read']![0]).to.match(word);
    });
  });

  describe('Accept-Language', () => {
    it('answers in English without the header, as DEFAULT_SCOPES words them', async () => {
      const { scopes, language } = await scopesIn();
      expect(scopes).to.deep.equal(DEFAULT_SCOPES);
      expect(language).to.equal('en');
    });

    for (const language of ['fr', 'de', 'es', 'pt-BR', 'ja', 'ar'] as const) {
      it(`answers ${language} in ${language}, ids unchanged`, async () => {
        const { scopes, labels, language: answered } = await scopesIn(language);
        expect(labels).to.deep.equal(labelsOf(language));
        expect(scopes.map((scope) => scope.description)).to.deep.equal(
          DEFAULT_SCOPES.map((scope) => SCOPE_WORDS[language][scope.id]![1]),
        );
        expect(scopes.map((scope) => scope.id)).to.deep.equal(DEFAULT_SCOPES.map((s) => s.id));
        expect(answered).to.equal(language);
      });
    }

    it('says the answer depends on Accept-Language (Vary)', async () => {
      const reply = await get(createFake(), '/scopes', { headers: { 'Accept-Language': 'fr' } });
      expect(reply.headers.get('Vary')).to.equal('Accept-Language');
    });

    it('falls back from a region to its language, then to English: pt-BR → pt → en', async () => {
      expect((await scopesIn('pt-PT')).labels).to.deep.equal(labelsOf('pt-BR'));
      expect((await scopesIn('pt')).labels).to.deep.equal(labelsOf('pt-BR'));
      expect((await scopesIn('fr-CH')).labels).to.deep.equal(labelsOf('fr'));
      expect((await scopesIn('zh-CN')).labels).to.deep.equal(DEFAULT_SCOPES.map((s) => s.label));
    });

    it('takes the most preferred language it speaks, by q-value', async () => {
      expect((await scopesIn('zh-CN, de;q=0.5, fr;q=0.8')).language).to.equal('fr');
      expect((await scopesIn('ja;q=0, es;q=0.1')).language).to.equal('es');
      expect((await scopesIn('*;q=0.9, ar')).language).to.equal('ar');
    });
  });

  describe('negotiateLanguage', () => {
    const cases: [string | null, string][] = [
      [null, 'en'],
      ['', 'en'],
      ['*', 'en'],
      ['PT-br', 'pt-BR'],
      ['ar-EG', 'ar'],
      ['ja-JP,ja;q=0.9,en-US;q=0.8', 'ja'],
      ['fr;q=0.5, de;q=0.5', 'fr'],
      ['de;Q=0.2, es ; q=0.3', 'es'],
      ['fr;q=0, *', 'en'],
      ['fr;q=oops, de', 'de'],
      ['zh, ko', 'en'],
      ['en-GB, fr', 'en'],
    ];
    for (const [header, language] of cases) {
      it(`${JSON.stringify(header)} → ${language}`, () => {
        expect(negotiateLanguage(header)).to.equal(language);
      });
    }
  });

  it('leaves a test’s own scopes as given, in every language', async () => {
    const own: Scope[] = [
      { id: 'billing:read', label: 'Read invoices', description: 'See invoices.' },
      // A default id with other words is the test's own too.
      { id: 'admin', label: 'Owner', description: 'Everything.' },
    ];
    const { scopes, language } = await scopesIn('fr', createFake({ scopes: own }));
    expect(scopes).to.deep.equal(own);
    // The fake still says which language it answered in.
    expect(language).to.equal('fr');
  });
});
