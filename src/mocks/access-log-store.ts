/**
 * The access log: one newest-first array of compact records, sorted by (time, seq) descending.
 * Pages are found by binary search and cursors name the last entry's (time, seq), so they stay
 * valid while new traffic is added in front. Ids and request ids are derived from `seq` when a
 * page shows them, which keeps seeding 100 000 entries cheap.
 */
import type { AccessLogBucket, AccessLogEntry, Page, StatsBucket } from '../client/types.js';
import { BUCKET_MS } from '../client/contract.js';
import { iso } from './clock.js';
import { decodeCursor, encodeCursor, invalidCursor } from './cursor.js';
import { itemAt } from './item-at.js';
import { uniqueBase62 } from './random.js';
import type { GeneratedRequest } from './traffic.js';

/** A generated request (method, path, status, IP, user agent, duration), as the log keeps it. */
export interface LogRecord extends GeneratedRequest {
  /** Unique, increasing with insertion; breaks ties between entries of the same millisecond. */
  seq: number;
  time: number;
  tokenId: string;
  tokenName: string;
  tokenPrefix: string;
  /** `null`: derived from `seq`. */
  requestId: string | null;
}

export type StatusMatcher = (status: number) => boolean;

export interface LogFilter {
  tokenId?: string;
  status?: StatusMatcher;
  /** Upper case. */
  method?: string;
  /** Inclusive. */
  since?: number;
  /** Exclusive. */
  until?: number;
  /** Lower case; matched against the path and the IP. */
  q?: string;
}

export const MAX_BUCKETS = 1000;

/** True when `a` sorts before `b` (is newer). */
const newer = (a: LogRecord, time: number, seq: number) =>
  a.time > time || (a.time === time && a.seq > seq);

export class AccessLogStore {
  #entries: LogRecord[] = [];
  #maxSeq = 0;

  readonly #salt: number;

  constructor(salt: number) {
    this.#salt = salt;
  }

  get count(): number {
    return this.#entries.length;
  }

  get nextSeq(): number {
    return this.#maxSeq + 1;
  }

  /** Replaces the log with `entries`, which must already be sorted newest first. */
  load(entries: LogRecord[]): void {
    this.#entries = entries;
    this.#maxSeq = entries.reduce((max, entry) => Math.max(max, entry.seq), 0);
  }

  /** Adds entries (any order), keeping the array sorted; new traffic lands at the front. */
  add(records: readonly LogRecord[]): void {
    const batch = [...records].sort((a, b) => b.time - a.time || b.seq - a.seq);
    const head = this.#entries[0];
    const last = batch[batch.length - 1];
    if (last && (!head || newer(last, head.time, head.seq))) {
      this.#entries = batch.concat(this.#entries);
    } else {
      for (const record of batch) {
        this.#entries.splice(this.#firstOlderThan(record.time, record.seq), 0, record);
      }
    }
    for (const record of batch) this.#maxSeq = Math.max(this.#maxSeq, record.seq);
  }

  toEntry(record: LogRecord): AccessLogEntry {
    return {
      id: `log_${uniqueBase62(this.#salt, record.seq, 16)}`,
      timestamp: iso(record.time),
      token_id: record.tokenId,
      token_name: record.tokenName,
      token_prefix: record.tokenPrefix,
      method: record.method,
      path: record.path,
      status: record.status,
      ip: record.ip,
      user_agent: record.userAgent,
      duration_ms: record.durationMs,
      request_id:
        record.requestId ?? `req_${uniqueBase62(this.#salt ^ 0x2545f491, record.seq, 20)}`,
    };
  }

  /** The newest entry of a token, if it has any. */
  newestOf(tokenId: string): LogRecord | undefined {
    return this.#entries.find((record) => record.tokenId === tokenId);
  }

  list(filter: LogFilter, limit: number, cursor?: string): Page<AccessLogEntry> {
    const [from, end] = this.#range(filter.since, filter.until);
    let start = from;
    if (cursor !== undefined) {
      const key = decodeCursor('logs', cursor);
      const seq = Number(key.tiebreak);
      const after = this.#firstOlderThan(key.time, seq);
      const last = this.#entries[after - 1];
      if (!last || last.time !== key.time || last.seq !== seq) throw invalidCursor();
      start = Math.max(start, after);
    }
    const matches = matcher(filter);
    const page: LogRecord[] = [];
    let more = false;
    for (let i = start; i < end; i++) {
      const record = itemAt(this.#entries, i);
      if (!matches(record)) continue;
      if (page.length === limit) {
        more = true;
        break;
      }
      page.push(record);
    }
    const tail = page[page.length - 1];
    return {
      data: page.map((record) => this.toEntry(record)),
      next_cursor:
        more && tail ? encodeCursor('logs', { time: tail.time, tiebreak: String(tail.seq) }) : null,
    };
  }

  /**
   * Counts per bucket from `since` floored to the bucket up to `until`, oldest first, empty
   * buckets included. Only entries in [since, until) count, so the buckets add up to what `list`
   * returns for the same filter.
   */
  stats(filter: LogFilter & { since: number; until: number }, bucket: StatsBucket) {
    const size = BUCKET_MS[bucket];
    const first = Math.floor(filter.since / size) * size;
    const buckets: AccessLogBucket[] = [];
    for (let start = first; start < filter.until; start += size) {
      buckets.push({ start: iso(start), ok: 0, client_error: 0, server_error: 0 });
    }
    const [from, to] = this.#range(filter.since, filter.until);
    const matches = matcher(filter);
    for (let i = from; i < to; i++) {
      const record = itemAt(this.#entries, i);
      if (!matches(record)) continue;
      const counts = itemAt(buckets, Math.floor((record.time - first) / size));
      if (record.status >= 500) counts.server_error++;
      else if (record.status >= 400) counts.client_error++;
      else counts.ok++;
    }
    return buckets;
  }

  /** Index range [start, end) of the entries with since <= time < until. */
  #range(since?: number, until?: number): [number, number] {
    const start = until === undefined ? 0 : this.#firstOlderThan(until, -Infinity);
    const end = since === undefined ? this.#entries.length : this.#firstOlderThan(since, -Infinity);
    return [start, Math.max(start, end)];
  }

  /**
   * The index of the first entry that sorts after the position (time, seq), i.e. is older.
   * With seq = -Infinity, that is the first entry with an earlier time.
   */
  #firstOlderThan(time: number, seq: number): number {
    let low = 0;
    let high = this.#entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const entry = itemAt(this.#entries, mid);
      if (newer(entry, time, seq) || (entry.time === time && entry.seq === seq)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function matcher(filter: LogFilter): (record: LogRecord) => boolean {
  const { tokenId, status, method, q } = filter;
  return (record) =>
    (tokenId === undefined || record.tokenId === tokenId) &&
    (method === undefined || record.method === method) &&
    (status === undefined || status(record.status)) &&
    (q === undefined ||
      record.path.toLowerCase().includes(q) ||
      record.ip.toLowerCase().includes(q));
}
