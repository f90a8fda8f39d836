// The shipped languages beyond French, one table: both elements on the fake under `lang=<code>`.
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { setViewport } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { accessLogMessages } from '../../src/access-log/messages.js';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import { sharedMessages } from '../../src/shared/messages.js';
import '../../src/token-manager/index.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import { tokenManagerMessages } from '../../src/token-manager/messages.js';
import { ar } from '../../src/translations/ar.js';
import { de } from '../../src/translations/de.js';
import { es } from '../../src/translations/es.js';
import { ja } from '../../src/translations/ja.js';
import { ptBR } from '../../src/translations/pt-BR.js';
import { mountAccessLog, nextExport } from '../helpers/access-log.js';
import type { FakeOperatorApi } from '../../src/mocks/index.js';
import { setupFake } from '../helpers/fake.js';
import { findByShadowRole, queryAllByShadowRole } from 'shadow-dom-testing-library';
import { findText } from '../helpers/text.js';

const english: Record<string, unknown> = {
  ...sharedMessages,
  ...tokenManagerMessages,
  ...accessLogMessages,
};

/** A count as the language writes it (Arabic-Indic digits in `ar`, where Chromium uses them). */
const digits = (lang: string, count: number) => new Intl.NumberFormat(lang).format(count);

interface Language {
  code: string;
  catalogue: object;
  dir: 'ltr' | 'rtl';
  /** Strings the language writes as English does. */
  same: string[];
  generate: string;
  tokensCaption: string;
  logCaption: string;
  exportCsv: string;
  /** `serverError` with the element's brand, "Acme AI". */
  serverError: string;
  /** After exporting this many entries, the status says this. */
  exported: [count: number, text: string][];
}

const languages: Language[] = [
  {
    code: 'de',
    catalogue: de,
    dir: 'ltr',
    same: ['token', 'status', 'tmName', 'tmSecret', 'alLive', 'alDetails'],
    generate: 'Token erstellen',
    tokensCaption: 'API-Tokens',
    logCaption: 'Zugriffsprotokoll',
    exportCsv: 'Als CSV exportieren',
    serverError: 'Bei Acme AI ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
    exported: [
      [0, '0 Einträge nach '],
      [1, '1 Eintrag nach '],
      [2, '2 Einträge nach '],
    ],
  },
  {
    code: 'es',
    catalogue: es,
    dir: 'ltr',
    same: ['token'],
    generate: 'Generar token',
    tokensCaption: 'Tokens de API',
    logCaption: 'Registro de accesos',
    exportCsv: 'Exportar CSV',
    serverError: 'Acme AI tuvo un problema. Vuelva a intentarlo en un momento.',
    exported: [
      [0, 'Se exportaron 0 entradas a '],
      [1, 'Se exportó 1 entrada a '],
      [2, 'Se exportaron 2 entradas a '],
    ],
  },
  {
    code: 'pt-BR',
    catalogue: ptBR,
    dir: 'ltr',
    same: ['token', 'status', 'alUserAgent'],
    generate: 'Gerar token',
    tokensCaption: 'Tokens de API',
    logCaption: 'Registro de acessos',
    exportCsv: 'Exportar CSV',
    serverError: 'Acme AI teve um problema. Tente novamente em instantes.',
    // Portuguese counts 0 with 1.
    exported: [
      [0, '0 entrada exportada para '],
      [1, '1 entrada exportada para '],
      [2, '2 entradas exportadas para '],
    ],
  },
  {
    code: 'ja',
    catalogue: ja,
    dir: 'ltr',
    same: [],
    generate: 'トークンを生成',
    tokensCaption: 'API トークン',
    logCaption: 'アクセスログ',
    exportCsv: 'CSV でエクスポート',
    serverError: 'Acme AI で問題が発生しました。しばらくしてからもう一度お試しください。',
    // Japanese has one form.
    exported: [
      [0, '0 件を '],
      [1, '1 件を '],
      [2, '2 件を '],
    ],
  },
  {
    code: 'ar',
    catalogue: ar,
    dir: 'rtl',
    same: [],
    generate: 'إنشاء رمز مميز',
    tokensCaption: 'رموز API المميزة',
    logCaption: 'سجل الوصول',
    exportCsv: 'تصدير CSV',
    serverError: 'حدثت مشكلة في Acme AI. أعد المحاولة بعد قليل.',
    // Six forms: zero, one, two, few (3–10), many (11–99), other (100).
    exported: [
      [0, 'لا إدخالات'],
      [1, 'إدخال واحد'],
      [2, 'إدخالان'],
      [3, `${digits('ar', 3)} إدخالات`],
      [11, `${digits('ar', 11)} إدخالًا`],
      [100, `${digits('ar', 100)} إدخال`],
    ],
  },
];

