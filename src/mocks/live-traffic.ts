/**
 * New traffic at the fake's clock, for live tails: `addLogEntries`. Each token keeps its seeded
 * integration (routes, addresses, user agent); tokens created at run time get one on first use.
 */
import type { AccessLogEntry } from '../client/types.js';
import type { AccessLogStore, LogRecord } from './access-log-store.js';
import type { FakeClock } from './clock.js';
import { itemAt } from './item-at.js';
import { parseTimestamp } from './params.js';
import { pick, weighted, type Random } from './random.js';
import { tokenStatus, type TokenRecord, type TokenStore } from './store.js';
import {
  GENERIC_USER_AGENTS,
  ROUTE_MIXES,
  generateRequest,
  profileIps,
  type ResourcePools,
  type TrafficProfile,
} from './traffic.js';

/** The share of live traffic of a token created at run time. */
const NEW_TOKEN_RATE = 50;

export class LiveTraffic {
  readonly #random: Random;
  readonly #profiles: Map<string, TrafficProfile>;
  readonly #rates: Map<string, number>;
  readonly #pools: ResourcePools;

  constructor(
    random: Random,
    profiles: Map<string, TrafficProfile>,
    rates: Map<string, number>,
    pools: ResourcePools,
  ) {
    this.#random = random;
    this.#profiles = profiles;
    this.#rates = rates;
    this.#pools = pools;
  }

  profileOf(tokenId: string): TrafficProfile {
    let profile = this.#profiles.get(tokenId);
    if (!profile) {
      profile = {
        userAgent: pick(this.#random, GENERIC_USER_AGENTS),
        ips: profileIps(this.#random, 2),
        routes: ROUTE_MIXES.generic,
      };
      this.#profiles.set(tokenId, profile);
    }
    return profile;
  }

  /** A token in use at `time`, in proportion to its usual traffic; a dead one if none is. */
  chooseToken(tokens: readonly TokenRecord[], time: number): TokenRecord {
    const active = tokens.filter((token) => tokenStatus(token, time) === 'active');
    if (active.length === 0) return itemAt(tokens, 0);
    const rated = active.map(
      (token) => [token, this.#rates.get(token.id) ?? NEW_TOKEN_RATE] as const,
    );
    return rated.some(([, rate]) => rate > 0)
      ? weighted(this.#random, rated)
      : pick(this.#random, active);
  }

  generate(token: TokenRecord, time: number) {
    const kind = tokenStatus(token, time) === 'active' ? 'normal' : 'unauthorized';
    return generateRequest(this.#random, this.profileOf(token.id), this.#pools, kind);
  }
}

/**
 * What adding entries reads and writes: the fake's state has these (its `FakeState`), named here
 * one by one so that this module and the state's do not import each other.
 */
export interface TrafficState {
  readonly clock: FakeClock;
  tokens: TokenStore;
  logs: AccessLogStore;
  traffic: LiveTraffic;
}

/** Adds `n` entries at the clock's now (or `init.timestamp`); see `FakeOperatorApi.addLogEntries`. */
export function addLogEntries(
  state: TrafficState,
  n: number,
  init: Partial<AccessLogEntry> = {},
): AccessLogEntry[] {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`addLogEntries: ${n} is not a number of entries.`);
  }
  const time = init.timestamp === undefined ? state.clock.now() : parseTimestamp(init.timestamp);
  if (time === undefined) {
    throw new RangeError(`addLogEntries: timestamp ${init.timestamp} is not an ISO 8601 time.`);
  }
  const tokens = state.tokens.sorted();
  if (init.token_id !== undefined && !state.tokens.has(init.token_id)) {
    throw new RangeError(`addLogEntries: the fake has no token ${init.token_id}.`);
  }
  if (n > 0 && tokens.length === 0) {
    throw new RangeError('addLogEntries: the fake has no tokens to make requests with.');
  }
  const firstSeq = state.logs.nextSeq;
  const records: LogRecord[] = [];
  for (let i = 0; i < n; i++) {
    const token =
      init.token_id === undefined
        ? state.traffic.chooseToken(tokens, time)
        : state.tokens.record(init.token_id);
    const request = state.traffic.generate(token, time);
    records.push({
      seq: firstSeq + i,
      time,
      tokenId: token.id,
      tokenName: init.token_name ?? token.name,
      tokenPrefix: init.token_prefix ?? token.prefix,
      method: init.method?.toUpperCase() ?? request.method,
      path: init.path ?? request.path,
      status: init.status ?? request.status,
      ip: init.ip ?? request.ip,
      userAgent: init.user_agent ?? request.userAgent,
      durationMs: init.duration_ms ?? request.durationMs,
      requestId: init.request_id ?? null,
    });
  }
  state.logs.add(records);
  for (const record of records) state.tokens.touch(record.tokenId, record.time, record.ip);
  return records.reverse().map((record) => state.logs.toEntry(record));
}
