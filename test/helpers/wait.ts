/**
 * Waiting for a condition, never for a time, under the suite's one hang guard (which Testing
 * Library's findBy and waitFor have too).
 */
import { waitUntil } from '@open-wc/testing';
import { HANG_GUARD } from './testing-library.js';

/** `waitUntil` under the hang guard (10 s rather than open-wc's 1 s). */
export function until(predicate: () => unknown, message?: string, timeout = HANG_GUARD) {
  return waitUntil(predicate, message, { timeout });
}
