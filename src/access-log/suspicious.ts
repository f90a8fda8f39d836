/**
 * Suspicious-use hints over the loaded entries, kept up to date as older pages arrive: each entry
 * is looked at once, so loading the thousandth page costs what loading the first did.
 */
import type { AccessLogEntry } from '../client/types.js';
import { MINUTE } from '../client/time.js';

/** How many 401/403 responses of one token make a burst, and within how long. */
const BURST = 5;
const BURST_MS = MINUTE;

const refused = (entry: AccessLogEntry) => entry.status === 401 || entry.status === 403;
const time = (entry: AccessLogEntry) => Date.parse(entry.timestamp);

/** What the loaded entries say of one token. */
interface Token {
  /** Its oldest loaded entry: nothing earlier to compare it with, so never flagged. */
  oldest: AccessLogEntry;
  /** Its oldest loaded entry from each IP. */
  ips: Map<string, AccessLogEntry>;
  /** Its 401/403 responses, newest first. */
  failed: AccessLogEntry[];
  /** Of those: the newest within `BURST_MS` of the oldest so far, and the oldest in a burst. */
  start: number;
  last: number;
  bursts: number;
}

/**
 * A token's first request from an IP it had not used earlier in the loaded range (its very first
 * request is not one: flagging it would mark every token), and bursts of 401/403 responses: at
 * least 5 of one token within a minute, overlapping minutes making one burst.
 */
export class Suspicion {
  #tokens = new Map<string, Token>();
  #inBurst = new Set<AccessLogEntry>();
  #pairs = 0;

  /** How many entries are a token's first request from a new IP. */
  get newIps(): number {
    return this.#pairs - this.#tokens.size;
  }

  /** How many bursts of 401/403 responses. */
  get bursts(): number {
    let bursts = 0;
    for (const token of this.#tokens.values()) bursts += token.bursts;
    return bursts;
  }

  newIp(entry: AccessLogEntry): boolean {
    const token = this.#tokens.get(entry.token_id);
    return token?.ips.get(entry.ip) === entry && token.oldest !== entry;
  }

  inBurst(entry: AccessLogEntry): boolean {
    return this.#inBurst.has(entry);
  }

  /** Entries older than every one added so far, newest first (the next page). */
  add(entries: readonly AccessLogEntry[]): void {
    for (const entry of entries) {
      let token = this.#tokens.get(entry.token_id);
      if (!token) {
        token = { oldest: entry, ips: new Map(), failed: [], start: 0, last: -1, bursts: 0 };
        this.#tokens.set(entry.token_id, token);
      }
      token.oldest = entry;
      if (!token.ips.has(entry.ip)) this.#pairs++;
      token.ips.set(entry.ip, entry);
      if (refused(entry)) this.#slide(token, token.failed.push(entry) - 1);
    }
  }

  /**
   * Slides a window of `BURST_MS` to the token's failure `end` (older than the ones before it):
   * when it holds `BURST` failures, they are in a burst, the same one as the failures before
   * them when the windows overlap.
   */
  #slide(token: Token, end: number): void {
    const { failed } = token;
    while (time(failed[token.start]!) - time(failed[end]!) > BURST_MS) token.start++;
    if (end - token.start < BURST - 1) return;
    if (token.last < token.start) token.bursts++;
    for (let i = Math.max(token.last + 1, token.start); i <= end; i++)
      this.#inBurst.add(failed[i]!);
    token.last = end;
  }
}
