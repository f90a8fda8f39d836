/**
 * Plurals by the number, not by its formatted text: `Intl.PluralRules` picks the form of the
 * message's language (Arabic has six, Japanese one), and the count is formatted for that language
 * (Arabic-Indic digits in `ar`). A message function of the catalogue takes the raw count and asks
 * its language's chooser: `(count: number) => n(count, { one: '# entry', other: '# entries' })`.
 */

/** A message's forms in one language: `other` always, the rest as the language has them. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The chooser for `lang`: `(count, forms)` gives the form `Intl.PluralRules` picks for `count`
 * (`other` when the language's form is missing), with `#` replaced by `count` formatted through
 * `Intl.NumberFormat`. The `Intl` objects are made once per language.
 */
export function plural(lang: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(lang);
  return (count, forms) =>
    (forms[rules.select(count)] ?? forms.other).replace('#', number.format(count));
}
