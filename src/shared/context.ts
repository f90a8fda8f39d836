import { createContext } from '@lit/context';
import type { OperatorClient } from '../client/client.js';

/** One Operator client shared with every element below an `<operator-provider>` (or any provider). */
export const operatorClientContext = createContext<OperatorClient | undefined>(
  Symbol.for('operator-client'),
);
