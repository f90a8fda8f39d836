// Plain DOM: the package's types give every event its class on an element, `document` and `window`.
import type {} from '@operator-ai/admin-widget';

export const seen: string[] = [];

document.addEventListener('operator-token-created', (e) => seen.push(e.detail.token.id));
window.addEventListener('operator-error', (e) => seen.push(e.detail.operation));
document
  .querySelector('operator-access-log')
  ?.addEventListener('operator-export-complete', (e) => e.preventDefault());

// @ts-expect-error: the detail names the token only.
document.addEventListener('operator-secret-copied', (e) => e.detail.secret);
