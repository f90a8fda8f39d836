/**
 * The accessibility matrix's axes and its check: every state of an element is put through each
 * combination of colour scheme, direction and language, and axe (every rule, colour contrast
 * included) must find nothing serious or critical.
 */
import type { AxeResults, ImpactValue } from 'axe-core';

/**
 * The languages the matrix runs in, each with what registers its words. A translation that lands
 * is one line here (`de: () => import('../../src/translations/de.js'),`).
 */
export const LANGUAGES: Record<string, () => Promise<unknown>> = {
  en: async () => {},
  fr: () => import('../../src/translations/fr.js'),
  de: () => import('../../src/translations/de.js'),
  ar: () => import('../../src/translations/ar.js'),
};

/** Where an element is shown: the page's colour scheme, its direction and its language. */
export interface Combination {
  scheme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  lang: string;
}

export const COMBINATIONS: Combination[] = (['light', 'dark'] as const).flatMap((scheme) =>
  (['ltr', 'rtl'] as const).flatMap((dir) =>
    Object.keys(LANGUAGES).map((lang) => ({ scheme, dir, lang })),
  ),
);

export const label = ({ scheme, dir, lang }: Combination) => `${scheme}/${dir}/${lang}`;

/** The impacts that fail a cell: the bar the issue sets. */
const FAILING: ImpactValue[] = ['serious', 'critical'];

type Axe = { run(context: Element, options: object): Promise<AxeResults> };

let axe: Promise<Axe> | undefined;
/** axe-core, loaded once (its build registers `window.axe`, as chai-a11y-axe loads it). */
function loadAxe(): Promise<Axe> {
  return (axe ??= import('axe-core/axe.min.js' as string).then(
    () => (window as unknown as { axe: Axe }).axe,
  ));
}

/** The page's wrapper of an element: it carries the combination, as a host page would. */
export function applyCombination(wrapper: HTMLElement, el: HTMLElement, c: Combination) {
  // A host page in dark mode has a dark background: the element's text sits on it.
  wrapper.style.cssText = `color-scheme: ${c.scheme}; background: Canvas; color: CanvasText`;
  wrapper.dir = c.dir;
  wrapper.lang = c.lang;
  // The element's own `lang` too: today's catalogue reads the element's, else the document's.
  el.lang = c.lang;
}

/** The serious and critical violations axe finds in `el`, one readable line each. */
export async function violations(el: Element): Promise<string[]> {
  const results = await (await loadAxe()).run(el, { resultTypes: ['violations'] });
  return results.violations
    .filter((v) => FAILING.includes(v.impact ?? null))
    .flatMap((v) =>
      v.nodes.map((node) =>
        `${v.id} (${v.impact}): ${node.html.slice(0, 160)} ${node.failureSummary ?? ''}`.replace(
          /\s+/g,
          ' ',
        ),
      ),
    );
}

export const cells = { run: 0, failed: 0 };
