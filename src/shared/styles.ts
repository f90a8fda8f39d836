import { css } from 'lit';

/**
 * The design tokens. A brand is three global properties: `--operator-color-primary`,
 * `--operator-font-family` and `--operator-radius`, with `--operator-density`, a number that scales
 * every space (0.75 compact, 1.25 comfortable). Every other value derives from these and from the
 * page's `color-scheme`:
 * - text and surface are the scheme's own `CanvasText` and `Canvas`; muted text (at least 4.5:1),
 *   raised surfaces and dividers are mixes of the two;
 * - each status colour is one hue pulled 30% toward the text, so darker on a light page and lighter
 *   on a dark one; the focus ring is the primary pulled 40% the same way (at least 3:1);
 * - text on a filled button is white or black, whichever the fill's lightness calls for;
 * - the small radius is half the radius.
 * Each derived value is still the default of its own `--operator-*` property, which a host may set.
 * Buttons and fields are edged in the muted text colour, as native controls are, so that they keep
 * 3:1 against the surface; `--operator-color-border` draws dividers and containers.
 * Parts read only the private `--_*` names declared here.
 *
 * Forced colours (Windows High Contrast) repaint text, backgrounds, borders and outlines in system
 * colours, and `Canvas`/`CanvasText` become the user's, so the mixes follow them. A badge or tooltip,
 * whose edge was its background, keeps a transparent outline that forced colours paint. Nothing
 * here moves, so `prefers-reduced-motion` has nothing to stop (test/theme/ keeps it so).
 *
 * Fields have `min-width: 0` and `max-width: 100%`, so that a narrow host squeezes them (a select of
 * long token names, say) rather than being pushed wider by them. `code` (prefixes, paths, request
 * IDs) is monospace, and always left-to-right and isolated, so that it reads right in a
 * right-to-left language.
 * A relative time's `.exact` one (see `renderTime`) is read by screen readers and shown as a tooltip
 * on hover and focus; each element places it.
 */
export const tokens = css`
  :host {
    --_font: var(--operator-font-family, system-ui, sans-serif);
    --_font-mono: var(--operator-font-family-mono, ui-monospace, monospace);
    --_font-size: var(--operator-font-size, 0.875rem);
    --_font-size-small: var(--operator-font-size-small, 0.8125rem);
    --_text: var(--operator-color-text, CanvasText);
    --_surface: var(--operator-color-surface, Canvas);
    --_text-muted: var(
      --operator-color-text-muted,
      color-mix(in oklab, var(--_text) 75%, var(--_surface))
    );
    --_surface-raised: var(
      --operator-color-surface-raised,
      color-mix(in oklab, var(--_text) 5%, var(--_surface))
    );
    --_border: var(--operator-color-border, color-mix(in oklab, var(--_text) 20%, var(--_surface)));
    --_primary: var(--operator-color-primary, #2446c7);
    --_on-primary: var(
      --operator-color-on-primary,
      oklch(from var(--_primary) calc((0.57 - l) * 99) 0 0)
    );
    --_danger: var(--operator-color-danger, color-mix(in oklab, #d93a30, var(--_text) 30%));
    --_on-danger: var(
      --operator-color-on-danger,
      oklch(from var(--_danger) calc((0.57 - l) * 99) 0 0)
    );
    --_warning: var(--operator-color-warning, color-mix(in oklab, #b87400, var(--_text) 30%));
    --_success: var(--operator-color-success, color-mix(in oklab, #25904a, var(--_text) 30%));
    --_focus: var(--operator-color-focus, color-mix(in oklab, var(--_primary), var(--_text) 40%));
    --_radius: var(--operator-radius, 8px);
    --_radius-small: var(--operator-radius-small, calc(var(--_radius) * 0.5));
    --_space: var(--operator-space, calc(0.5rem * var(--operator-density, 1)));
    --_shadow: var(--operator-shadow, 0 8px 28px rgb(0 0 0 / 0.25));

    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
    border: 1px solid var(--_text-muted);
    border-radius: var(--_radius-small);
    background: var(--_surface);
  }

  button {
    cursor: pointer;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
  }

  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }

  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-danger);
  }

  input,
  select {
    min-width: 0;
    max-width: 100%;
    padding: calc(var(--_space) * 0.625) var(--_space);
  }

  code {
    font-family: var(--_font-mono);
    direction: ltr;
    unicode-bidi: isolate;
  }

  time {
    position: relative;
  }

  .exact {
    position: absolute;
    inset-inline-start: 0;
    z-index: 1;
    white-space: nowrap;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-radius: var(--_radius-small);
    background: var(--_text);
    color: var(--_surface);
    font-size: var(--_font-size-small);
    outline: 1px solid transparent;
  }

  /* Hidden but read: the exact time until hover or focus, and text for screen readers only. */
  time:not(:hover, :focus) .exact,
  .visually-hidden {
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  time:not(:hover, :focus) .exact {
    padding: 0;
  }

  .visually-hidden {
    position: absolute !important;
  }

  [role='alert'],
  .error {
    color: var(--_danger);
  }
`;
