import { html } from 'lit';

/**
 * A relative time ("3 days ago") that shows the exact one on hover and on focus (the shared styles'
 * `.exact` tooltip); screen readers read both.
 */
export function renderTime(iso: string, relative: string, exact: string) {
  return html`<time part="time" datetime=${iso} tabindex="0"
    >${relative} <span class="exact" part="exact-time">${exact}</span></time
  >`;
}
