/**
 * Suspicious-use hints over the loaded entries. Pure functions: they take the entries oldest
 * first, so "earlier" means earlier in the loaded range.
 */
import type { AccessLogEntry } from '../client/types.js';
import { MINUTE } from '../client/time.js';

export type Hint = 'new-ip' | 'auth-burst';

export interface Suspicion {
  /** The hints of each flagged entry, by entry id. */
  hints: Map<string, Hint[]>;
  /** How many entries are a token's first request from an IP it had not used before. */
  newIps: number;
  /** How many bursts of 401/403 responses. */
  bursts: number;
}

/**
 * The entries that are a token's first request from an IP not seen for that token earlier in the
 * range. A token's very first request in the range is not flagged: there is nothing to compare it
 * with, and flagging it would mark every token.
 */
export function newIpEntries(oldestFirst: readonly AccessLogEntry[]): AccessLogEntry[] {
  const seen = new Map<string, Set<string>>();
  const flagged: AccessLogEntry[] = [];
  for (const entry of oldestFirst) {
    const ips = seen.get(entry.token_id);
    if (!ips) seen.set(entry.token_id, new Set([entry.ip]));
    else if (!ips.has(entry.ip)) {
      ips.add(entry.ip);
      flagged.push(entry);
    }
  }
  return flagged;
}

export interface BurstOptions {
  /** How many 401/403 responses make a burst; 5 by default. */
  threshold?: number;
  /** Within how many milliseconds; a minute by default. */
  windowMs?: number;
}

/**
 * Bursts of 401 and 403 responses: per token, at least `threshold` of them within `windowMs` (a
 * sliding window; overlapping windows make one burst). Returns each burst's entries, oldest first.
 */
export function authFailureBursts(
  oldestFirst: readonly AccessLogEntry[],
  { threshold = 5, windowMs = MINUTE }: BurstOptions = {},
): AccessLogEntry[][] {
  const byToken = new Map<string, AccessLogEntry[]>();
  for (const entry of oldestFirst) {
    if (entry.status !== 401 && entry.status !== 403) continue;
    const list = byToken.get(entry.token_id) ?? [];
    list.push(entry);
    byToken.set(entry.token_id, list);
  }
  const bursts: AccessLogEntry[][] = [];
  for (const failures of byToken.values()) {
    const times = failures.map((entry) => Date.parse(entry.timestamp));
    let current: AccessLogEntry[] = [];
    let last = -1; // index of the current burst's newest entry
    for (let end = 0, start = 0; end < failures.length; end++) {
      while (times[end]! - times[start]! > windowMs) start++;
      if (end - start + 1 < threshold) continue;
      if (last >= start) current.push(...failures.slice(last + 1, end + 1));
      else bursts.push((current = failures.slice(start, end + 1)));
      last = end;
    }
  }
  return bursts;
}

/** Both hints, keyed by entry id for the table, with counts for the summary line. */
export function findSuspicious(
  oldestFirst: readonly AccessLogEntry[],
  options?: BurstOptions,
): Suspicion {
  const hints = new Map<string, Hint[]>();
  const flag = (entry: AccessLogEntry, hint: Hint) =>
    hints.set(entry.id, [...(hints.get(entry.id) ?? []), hint]);
  const newIps = newIpEntries(oldestFirst);
  newIps.forEach((entry) => flag(entry, 'new-ip'));
  const bursts = authFailureBursts(oldestFirst, options);
  bursts.forEach((burst) => burst.forEach((entry) => flag(entry, 'auth-burst')));
  return { hints, newIps: newIps.length, bursts: bursts.length };
}
