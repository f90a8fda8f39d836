/**
 * Suspicious-use hints over the loaded entries, kept up to date as entries arrive: older pages
 * below, newer entries (the live tail) on top. Each entry is looked at once, so loading the
 * thousandth page costs what loading the first did.
 */
import type { AccessLogEntry } from '../client/types.js';
import { MINUTE } from '../shared/time.js';

/** How many 401/403 responses of one token make a burst, and within how long. */
const BURST = 5;
const BURST_MS = MINUTE;

/** A token's 401/403 responses, newest first, and the bursts they make. */
interface Failures {
  entries: AccessLogEntry[];
  times: number[];
  /** The newest failure within `BURST_MS` of the oldest one; the oldest failure in a burst. */
  start: number;
  last: number;
  bursts: number;
}

const noFailures = (): Failures => ({ entries: [], times: [], start: 0, last: -1, bursts: 0 });
const refused = (entry: AccessLogEntry) => entry.status === 401 || entry.status === 403;

interface TokenSeen {
  /** The token's oldest loaded entry: nothing earlier to compare it with, so never flagged. */
  oldest: AccessLogEntry;
  /** Its oldest loaded entry from each IP. */
  ips: Map<string, AccessLogEntry>;
  failures: Failures;
}

/**
 * A token's first request from an IP it had not used earlier in the loaded range (its very first
 * request is not one: flagging it would mark every token), and bursts of 401/403 responses: at
 * least 5 of one token within a minute, overlapping minutes making one burst.
 */
export class Suspicion {
  #tokens = new Map<string, TokenSeen>();
  #inBurst = new Set<AccessLogEntry>();
  #pairs = 0;
  /** How many bursts of 401/403 responses. */
  bursts = 0;

  /** How many entries are a token's first request from a new IP. */
  get newIps(): number {
    return this.#pairs - this.#tokens.size;
  }

  newIp(entry: AccessLogEntry): boolean {
    const token = this.#tokens.get(entry.token_id);
    return token?.ips.get(entry.ip) === entry && token.oldest !== entry;
  }

  inBurst(entry: AccessLogEntry): boolean {
    return this.#inBurst.has(entry);
  }

  /** Entries older than every one added so far, newest first (the next page). */
  older(entries: readonly AccessLogEntry[]): void {
    for (const entry of entries) {
      const token = this.#see(entry, true);
      if (refused(entry)) this.#fail(token.failures, entry);
    }
  }

  /**
   * Entries newer than every one added so far, newest first (the live tail). A token that failed
   * again has its bursts counted afresh, over its failures only (more failures never take an
   * entry out of a burst).
   */
  newer(entries: readonly AccessLogEntry[]): void {
    const failed = new Map<TokenSeen, AccessLogEntry[]>();
    for (let i = entries.length; i--;) this.#see(entries[i]!, false);
    for (const entry of entries.filter(refused)) {
      const token = this.#tokens.get(entry.token_id)!;
      failed.set(token, [...(failed.get(token) ?? []), entry]);
    }
    for (const [token, fresh] of failed) {
      const { entries: before, bursts } = token.failures;
      this.bursts -= bursts;
      token.failures = noFailures();
      for (const entry of fresh.concat(before)) this.#fail(token.failures, entry);
    }
  }

  /** Notes an entry's token and IP: as the oldest seen (`older`), else as the newest. */
  #see(entry: AccessLogEntry, older: boolean): TokenSeen {
    let token = this.#tokens.get(entry.token_id);
    if (!token)
      this.#tokens.set(
        entry.token_id,
        (token = { oldest: entry, ips: new Map(), failures: noFailures() }),
      );
    if (older) token.oldest = entry;
    const seen = token.ips.has(entry.ip);
    if (!seen) this.#pairs++;
    if (older || !seen) token.ips.set(entry.ip, entry);
    return token;
  }

  /**
   * Adds a failure older than the token's others, sliding a window of `BURST_MS` over them: when
   * it holds `BURST` failures, they are in a burst, the same one as the failures before them when
   * the windows overlap.
   */
  #fail(failures: Failures, entry: AccessLogEntry): void {
    const { entries, times } = failures;
    const end = entries.push(entry) - 1;
    times.push(Date.parse(entry.timestamp));
    while (times[failures.start]! - times[end]! > BURST_MS) failures.start++;
    if (end - failures.start + 1 < BURST) return;
    if (failures.last < failures.start) {
      failures.bursts++;
      this.bursts++;
    }
    for (let i = Math.max(failures.last + 1, failures.start); i <= end; i++)
      this.#inBurst.add(entries[i]!);
    failures.last = end;
  }
}
