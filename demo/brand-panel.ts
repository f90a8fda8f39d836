/// <reference types="vite/client" />
/**
 * The demo's brand panel: what an affiliate sets to make the elements its own (primary colour,
 * font, radius, density), the page's language, direction and colour scheme, the three shipped
 * presets, and "Copy CSS", the snippet that reproduces what the page shows.
 *
 * The presets are read from the package's own preset files (src/themes/*.css) and the languages
 * from its translations (src/translations/*.ts, each registers itself on import), so the panel
 * offers what ships.
 */
const presetFiles = import.meta.glob<string>('../src/themes/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const translations = import.meta.glob('../src/translations/*.ts', { eager: true });

const fileName = (path: string, ext: string) => path.slice(path.lastIndexOf('/') + 1, -ext.length);

/** The brand values, as the custom properties carry them. */
export interface Brand {
  primary: string;
  font: string;
  radius: string;
  density: string;
}

export const DEFAULT_BRAND: Brand = {
  primary: '#2446c7',
  font: 'system-ui, sans-serif',
  radius: '8px',
  density: '1',
};

const property = {
  primary: 'color-primary',
  font: 'font-family',
  radius: 'radius',
  density: 'density',
};

/** The custom properties a preset file declares, as a brand. */
function parsePreset(css: string): Brand {
  const read = (name: string) =>
    css.match(new RegExp(`--operator-${name}\\s*:\\s*([^;]+);`))?.[1]?.trim();
  return {
    primary: read(property.primary) ?? DEFAULT_BRAND.primary,
    font: read(property.font) ?? DEFAULT_BRAND.font,
    radius: read(property.radius) ?? DEFAULT_BRAND.radius,
    density: read(property.density) ?? DEFAULT_BRAND.density,
  };
}

export const PRESETS: Record<string, Brand> = Object.fromEntries(
  Object.entries(presetFiles).map(([path, css]) => [fileName(path, '.css'), parsePreset(css)]),
);

/** The languages that ship: English, and every translation module. */
export const LANGUAGES = ['en', ...Object.keys(translations).map((path) => fileName(path, '.ts'))];

/** The page as the panel sets it. */
export interface BrandState extends Brand {
  lang: string;
  dir: 'ltr' | 'rtl';
  scheme: string;
}

/** The CSS that reproduces a state: the custom properties (and the scheme) on `:root`. */
export function brandCss(state: BrandState): string {
  const lines = [
    ...(state.scheme === 'light dark' ? [] : [`color-scheme: ${state.scheme};`]),
    ...(Object.keys(property) as (keyof Brand)[]).map(
      (key) => `--operator-${property[key]}: ${state[key]};`,
    ),
  ];
  const page = `/* The page: <html lang="${state.lang}" dir="${state.dir}"> */`;
  return `${page}\n:root {\n${lines.map((line) => `  ${line}`).join('\n')}\n}\n`;
}

/** Wires the panel's form: every change applies to the page and rewrites the snippet. */
export function setupBrandPanel(form: HTMLFormElement, output: HTMLElement, said: HTMLElement) {
  const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) =>
    form.elements.namedItem(name) as T;
  const select = (name: string, options: [string, string][]) =>
    field<HTMLSelectElement>(name).append(
      ...options.map(([value, label]) => new Option(label, value)),
    );

  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  select(
    'lang',
    LANGUAGES.map((code) => [
      code,
      new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? names.of(code) ?? code,
    ]),
  );
  select('preset', [
    ['', 'Operator (default)'],
    ...Object.keys(PRESETS).map((name): [string, string] => [
      name,
      name[0]!.toUpperCase() + name.slice(1),
    ]),
  ]);
  const fonts = new Set([DEFAULT_BRAND.font, ...Object.values(PRESETS).map((brand) => brand.font)]);
  select(
    'font',
    [...fonts].map((font) => [font, font.split(',')[0]!.replaceAll("'", '')]),
  );

  const state = (): BrandState => {
    const data = new FormData(form);
    return {
      primary: String(data.get('primary')),
      font: String(data.get('font')),
      radius: `${String(data.get('radius'))}px`,
      density: String(data.get('density')),
      lang: String(data.get('lang')),
      dir: data.get('dir') === 'rtl' ? 'rtl' : 'ltr',
      scheme: String(data.get('scheme')),
    };
  };

  const apply = () => {
    const now = state();
    const root = document.documentElement;
    for (const key of Object.keys(property) as (keyof Brand)[])
      root.style.setProperty(`--operator-${property[key]}`, now[key]);
    root.style.colorScheme = now.scheme;
    root.lang = now.lang;
    root.dir = now.dir;
    field<HTMLInputElement>('radius').nextElementSibling!.textContent = now.radius;
    output.textContent = brandCss(now);
  };

  const choose = (brand: Brand) => {
    field<HTMLInputElement>('primary').value = brand.primary;
    field<HTMLSelectElement>('font').value = brand.font;
    field<HTMLInputElement>('radius').value = String(parseFloat(brand.radius));
    field<HTMLSelectElement>('density').value = brand.density;
  };

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'preset') choose(PRESETS[target.value] ?? DEFAULT_BRAND);
    else if (['primary', 'font', 'radius', 'density'].includes(target.name))
      field<HTMLSelectElement>('preset').value = '';
    said.textContent = '';
    apply();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const css = output.textContent ?? '';
    navigator.clipboard.writeText(css).then(
      () => (said.textContent = 'CSS copied to the clipboard.'),
      () => (said.textContent = 'Could not copy: select the CSS below and copy it.'),
    );
  });
  choose(DEFAULT_BRAND);
  apply();
}
