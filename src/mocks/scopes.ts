/**
 * The scopes the fake offers by default, their labels and descriptions in the languages the
 * elements ship, and the `Accept-Language` negotiation that picks one: Operator words what it
 * writes in its reader's language.
 */
import type { Scope } from '../client/types.js';

export const DEFAULT_SCOPES: readonly Scope[] = [
  {
    id: 'conversations:read',
    label: 'Read conversations',
    description: 'Read-only access to conversations and their messages.',
  },
  {
    id: 'conversations:write',
    label: 'Write conversations',
    description:
      'Start conversations and post messages. Conversations only: no agents or settings.',
  },
  {
    id: 'tokens:read',
    label: 'Read tokens and access logs',
    description:
      'List API tokens and read their access logs, without creating, rotating or revoking any.',
  },
  {
    id: 'admin',
    label: 'Admin',
    description: 'Full access, including agents, account settings and API tokens.',
  },
];

/** The languages the fake words its default scopes in, English (the fallback) first. */
export const FAKE_LANGUAGES = ['en', 'fr', 'de', 'es', 'pt-BR', 'ja', 'ar'] as const;

export type FakeLanguage = (typeof FAKE_LANGUAGES)[number];

type Words = Record<string, readonly [label: string, description: string]>;

/**
 * Each default scope's label and description, by language (English is `DEFAULT_SCOPES` itself).
 * The vocabulary follows the elements' glossary: token, access log, rotate and revoke read as
 * their translations do.
 */
export const SCOPE_WORDS: Record<Exclude<FakeLanguage, 'en'>, Words> = {
  fr: {
    'conversations:read': [
      'Lire les conversations',
      'Accès en lecture seule aux conversations et à leurs messages.',
    ],
    'conversations:write': [
      'Écrire dans les conversations',
      'Démarrer des conversations et publier des messages. Conversations uniquement\u00a0: ni agents ni paramètres.',
    ],
    'tokens:read': [
      'Lire les jetons et les journaux d’accès',
      'Lister les jetons d’API et lire leurs journaux d’accès, sans en créer, en renouveler ni en révoquer.',
    ],
    admin: [
      'Administration',
      'Accès complet, y compris aux agents, aux paramètres du compte et aux jetons d’API.',
    ],
  },
  de: {
    'conversations:read': [
      'Unterhaltungen lesen',
      'Nur Lesezugriff auf Unterhaltungen und ihre Nachrichten.',
    ],
    'conversations:write': [
      'Unterhaltungen schreiben',
      'Unterhaltungen beginnen und Nachrichten senden. Nur Unterhaltungen: keine Agenten, keine Einstellungen.',
    ],
    'tokens:read': [
      'Tokens und Zugriffsprotokolle lesen',
      'API-Tokens auflisten und ihre Zugriffsprotokolle lesen, ohne Tokens zu erstellen, zu erneuern oder zu widerrufen.',
    ],
    admin: [
      'Administration',
      'Vollzugriff, einschließlich Agenten, Kontoeinstellungen und API-Tokens.',
    ],
  },
  es: {
    'conversations:read': [
      'Leer conversaciones',
      'Acceso de solo lectura a las conversaciones y sus mensajes.',
    ],
    'conversations:write': [
      'Escribir en conversaciones',
      'Iniciar conversaciones y publicar mensajes. Solo conversaciones: ni agentes ni configuración.',
    ],
    'tokens:read': [
      'Leer tokens y registros de accesos',
      'Listar los tokens de API y leer sus registros de accesos, sin crear, rotar ni revocar ninguno.',
    ],
    admin: [
      'Administración',
      'Acceso total, incluidos los agentes, la configuración de la cuenta y los tokens de API.',
    ],
  },
  'pt-BR': {
    'conversations:read': [
      'Ler conversas',
      'Acesso somente leitura às conversas e às suas mensagens.',
    ],
    'conversations:write': [
      'Escrever em conversas',
      'Iniciar conversas e publicar mensagens. Somente conversas: nem agentes nem configurações.',
    ],
    'tokens:read': [
      'Ler tokens e registros de acessos',
      'Listar os tokens de API e ler seus registros de acessos, sem criar, rotacionar nem revogar nenhum.',
    ],
    admin: [
      'Administração',
      'Acesso total, incluindo agentes, configurações da conta e tokens de API.',
    ],
  },
  ja: {
    'conversations:read': ['会話の閲覧', '会話とそのメッセージへの読み取り専用のアクセスです。'],
    'conversations:write': [
      '会話の作成と投稿',
      '会話を開始し、メッセージを投稿できます。対象は会話のみで、エージェントや設定は含みません。',
    ],
    'tokens:read': [
      'トークンとアクセスログの閲覧',
      'API トークンの一覧とそのアクセスログを閲覧できます。トークンの作成、ローテーション、無効化はできません。',
    ],
    admin: ['管理者', 'エージェント、アカウント設定、API トークンを含むフルアクセスです。'],
  },
  ar: {
    'conversations:read': ['قراءة المحادثات', 'وصول للقراءة فقط إلى المحادثات ورسائلها.'],
    'conversations:write': [
      'كتابة المحادثات',
      'بدء المحادثات ونشر الرسائل، في المحادثات وحدها: دون الوكلاء أو الإعدادات.',
    ],
    'tokens:read': [
      'قراءة الرموز المميزة وسجلات الوصول',
      'عرض رموز API المميزة وقراءة سجلات الوصول الخاصة بها، دون إنشاء أي رمز أو تدويره أو إبطاله.',
    ],
    admin: ['الإدارة', 'وصول كامل، بما في ذلك الوكلاء وإعدادات الحساب ورموز API المميزة.'],
  },
};

/**
 * The language of `FAKE_LANGUAGES` to answer an `Accept-Language` header in: its ranges by
 * descending `q` (in order of appearance among equals, `q=0` refused), each matched exactly,
 * then by its language alone (`pt-PT` → `pt` → `pt-BR`, `fr-CH` → `fr`); `*`, nothing that
 * matches, or no header: English.
 */
export function negotiateLanguage(header: string | null | undefined): FakeLanguage {
  const ranges = (header ?? '')
    .split(',')
    .map((part) => {
      const [range = '', ...params] = part.split(';').map((piece) => piece.trim());
      const q = params.find((param) => /^q=/i.test(param));
      return { range: range.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter(({ range, q }) => range && q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { range } of ranges) {
    const primary = range.split('-')[0];
    const found =
      FAKE_LANGUAGES.find((language) => language.toLowerCase() === range) ??
      FAKE_LANGUAGES.find((language) => language.toLowerCase().split('-')[0] === primary);
    if (found) return found;
    if (range === '*') return 'en';
  }
  return 'en';
}

/**
 * `scope` as Operator words it in `language`: a default scope (one of `DEFAULT_SCOPES`, unchanged)
 * takes that language's label and description; any other scope is the test's own, as given.
 */
export function localizeScope(scope: Scope, language: FakeLanguage): Scope {
  const words = language === 'en' ? undefined : SCOPE_WORDS[language][scope.id];
  const isDefault = DEFAULT_SCOPES.some(
    (known) =>
      known.id === scope.id &&
      known.label === scope.label &&
      known.description === scope.description,
  );
  return words && isDefault ? { ...scope, label: words[0], description: words[1] } : { ...scope };
}