/** Whether the first column header lies left of the second (a left-to-right table). */
function leftToRight(el: HTMLElement): boolean {
  const [first, second] = queryAllByShadowRole(el, 'columnheader').map((cell) =>
    cell.getBoundingClientRect(),
  );
  return first!.left < second!.left;
}

describe('shipped languages', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  before(() => setViewport({ width: 1280, height: 900 }));

  for (const language of languages) {
    const { code } = language;
    const catalogue = language.catalogue as Record<string, unknown>;

    describe(code, () => {
      it('translates every string, keeping {brand}, placeholders and isolates', () => {
        const same = Object.keys(english).filter(
          (key) => typeof english[key] === 'string' && catalogue[key] === english[key],
        );
        expect(same).to.deep.equal(language.same);
        for (const [key, value] of Object.entries(english)) {
          if (key === 'brand') continue;
          expect(typeof catalogue[key], key).to.equal(typeof value);
          if (typeof value === 'string') {
            expect((catalogue[key] as string).trim(), key).not.to.equal('');
            expect((catalogue[key] as string).includes('{brand}'), key).to.equal(
              value.includes('{brand}'),
            );
          }
        }
        const option = catalogue.alTokenOption as typeof accessLogMessages.alTokenOption;
        expect(option('CRM', 'op_live_ab12')).to.equal('CRM (\u2066op_live_ab12…\u2069)');
      });

      it('shows the token manager in the language, laid out in its direction', async () => {
        const el = await tokenManager(code);
        await findByShadowRole(el, 'table', { name: language.tokensCaption });
        await findByShadowRole(el, 'button', { name: language.generate });
        expect(getComputedStyle(el).direction).to.equal(language.dir);
        expect(leftToRight(el)).to.equal(language.dir === 'ltr');
        await expect(el).to.be.accessible();
      });

      it('says what failed in the language, with the brand the host set', async () => {
        const el = await tokenManager(code, (fake) => fake.fault('tokens.list', { status: 503 }));
        await findText(el, language.serverError);
        await expect(el).to.be.accessible();
      });

      it('shows the access log in the language, and its export count in each plural form', async () => {
        const seen: string[] = [];
        for (const [count, text] of language.exported) {
          const { el } = await mountAccessLog({
            fakeOptions: { logEntries: count },
            attributes: { lang: code, range: '30d' },
          });
          // An empty log shows no table, only that nothing matches.
          if (count) await findByShadowRole(el, 'table', { name: language.logCaption });
          const done = nextExport(el);
          (await findByShadowRole(el, 'button', { name: language.exportCsv })).click();
          const { detail } = await done;
          expect(detail.count).to.equal(count);
          await findText(el, text);
          seen.push(status(el));
          if (count === 0) continue;
          expect(getComputedStyle(el).direction).to.equal(language.dir);
          expect(leftToRight(el)).to.equal(language.dir === 'ltr');
          await expect(el).to.be.accessible();
        }
        // Each count its own form where the language has several (the digits aside).
        const forms = new Set(seen.map((text) => text.replace(/\p{Nd}+/gu, '#')));
        const rules = new Intl.PluralRules(code);
        const categories = new Set(language.exported.map(([count]) => rules.select(count)));
        expect(forms.size, [...forms].join(' | ')).to.equal(categories.size);
      });
    });
  }
});

/** The export's status line, its file name left out. */
function status(el: OperatorAccessLog): string {
  const text = el.shadowRoot!.querySelector('[part=export-status]')!.textContent ?? '';
  return text.replace(/access-log-[\w-]+\.csv/, 'file').trim();
}

/** A token manager on the fake under `lang`, branded "Acme AI" (`fault` before it connects). */
async function tokenManager(lang: string, fault?: (fake: FakeOperatorApi) => void) {
  const { fake, client } = setupFake();
  fault?.(fake);
  return fixture<OperatorTokenManager>(
    html`<operator-token-manager
      lang=${lang}
      .client=${client}
      .messages=${{ brand: 'Acme AI' }}
    ></operator-token-manager>`,
  );
}
