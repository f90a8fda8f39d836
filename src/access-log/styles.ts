import { css } from 'lit';

/** The access log's own styles, on top of the shared tokens; values only from `--_*` names. */
export const accessLogStyles = css`
  :host {
    --_log-height: var(--operator-access-log-height, 28rem);
    --_chart-height: var(--operator-access-log-chart-height, 7rem);
    --_columns: minmax(8.5rem, 1fr) minmax(8rem, 1.4fr) 5rem minmax(8rem, 2fr) 10.5rem
      minmax(7.5rem, 1fr) 6rem 2.75rem;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  code,
  .filters label,
  .toolbar .grow,
  .axis,
  .hint,
  .footer {
    font-size: var(--_font-size-small);
  }

  .muted,
  .token code,
  .details dt {
    color: var(--_text-muted);
  }

  .filters,
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
    margin: 0;
  }

  .filters label {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    color: var(--_text-muted);
  }

  .filters select,
  .filters input {
    color: var(--_text);
    font-size: var(--_font-size);
  }

  .filters .error {
    flex-basis: 100%;
    margin: 0;
  }

  .toolbar {
    align-items: center;
  }

  .toolbar .live {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }

  .toolbar .grow {
    flex: 1;
  }

  .toolbar progress {
    accent-color: var(--_primary);
  }

  .chart {
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .chart svg {
    display: block;
    width: 100%;
    height: var(--_chart-height);
    overflow: visible;
  }

  .bar {
    cursor: pointer;
    outline: none;
  }

  .bar .hit {
    fill: transparent;
  }

  .bar:hover .hit,
  .bar:focus-visible .hit {
    fill: var(--_surface-raised);
  }

  /* The focus colour goes through color, which forced colours repaint (they leave SVG strokes alone). */
  .bar:focus-visible .hit {
    color: var(--_focus);
    stroke: currentColor;
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }

  .ok {
    fill: var(--_success);
    background: var(--_success);
  }

  .client {
    fill: var(--_warning);
    background: var(--_warning);
  }

  .server {
    fill: var(--_danger);
    background: var(--_danger);
  }

  .axis {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    flex-wrap: wrap;
    color: var(--_text-muted);
  }

  .legend {
    display: inline-flex;
    gap: var(--_space);
  }

  .legend i {
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: 0.3em;
    border-radius: var(--_radius-small);
    forced-color-adjust: none;
  }

  .summary {
    margin: 0;
    padding: var(--_space);
    border-inline-start: 3px solid var(--_warning);
    background: var(--_surface-raised);
    border-radius: var(--_radius-small);
  }

  .table {
    container-type: inline-size;
    overflow-x: auto;
    /* Holds what is positioned inside (the visually hidden "Details" header) to its scroll. */
    position: relative;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .head,
  .body {
    scrollbar-gutter: stable;
  }

  .head {
    overflow: hidden;
    background: var(--_surface-raised);
    border-bottom: 1px solid var(--_border);
    font-weight: 600;
  }

  .body {
    height: var(--_log-height);
    overflow: auto;
  }

  .entry {
    width: 100%;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }

  .entry:hover,
  .entry:focus-within {
    z-index: 1;
  }

  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
  }

  .row > * {
    padding: calc(var(--_space) * 0.75) var(--_space);
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .row > :has(time:hover, time:focus) {
    overflow: visible;
  }

  /*
   * A column's name, and a hint beside its IP, wrap rather than lose their end: a translation may
   * be longer than English.
   */
  .head .row > *,
  .row > :has(.hint) {
    white-space: normal;
    overflow-wrap: anywhere;
  }

  /* Narrow: IP, duration and the badges move to the details. */
  @container (max-width: 58rem) {
    .row {
      grid-template-columns: 4.5rem minmax(2.5rem, 1fr) 4rem minmax(2.5rem, 1.5fr) 3.5rem 2.5rem;
    }

    .wide,
    .row .hint {
      display: none;
    }
  }

  .exact {
    inset-block-start: calc(100% + 0.25rem);
  }

  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  /* A status and a hint are both small badges. */
  .status,
  .hint {
    padding: 0 calc(var(--_space) * 0.5);
    border-radius: var(--_radius-small);
  }

  .status {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    border: 1px solid currentColor;
  }

  .s2xx,
  .s3xx {
    color: var(--_success);
  }

  .s4xx {
    color: var(--_warning);
  }

  .s5xx {
    color: var(--_danger);
  }

  .hint {
    margin-inline-start: calc(var(--_space) * 0.5);
    background: var(--_warning);
    color: var(--_surface);
    outline: 1px solid transparent;
  }

  .toggle {
    padding: calc(var(--_space) * 0.25) calc(var(--_space) * 0.75);
    line-height: 1;
  }

  .toggle::before {
    content: '▸';
  }

  .toggle[aria-expanded='true']::before {
    content: '▾';
  }

  .details > * {
    display: block;
    padding: 0 var(--_space) var(--_space);
  }

  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    margin: 0;
  }

  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .details dd button {
    margin-inline-start: var(--_space);
    padding: 0 var(--_space);
  }

  .hint-text {
    margin: calc(var(--_space) * 0.5) 0 0;
    color: var(--_warning);
  }

  .state {
    margin: 0;
    padding: calc(var(--_space) * 2);
    text-align: center;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .footer {
    margin: 0;
  }
`;
