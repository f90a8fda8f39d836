/**
 * React wrappers of the elements, made with `@lit/react`: `import { OperatorTokenManager } from
 * '@operator-ai/admin-widget/react'`. Each registers its element; `react` (18 or 19) is the host's.
 */
// The provider first, as on a page: its element is defined before the elements that consume its
// client (shared/context.ts).
export { OperatorProvider } from './provider.js';
export { OperatorAccessLog } from './access-log.js';
export { OperatorTokenManager } from './token-manager.js';
