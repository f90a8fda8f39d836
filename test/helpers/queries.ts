/**
 * Queries by role and accessible name that see through shadow roots, the way assistive technology
 * does. Built on dom-accessibility-api (the engine under Testing Library), which ships ESM.
 */
import { waitUntil } from '@open-wc/testing';
import { computeAccessibleName, getRole, isInaccessible } from 'dom-accessibility-api';

type Name = string | RegExp;

/** Every element below `root`, shadow roots included, in document order. */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const child of Array.from(node.children)) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  // Duck-typed rather than `instanceof`, so that elements of another realm (an iframe) work too.
  if ('shadowRoot' in root && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return out;
}

const implicitRoles: Record<string, string> = { DIALOG: 'dialog', SEARCH: 'search' };

function roleOf(element: Element): string | null {
  return element.getAttribute('role') ?? getRole(element) ?? implicitRoles[element.tagName] ?? null;
}

function matches(actual: string, expected: Name | undefined): boolean {
  if (expected === undefined) return true;
  return typeof expected === 'string' ? actual === expected : expected.test(actual);
}

/** The accessible elements with that role (and name), shadow roots included. */
export function queryAllByRole<T extends HTMLElement = HTMLElement>(
  root: Element | ShadowRoot | Document,
  role: string,
  options: { name?: Name; hidden?: boolean } = {},
): T[] {
  return deepElements(root).filter(
    (element) =>
      roleOf(element) === role &&
      (options.hidden || !isInaccessible(element)) &&
      matches(computeAccessibleName(element), options.name),
  ) as T[];
}

function describe(root: Element | ShadowRoot | Document, role: string): string {
  const seen = deepElements(root)
    .filter((element) => roleOf(element) === role && !isInaccessible(element))
    .map((element) => `"${computeAccessibleName(element)}"`);
  return seen.length ? `; ${role}s present: ${seen.join(', ')}` : `; no ${role} present`;
}

/** The one accessible element with that role and name; throws a readable error otherwise. */
export function getByRole<T extends HTMLElement = HTMLElement>(
  root: Element | ShadowRoot | Document,
  role: string,
  options: { name?: Name; hidden?: boolean } = {},
): T {
  const found = queryAllByRole<T>(root, role, options);
  if (found.length !== 1) {
    throw new Error(
      `Expected one ${role} named ${String(options.name ?? '(any)')}, found ${found.length}${describe(root, role)}`,
    );
  }
  return found[0]!;
}

/** Waits until exactly one element with that role and name is there, and returns it. */
export async function findByRole<T extends HTMLElement = HTMLElement>(
  root: Element | ShadowRoot | Document,
  role: string,
  options: { name?: Name; hidden?: boolean; timeout?: number } = {},
): Promise<T> {
  try {
    await waitUntil(() => queryAllByRole(root, role, options).length === 1, undefined, {
      timeout: options.timeout ?? 10_000,
    });
  } catch {
    getByRole(root, role, options); // throws the readable error
  }
  return getByRole<T>(root, role, options);
}

/** The visible text below `root`, shadow roots included, whitespace folded. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if ((node as Element).shadowRoot) visit((node as Element).shadowRoot!);
    if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(visit);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Waits until the text below `root` contains `text`. */
export async function findText(root: Element | ShadowRoot, text: Name, timeout = 10_000) {
  const ok = () => {
    const all = deepText(root);
    return typeof text === 'string' ? all.includes(text) : text.test(all);
  };
  try {
    await waitUntil(ok, undefined, { timeout });
  } catch {
    throw new Error(
      `Text ${String(text)} did not appear; the text is: ${deepText(root).slice(0, 600)}`,
    );
  }
}
