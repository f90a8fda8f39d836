import { html } from 'lit';
import { MINUTE } from '../client/time.js';

/**
 * The local wall-clock time of `ms` to the minute, `2025-06-03T10:15`, as
 * `<input type="datetime-local">` speaks it; its first 10 characters are the day, as
 * `<input type="date">` speaks it.
 */
export const localDateTime = (ms: number) =>
  new Date(ms - new Date(ms).getTimezoneOffset() * MINUTE).toISOString().slice(0, 16);

/**
 * A relative time ("3 days ago") that shows the exact one on hover and on focus (the shared styles'
 * `.exact` tooltip); screen readers read both.
 */
export function renderTime(iso: string, relative: string, exact: string) {
  return html`<time part="time" datetime=${iso} tabindex="0"
    >${relative} <span class="exact" part="exact-time">${exact}</span></time
  >`;
}
