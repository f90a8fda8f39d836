import { css } from 'lit';

/**
 * The design tokens. Every colour, font, radius and space of every part comes from a global
 * `--operator-*` custom property with a default that suits light and dark pages (`light-dark()`
 * follows the page's `color-scheme`). Parts read only the private `--_*` names declared here.
 *
 * Fields have `min-width: 0` and `max-width: 100%`, so that a narrow host squeezes them (a select of
 * long token names, say) rather than being pushed wider by them. `code` (prefixes, paths, request
 * IDs) is always left-to-right and isolated, so that it reads right in a right-to-left language.
 * A relative time's `.exact` one (see `renderTime`) is read by screen readers and shown as a tooltip
 * on hover and focus; each element places it.
 */
export const tokens = css`
  :host {
    --_font: var(--operator-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-mono: var(
      --operator-font-family-mono,
      ui-monospace,
      'SFMono-Regular',
      Menlo,
      Consolas,
      monospace
    );
    --_font-size: var(--operator-font-size, 0.875rem);
    --_font-size-small: var(--operator-font-size-small, 0.8125rem);
    --_text: var(--operator-color-text, light-dark(#1c1f24, #e8eaed));
    --_text-muted: var(--operator-color-text-muted, light-dark(#5b6270, #a3aab6));
    --_surface: var(--operator-color-surface, light-dark(#ffffff, #17191d));
    --_surface-raised: var(--operator-color-surface-raised, light-dark(#f6f7f9, #22252b));
    --_border: var(--operator-color-border, light-dark(#d5d9e0, #3a3f48));
    --_primary: var(--operator-color-primary, light-dark(#2446c7, #8ea8ff));
    --_on-primary: var(--operator-color-on-primary, light-dark(#ffffff, #0b1230));
    --_danger: var(--operator-color-danger, light-dark(#b3261e, #ffb4ab));
    --_on-danger: var(--operator-color-on-danger, light-dark(#ffffff, #410002));
    --_warning: var(--operator-color-warning, light-dark(#8a5a00, #ffcf70));
    --_success: var(--operator-color-success, light-dark(#1d6b35, #7fdc98));
    --_focus: var(--operator-color-focus, light-dark(#2446c7, #8ea8ff));
    --_radius: var(--operator-radius, 8px);
    --_radius-small: var(--operator-radius-small, 4px);
    --_space: var(--operator-space, 0.5rem);
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

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
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
  select,
  textarea {
    min-width: 0;
    max-width: 100%;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    padding: calc(var(--_space) * 0.625) var(--_space);
  }

  code {
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
  }

  time:not(:hover, :focus) .exact {
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    padding: 0;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  [role='alert'],
  .error {
    color: var(--_danger);
  }
`;
