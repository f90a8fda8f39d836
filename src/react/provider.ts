import { createComponent } from '@lit/react';
import * as React from 'react';
import { OperatorProvider as Element } from '../provider/index.js';

/**
 * `<operator-provider>` for React 18 and 19: one `client` (or `baseUrl` and `auth`) for every
 * Operator element among its children.
 */
export const OperatorProvider = createComponent({
  react: React,
  tagName: 'operator-provider',
  elementClass: Element,
  displayName: 'OperatorProvider',
});
