import type { OperatorClientError } from '../client/errors.js';

/** Base of every event the elements fire: it bubbles and crosses shadow roots. */
export class OperatorEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    super(type, { bubbles: true, composed: true, detail });
  }
}

/** A request failed with 401: the host should renew the session (then set a new `auth`). */
export class OperatorUnauthorizedEvent extends OperatorEvent<{ operation: string }> {
  static readonly type = 'operator-unauthorized';
  constructor(operation: string) {
    super(OperatorUnauthorizedEvent.type, { operation });
  }
}

/**
 * A request failed. `operation` names it (`tokens.list`, `tokens.create`, …); `error` narrows by a
 * `switch` on its `name`.
 */
export class OperatorErrorEvent extends OperatorEvent<{
  operation: string;
  error: OperatorClientError;
}> {
  static readonly type = 'operator-error';
  constructor(operation: string, error: OperatorClientError) {
    super(OperatorErrorEvent.type, { operation, error });
  }
}

// HTMLElementEventMap, DocumentEventMap and WindowEventMap all extend GlobalEventHandlersEventMap:
// `addEventListener` on an element, `document` or `window` gets the event's class.
declare global {
  interface GlobalEventHandlersEventMap {
    'operator-unauthorized': OperatorUnauthorizedEvent;
    'operator-error': OperatorErrorEvent;
  }
}
