/**
 * The text a user reads in an element: every text node below it, through shadow roots and the
 * nodes slotted into them, in document order. Testing Library matches one element's own text; a
 * message here often spans several (a status and its request ID, a label and its value).
 */
import { waitFor } from '@testing-library/dom';

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

/** Waits until the text below `root` contains `text` (or matches it). */
export async function findText(
  root: Element | ShadowRoot,
  text: string | RegExp,
  timeout?: number,
) {
  await waitFor(
    () => {
      const all = deepText(root);
      if (typeof text === 'string' ? !all.includes(text) : !text.test(all)) {
        throw new Error(`Text ${String(text)} did not appear; the text is: ${all.slice(0, 600)}`);
      }
    },
    // Its own message says what the text is; Testing Library's default adds the whole page.
    { timeout, onTimeout: (error) => error },
  );
}
