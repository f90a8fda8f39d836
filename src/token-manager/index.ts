/**
 * `<operator-token-manager>`: `import '@operator-ai/admin-widget/token-manager'` registers it.
 */
import { OperatorTokenManager } from './operator-token-manager.js';

export { OperatorTokenManager };
export * from './events.js';
export { tokenManagerMessages } from './messages.js';

declare global {
  interface HTMLElementTagNameMap {
    'operator-token-manager': OperatorTokenManager;
  }
}
