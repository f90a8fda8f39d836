import { createComponent } from '@lit/react';
import * as React from 'react';
import { OperatorExportCompleteEvent, OperatorFilterChangeEvent } from '../access-log/events.js';
import { OperatorAccessLog as Element } from '../access-log/operator-access-log.js';
import { eventName, requestEvents } from './events.js';

/**
 * `<operator-access-log>` for React 18 and 19: its properties as props (`client`, `tokenId`,
 * `pageSize`, …), its events as `onFilterChange`, `onExportComplete`, `onUnauthorized` and
 * `onError`, whose handler gets the event class, typed `detail` included.
 */
export const OperatorAccessLog = createComponent({
  react: React,
  tagName: 'operator-access-log',
  elementClass: Element,
  displayName: 'OperatorAccessLog',
  events: {
    onFilterChange: eventName(OperatorFilterChangeEvent),
    onExportComplete: eventName(OperatorExportCompleteEvent),
    ...requestEvents,
  },
});
