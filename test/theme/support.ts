/**
 * Helpers of the theme tests: a preset or scheme applied to the page, both elements rendered with
 * the fake's data, and colours read back as sRGB for contrast ratios (axe's own, and the 3:1 of
 * the edges and rings it does not check).
 */
import { waitUntil } from '@open-wc/testing';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import { mountAccessLog } from '../helpers/access-log.js';
import { queryAllByShadowRole } from 'shadow-dom-testing-library';

/** The shipped presets (src/themes/<name>.css, built to dist/themes/). */
export const PRESETS = ['harbor', 'fern', 'ember'] as const;

/** A page theme: the page's color-scheme, and a preset's stylesheet or none. */
export interface Theme {
  scheme: 'light' | 'dark';
  preset?: (typeof PRESETS)[number];
}

export const THEMES: Theme[] = [
  { scheme: 'light' },
  { scheme: 'dark' },
  ...PRESETS.flatMap((preset) => [
    { scheme: 'light' as const, preset },
    { scheme: 'dark' as const, preset },
  ]),
];

export const themeName = ({ scheme, preset }: Theme) => `${preset ?? 'default'} ${scheme}`;

/**
 * Applies a theme to the document, the page painted in its scheme's canvas colour as a host page
 * would be (axe takes a page without a background for white); returns the function that takes it off.
 */
export async function applyTheme({ scheme, preset }: Theme): Promise<() => void> {
  const root = document.documentElement;
  root.style.colorScheme = scheme;
  root.style.background = 'Canvas';
  let style: HTMLStyleElement | undefined;
  if (preset) {
    style = document.createElement('style');
    style.textContent = await (await fetch(`/src/themes/${preset}.css`)).text();
    document.head.append(style);
  }
  return () => {
    root.style.colorScheme = '';
    root.style.background = '';
    style?.remove();
  };
}

/** An access log with rows on the screen. */
export async function logWithRows(): Promise<OperatorAccessLog> {
  const { el } = await mountAccessLog();
  await waitUntil(() => queryAllByShadowRole(el, 'row').length > 3, 'no rows', { timeout: 10_000 });
  return el;
}

const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour the browser computed (oklab, oklch, rgb…), as sRGB channels 0–255. */
export function srgb(color: string): [number, number, number] {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

const luminance = (color: string) => {
  const [r, g, b] = srgb(color).map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

/** The WCAG contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

interface AxeNode {
  any: { data?: { contrastRatio?: number } }[];
}
interface AxeResults {
  passes: { nodes: AxeNode[] }[];
  violations: unknown[];
}

/**
 * axe's colour-contrast rule alone on an element (`to.be.accessible()` has already loaded axe):
 * its violations, and the lowest text contrast it measured.
 */
export async function axeContrast(el: Element) {
  const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } })
    .axe;
  const results = await axe.run(el, { runOnly: ['color-contrast'] });
  const ratios = results.passes.flatMap((rule) =>
    rule.nodes.map((node) => node.any[0]?.data?.contrastRatio ?? Infinity),
  );
  return { violations: results.violations, lowest: Math.min(...ratios), checked: ratios.length };
}

/**
 * Keeps the log's virtualizer's benign "ResizeObserver loop" notice (axe scrolls and measures the
 * log) from failing a test, as the other log tests and the CSP test do.
 */
export function ignoreResizeObserverNotices() {
  let original: OnErrorEventHandler = null;
  before(() => {
    original = window.onerror;
    window.onerror = (message, ...rest) =>
      String(message).startsWith('ResizeObserver loop') || original?.(message, ...rest);
  });
  after(() => (window.onerror = original));
}
