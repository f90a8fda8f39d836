/**
 * The message catalogue. Every user-visible string comes from here: it falls back to English and
 * formats through `Intl`. Each part adds its English strings with `registerMessages` and widens
 * `OperatorMessages` by declaration merging, so `term()` keys and arguments are typed.
 *
 * - A message that depends on a count takes the number and picks its form with `plural(lang)`.
 * - `{brand}` in any message is the catalogue's `brand` (default "Operator"), set once per page
 *   with `registerMessages({ $code: 'en', brand: 'Acme AI' })`, per language, or per element.
 * - The language is the element's `lang`, else the nearest ancestor's (across shadow roots),
 *   else the document's; the direction is a `dir` the host set (on the element, or on an
 *   ancestor nearer than any `lang`), else the language's `$dir`.
 *
 * Affiliates reword or translate in two ways: `registerMessages({ $code: 'fr', ... })` for a
 * language, or an element's `messages` property for words of their own on that element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DAY, HOUR, MINUTE, SECOND } from '../client/time.js';

// For translations: the single-script build gives its locale modules only this module's exports.
export { plural, type PluralForms } from './plural.js';

// Widened by each part (`declare module`); an interface so that merging works.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OperatorMessages {}

/** A language's code (`fr`, `pt-BR`), name and direction, with its messages. */
export type OperatorTranslation = {
  $code: string;
  $name: string;
  $dir: 'ltr' | 'rtl';
} & OperatorMessages;

/**
 * What a shipped translation provides: every key but `brand`, which stays the host's (through
 * English, the fallback) unless it sets one for that language.
 */
export type OperatorCatalogue = Omit<OperatorMessages, 'brand'>;

type Params<T> = T extends (...args: infer A) => string ? A : [];

// Each language's messages by lower-case code; English, complete, is the fallback for every key.
const catalogues = new Map<string, Record<string, unknown>>();
const connected = new Set<ReactiveControllerHost>();
// Bumped whenever every element's words may read differently (see `revision`).
let version = 0;
const update = () => {
  version++;
  connected.forEach((host) => host.requestUpdate());
};
// One timer for every element on the page re-renders relative times ("3 minutes ago") each minute.
let clock: ReturnType<typeof setInterval> | undefined;
// A document's `lang` or `dir` changing re-renders every element (there are no others to watch).
if (typeof document === 'object')
  new MutationObserver(update).observe(document.documentElement, {
    attributeFilter: ['lang', 'dir'],
  });

// `Intl` objects are costly to make: one per kind, language and options, for the page's life.
const made = new Map<string, object>();
const intl = <T extends object>(
  Kind: new (lang: string, options?: object) => T,
  lang: string,
  options?: object,
): T => {
  const key = Kind.name + lang + JSON.stringify(options);
  return (made.get(key) ?? made.set(key, new Kind(lang, options)).get(key)) as T;
};

/** The units of a relative time, largest first. */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

/**
 * Adds or replaces strings for a language (`$code`); English is the fallback for missing ones.
 * What it leaves out (`$dir` among them) stays as registered before.
 */
export function registerMessages(
  translation: Partial<OperatorTranslation> & Pick<OperatorTranslation, '$code'>,
): void {
  const code = translation.$code.toLowerCase();
  catalogues.set(code, { ...catalogues.get(code), ...translation });
  update();
}

/** What an element's `messages` property accepts: any subset of the catalogue. */
export type MessageOverrides = Partial<OperatorMessages>;

type Host = { lang?: string; dir?: string; parentNode?: Host; host?: Host };
type Messages = { messages?: Record<PropertyKey, unknown> };

/**
 * An element's messages and `Intl` formatting, in its language: `term()` asks the host's own
 * `messages`, then its language with region (`pt-br`), then without (`pt`), then English.
 */
export class OperatorLocalize implements ReactiveController {
  /** The language, resolved once per render (from `hostUpdate` to `hostUpdated`). */
  #lang?: string;

  #sources: unknown[] = [];

  /**
   * Counts the changes of what the element's words are made of: its language, its `messages`, and
   * the page's catalogues, document `lang` and `dir`, and minute (relative times). What a render
   * formats may be kept (a token's row) while it stays the same.
   */
  revision = 0;

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.host);
    clock ??= setInterval(update, MINUTE);
  }

  hostDisconnected(): void {
    connected.delete(this.host);
    if (!connected.size) clock = clearInterval(clock) as undefined;
  }

  /**
   * Resolves the language for the render, bumps `revision` if the words' sources changed, and
   * lays the element out in its `dir()`: its language's direction, unless the host set `dir`.
   */
  hostUpdate(): void {
    this.#lang = undefined;
    const sources = [(this.#lang = this.lang()), (this.host as Messages).messages, version];
    if (sources.some((value, i) => value !== this.#sources[i])) this.revision++;
    this.#sources = sources;
    this.host.style.direction = this.dir();
  }

  hostUpdated(): void {
    this.#lang = undefined;
  }

  /** `term`, bound: `const { t } = localize`. */
  readonly t: OperatorLocalize['term'] = (key, ...args) => this.term(key, ...args);

  term<K extends keyof OperatorTranslation>(
    key: K,
    ...args: Params<OperatorTranslation[K]>
  ): string {
    const { language, region } = intl(Intl.Locale, this.lang());
    const term =
      (this.host as Messages).messages?.[key] ??
      [`${language}-${region}`, language, 'en']
        .map((code) => catalogues.get(code.toLowerCase())?.[key])
        .find(Boolean);
    return String(typeof term === 'function' ? term(...args) : (term ?? key)).replace(
      /\{brand\}/g,
      () => this.term('brand'),
    );
  }

  /**
   * The element's `lang`, else the nearest ancestor's (across shadow roots), else the document's
   * (the browser's while the element is not in one); English if it is not a language tag.
   */
  lang(): string {
    if (this.#lang) return this.#lang;
    let node = this.host as Host | undefined;
    while (node && !node.lang) node = node.parentNode ?? node.host;
    try {
      return Intl.getCanonicalLocales(node?.lang ?? navigator.language)[0]!;
    } catch {
      return 'en';
    }
  }

  /**
   * The direction the host set (`dir` on the element, or on an ancestor nearer than any `lang`),
   * else the language's `$dir` (`rtl` for Arabic; English's `ltr` for a language without one).
   */
  dir(): string {
    let node = this.host as Host | undefined;
    while (node && !node.dir && !node.lang) node = node.parentNode ?? node.host;
    return node?.dir || this.term('$dir');
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return intl(Intl.NumberFormat, this.lang(), options).format(value);
  }

  date(value: string | number | Date, options?: Intl.DateTimeFormatOptions): string {
    return intl(Intl.DateTimeFormat, this.lang(), options).format(new Date(value));
  }

  /** "3 days ago", "in 12 days": the largest unit that fits, through `Intl.RelativeTimeFormat`. */
  relative(iso: string | number | Date, now = Date.now()): string {
    const ms = new Date(iso).getTime() - now;
    const [unit, size] = UNITS.find(([, size]) => Math.abs(ms) >= size) ?? ['second', SECOND];
    return intl(Intl.RelativeTimeFormat, this.lang(), { numeric: 'auto' }).format(
      Math.round(ms / size),
      unit,
    );
  }

  /** An exact, unambiguous date and time in the reader's locale. */
  exact(iso: string | number | Date): string {
    return this.date(iso, { dateStyle: 'medium', timeStyle: 'long' });
  }
}
