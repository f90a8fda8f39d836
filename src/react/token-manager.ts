import { createComponent } from '@lit/react';
import * as React from 'react';
import {
  OperatorSecretCopiedEvent,
  OperatorStepUpRequiredEvent,
  OperatorTokenCreatedEvent,
  OperatorTokenRevokedEvent,
  OperatorTokenRotatedEvent,
  OperatorViewActivityEvent,
} from '../token-manager/events.js';
import { OperatorTokenManager as Element } from '../token-manager/operator-token-manager.js';
import { eventName, requestEvents } from './events.js';

/**
 * `<operator-token-manager>` for React 18 and 19: its properties as props (`client`, `pageSize`,
 * `readonly`, `stepUp`, …), its events as `onTokenCreated`-style props whose handler gets the
 * event class, typed `detail` included.
 */
export const OperatorTokenManager = createComponent({
  react: React,
  tagName: 'operator-token-manager',
  elementClass: Element,
  displayName: 'OperatorTokenManager',
  events: {
    onTokenCreated: eventName(OperatorTokenCreatedEvent),
    onTokenRotated: eventName(OperatorTokenRotatedEvent),
    onTokenRevoked: eventName(OperatorTokenRevokedEvent),
    onSecretCopied: eventName(OperatorSecretCopiedEvent),
    onViewActivity: eventName(OperatorViewActivityEvent),
    onStepUpRequired: eventName(OperatorStepUpRequiredEvent),
    ...requestEvents,
  },
});
