import { css } from 'lit';

/**
 * The token manager's layout. Every value comes from the shared `--_*` tokens. The table scrolls
 * sideways in its `.scroll` box, a one-column grid of `minmax(0, 1fr)`: its narrowest size is 0, so
 * a narrow grid or flex host is not pushed wider by the table, while its widest is the table's,
 * so a roomy flex host still gives the table the room it wants.
 */
export const tokenManagerStyles = css`
  :host {
    --_backdrop: var(--operator-color-backdrop, rgb(0 0 0 / 0.45));
  }

  .toolbar,
  search,
  .actions,
  .secret {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }

  .toolbar {
    justify-content: space-between;
    margin-block-end: calc(var(--_space) * 2);
  }

  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  label {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    font-weight: 600;
  }

  .check {
    display: flex;
    gap: var(--_space);
    align-items: baseline;
    font-weight: normal;
  }

  .hint,
  .muted,
  small {
    display: block;
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
    font-weight: normal;
    margin: 0;
  }

  .indent {
    padding-inline-start: calc(var(--_space) * 3);
  }

  .warning,
  .advice {
    color: var(--_warning);
  }

  .scroll {
    overflow-x: auto;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  /* The table's elements on a CSS grid, where the virtualizer can place rows (token-list.ts). */
  table,
  thead,
  tbody,
  caption {
    display: block;
  }

  table {
    min-width: 45rem;
    background: var(--_surface);
  }

  tr {
    display: grid;
    grid-template-columns:
      minmax(11rem, 2fr) minmax(6rem, 1fr) minmax(6rem, 1fr) minmax(8rem, 1fr) minmax(6rem, 1fr)
      minmax(8rem, 2.2fr);
    width: 100%;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_space);
  }

  th,
  td {
    text-align: start;
    padding: var(--_space);
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }

  thead th {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }

  tbody th {
    font-weight: normal;
  }

  .name {
    display: block;
    font-weight: 600;
  }

  #secret {
    font-family: var(--_font-mono);
  }

  ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: calc(var(--_space) * 0.5) 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
  }

  .scopes li,
  .badge {
    display: inline-block;
    border-radius: var(--_radius-small);
    background: var(--_surface-raised);
    padding: 0 calc(var(--_space) * 0.5);
    outline: 1px solid transparent;
  }

  .advice {
    display: block;
  }

  .badge.active {
    color: var(--_success);
  }

  .badge.expiring {
    color: var(--_warning);
  }

  .badge.expired,
  .badge.revoked {
    color: var(--_text-muted);
  }

  .row-actions button,
  .badge {
    white-space: nowrap;
  }

  .row-actions {
    display: flex;
    flex-wrap: wrap;
    align-content: start;
    gap: calc(var(--_space) * 0.5);
  }

  .row-actions button {
    padding: calc(var(--_space) * 0.5) var(--_space);
  }

  .danger-text {
    color: var(--_danger);
  }

  .exact {
    inset-block-end: 100%;
  }

  [aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }

  .more {
    margin-block-start: var(--_space);
  }

  dialog {
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 3);
    width: min(34rem, calc(100vw - var(--_space) * 4));
  }

  dialog::backdrop {
    background: var(--_backdrop);
  }

  dialog h2 {
    font-size: 1.125rem;
    margin: 0 0 calc(var(--_space) * 2);
  }

  form,
  fieldset {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    padding: var(--_space) calc(var(--_space) * 1.5);
    gap: var(--_space);
  }

  legend {
    font-weight: 600;
  }

  dialog .actions {
    justify-content: end;
    margin-block-start: calc(var(--_space) * 2);
  }

  .secret input {
    flex: 1;
    min-width: 12rem;
  }

  p {
    margin: 0 0 var(--_space);
  }
`;
