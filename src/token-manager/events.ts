import type { ApiToken } from '../client/types.js';
import { OperatorEvent } from '../shared/events.js';

/** A token was created. The detail is its metadata: never its secret. */
export class OperatorTokenCreatedEvent extends OperatorEvent<{ token: ApiToken }> {
  static override readonly type = 'operator-token-created';
}

/** A token was rotated: `token` replaces `previous` (which may still work for a grace period). */
export class OperatorTokenRotatedEvent extends OperatorEvent<{
  token: ApiToken;
  previous: ApiToken;
}> {
  static override readonly type = 'operator-token-rotated';
}

/** A token was revoked. */
export class OperatorTokenRevokedEvent extends OperatorEvent<{ token: ApiToken }> {
  static override readonly type = 'operator-token-revoked';
}

/** The user copied a new secret. The detail names the token only. */
export class OperatorSecretCopiedEvent extends OperatorEvent<{ tokenId: string }> {
  static override readonly type = 'operator-secret-copied';
}

/** The user asked for a token's activity (for `<operator-access-log>` to show it). */
export class OperatorViewActivityEvent extends OperatorEvent<{ tokenId: string }> {
  static override readonly type = 'operator-view-activity';
}

/**
 * The host's proxy asks the user to confirm who they are before this write, and no `stepUp` hook
 * is set: confirm them (password, second factor), then the user presses the button again.
 */
export class OperatorStepUpRequiredEvent extends OperatorEvent<{ operation: string }> {
  static override readonly type = 'operator-step-up-required';
}

// Typed on elements, `document` and `window` alike (see ../shared/events.ts).
declare global {
  interface GlobalEventHandlersEventMap {
    'operator-token-created': OperatorTokenCreatedEvent;
    'operator-token-rotated': OperatorTokenRotatedEvent;
    'operator-token-revoked': OperatorTokenRevokedEvent;
    'operator-secret-copied': OperatorSecretCopiedEvent;
    'operator-view-activity': OperatorViewActivityEvent;
    'operator-step-up-required': OperatorStepUpRequiredEvent;
  }
}
