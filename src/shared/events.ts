import type { OperatorClientError } from '../client/errors.js';

/**
 * Base of every event the elements fire: it bubbles and crosses shadow roots. A subclass declares
 * its `static type`; its constructor takes the detail.
 */
export class OperatorEvent<T> extends CustomEvent<T> {
  declare static readonly type: string;
  constructor(detail: T) {
    super((new.target as typeof OperatorEvent).type, { bubbles: true, composed: true, detail });
  }
}

/** A request failed with 401: the host should renew the session (then set a new `auth`). */
export class OperatorUnauthorizedEvent extends OperatorEvent<{ operation: string }> {
  static override readonly type = 'operator-unauthorized';
}

/**
 * A request failed. `operation` names it (`tokens.list`, `tokens.create`, …); `error` narrows by a
 * `switch` on its `name`.
 */
export class OperatorErrorEvent extends OperatorEvent<{
  operation: string;
  error: OperatorClientError;
}> {
  static override readonly type = 'operator-error';
}

// HTMLElementEventMap, DocumentEventMap and WindowEventMap all extend GlobalEventHandlersEventMap:
// `addEventListener` on an element, `document` or `window` gets the event's class.
declare global {
  interface GlobalEventHandlersEventMap {
    'operator-unauthorized': OperatorUnauthorizedEvent;
    'operator-error': OperatorErrorEvent;
  }
}
