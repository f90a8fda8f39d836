/**
 * React wrappers of the elements, made with `@lit/react`: `import { OperatorTokenManager } from
 * '@operator-ai/admin-widget/react'`. Each registers its element; `react` (18 or 19) is the host's.
 */
export { OperatorAccessLog } from './access-log.js';
export { OperatorProvider } from './provider.js';
export { OperatorTokenManager } from './token-manager.js';
