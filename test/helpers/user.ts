/** What a user does with the elements' controls, found by role and accessible name. */
import { findByShadowRole } from 'shadow-dom-testing-library';

/** Clicks a button found by its accessible name (waits for it); the button. */
export async function click(root: HTMLElement, name: string | RegExp): Promise<HTMLButtonElement> {
  const button = await findByShadowRole<HTMLButtonElement>(root, 'button', { name });
  button.click();
  return button;
}

/** Picks an option of a `<select>` as a user would: focus, the value, `input` and `change`. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
