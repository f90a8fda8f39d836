import type { ApiToken } from '../client/types.js';
import { OperatorEvent } from '../shared/events.js';

/** A token was created. The detail is its metadata: never its secret. */
export class OperatorTokenCreatedEvent extends OperatorEvent<{ token: ApiToken }> {
  static readonly type = 'operator-token-created';
  constructor(token: ApiToken) {
    super(OperatorTokenCreatedEvent.type, { token });
  }
}

/** A token was rotated: `token` replaces `previous` (which may still work for a grace period). */
export class OperatorTokenRotatedEvent extends OperatorEvent<{
  token: ApiToken;
  previous: ApiToken;
}> {
  static readonly type = 'operator-token-rotated';
  constructor(token: ApiToken, previous: ApiToken) {
    super(OperatorTokenRotatedEvent.type, { token, previous });
  }
}

/** A token was revoked. */
export class OperatorTokenRevokedEvent extends OperatorEvent<{ token: ApiToken }> {
  static readonly type = 'operator-token-revoked';
  constructor(token: ApiToken) {
    super(OperatorTokenRevokedEvent.type, { token });
  }
}

/** The user copied a new secret. The detail names the token only. */
export class OperatorSecretCopiedEvent extends OperatorEvent<{ tokenId: string }> {
  static readonly type = 'operator-secret-copied';
  constructor(tokenId: string) {
    super(OperatorSecretCopiedEvent.type, { tokenId });
  }
}

/** The user asked for a token's activity (for `<operator-access-log>` to show it). */
export class OperatorViewActivityEvent extends OperatorEvent<{ tokenId: string }> {
  static readonly type = 'operator-view-activity';
  constructor(tokenId: string) {
    super(OperatorViewActivityEvent.type, { tokenId });
  }
}

/**
 * The host's proxy asks the user to confirm who they are before this write, and no `stepUp` hook
 * is set: confirm them (password, second factor), then the user presses the button again.
 */
export class OperatorStepUpRequiredEvent extends OperatorEvent<{ operation: string }> {
  static readonly type = 'operator-step-up-required';
  constructor(operation: string) {
    super(OperatorStepUpRequiredEvent.type, { operation });
  }
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
