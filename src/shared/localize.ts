/**
 * The message catalogue. Every user-visible string comes from here, through
 * `@shoelace-style/localize` (1 kB): it follows `lang` on the element or the document, falls back to
 * English, and formats through `Intl`. Each part adds its English strings with `registerMessages`
 * and widens `OperatorMessages` by declaration merging, so `term()` keys and arguments are typed.
 *
 * Affiliates reword or translate in two ways: `registerMessages({ $code: 'fr', ... })` for a
 * language, or an element's `messages` property for words of their own on that element.
 */
import {
  LocalizeController,
  registerTranslation,
  type FunctionParams,
  type Translation,
} from '@shoelace-style/localize';

// Widened by each part (`declare module`); an interface so that merging works.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OperatorMessages {}

export type OperatorTranslation = Translation & OperatorMessages;

// Every part's English strings. @shoelace-style/localize keeps as its fallback only the first
// object registered (one part's strings), so the complete English is kept here.
const english: Record<string, unknown> = {};

/** Adds or replaces strings for a language (`$code`); English is the fallback for missing ones. */
export function registerMessages(
  translation: Partial<OperatorTranslation> & Pick<Translation, '$code'>,
): void {
  if (translation.$code === 'en') Object.assign(english, translation);
  registerTranslation({ $name: translation.$code, $dir: 'ltr', ...translation } as Translation);
}

/** What an element's `messages` property accepts: any subset of the catalogue. */
export type MessageOverrides = Partial<OperatorMessages>;

/** `term()` that first asks the host's own `messages`, then the catalogue. */
export class OperatorLocalize extends LocalizeController<OperatorTranslation> {
  /** `term`, bound: `const { t } = localize`. */
  readonly t: OperatorLocalize['term'] = (key, ...args) => this.term(key, ...args);

  override term<K extends keyof OperatorTranslation>(
    key: K,
    ...args: FunctionParams<OperatorTranslation[K]>
  ): string {
    const own = (this.host as { messages?: MessageOverrides }).messages?.[
      key as keyof OperatorMessages
    ] as unknown;
    const term = own ?? (this.exists(key, {}) ? undefined : english[key as string]);
    if (typeof term === 'string') return term;
    if (typeof term === 'function') return term(...args);
    return super.term(key, ...args);
  }

  /** "3 days ago", "in 12 days": the largest unit that fits, through `Intl.RelativeTimeFormat`. */
  relative(iso: string | number | Date, now = Date.now()): string {
    const seconds = (new Date(iso).getTime() - now) / 1000;
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['year', 31_536_000],
      ['month', 2_592_000],
      ['week', 604_800],
      ['day', 86_400],
      ['hour', 3_600],
      ['minute', 60],
    ];
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size)
        return this.relativeTime(Math.round(seconds / size), unit, { numeric: 'auto' });
    }
    return this.relativeTime(Math.round(seconds), 'second', { numeric: 'auto' });
  }

  /** An exact, unambiguous date and time in the reader's locale. */
  exact(iso: string | number | Date): string {
    return this.date(new Date(iso), { dateStyle: 'medium', timeStyle: 'long' });
  }
}
