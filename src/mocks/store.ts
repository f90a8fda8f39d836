/**
 * The in-memory token store. Records keep times as milliseconds; `toApiToken` turns them into the
 * wire shape, deriving `status` from the fake's clock. Secrets are never stored: the fake returns
 * a secret once, in the create or rotate response (and its idempotent replays).
 */
import { SECOND } from '../client/time.js';
import type { Actor, ApiToken, Page, TokenStatus } from '../client/types.js';
import type { FakeClock } from './clock.js';
import { iso } from './clock.js';
import { decodeCursor, encodeCursor, invalidCursor } from './cursor.js';
import { notFound, unprocessable } from './errors.js';
import { base62, type Random } from './random.js';

export type TokenMode = 'live' | 'test';

export interface TokenRecord {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: number;
  createdBy: Actor | null;
  expiresAt: number | null;
  lastUsedAt: number | null;
  lastUsedIp: string | null;
  revokedAt: number | null;
  replacedBy: string | null;
}

export interface NewToken {
  name: string;
  scopes: string[];
  expiresAt: number | null;
}

export const TOKEN_ID_PATTERN = /^tok_[0-9A-Za-z]{16}$/;
export const newTokenId = (random: Random) => `tok_${base62(random, 16)}`;
export const newSecret = (random: Random, mode: TokenMode) => `op_${mode}_${base62(random, 32)}`;
export const prefixOf = (secret: string) => secret.slice(0, 12);

export function tokenStatus(record: TokenRecord, now: number): TokenStatus {
  if (record.revokedAt !== null) return 'revoked';
  if (record.expiresAt !== null && record.expiresAt <= now) return 'expired';
  return 'active';
}

/** Newest first; the id breaks ties (descending too), so the order is total and stable. */
export function compareTokens(a: TokenRecord, b: TokenRecord): number {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export class TokenStore {
  readonly #records = new Map<string, TokenRecord>();
  /** `sorted()`'s answer until a token is added: listing 5,000 tokens sorted them 50 times. */
  #sorted?: readonly TokenRecord[];

  readonly #clock: FakeClock;
  readonly #mode: TokenMode;
  /** Draws ids and secrets of tokens created at run time. */
  readonly #random: Random;

  constructor(clock: FakeClock, mode: TokenMode, random: Random) {
    this.#clock = clock;
    this.#mode = mode;
    this.#random = random;
  }

  load(records: readonly TokenRecord[]): void {
    this.#records.clear();
    this.#sorted = undefined;
    for (const record of records) this.#records.set(record.id, record);
  }

  get size(): number {
    return this.#records.size;
  }

  has(id: string): boolean {
    return this.#records.has(id);
  }

  /** The record, or a 404. */
  record(id: string): TokenRecord {
    const record = this.#records.get(id);
    if (!record) throw notFound(`No token with id ${id}.`);
    return record;
  }

  status(record: TokenRecord): TokenStatus {
    return tokenStatus(record, this.#clock.now());
  }

  toApiToken(record: TokenRecord): ApiToken {
    return {
      id: record.id,
      name: record.name,
      prefix: record.prefix,
      scopes: [...record.scopes],
      status: this.status(record),
      created_at: iso(record.createdAt),
      created_by: record.createdBy && { ...record.createdBy },
      expires_at: record.expiresAt === null ? null : iso(record.expiresAt),
      last_used_at: record.lastUsedAt === null ? null : iso(record.lastUsedAt),
      last_used_ip: record.lastUsedIp,
      revoked_at: record.revokedAt === null ? null : iso(record.revokedAt),
      replaced_by: record.replacedBy,
    };
  }

  /** Every record, newest first (by creation, which never changes). */
  sorted(): readonly TokenRecord[] {
    return (this.#sorted ??= [...this.#records.values()].sort(compareTokens));
  }

  list(params: { status?: TokenStatus; limit: number; cursor?: string }): Page<ApiToken> {
    let records = this.sorted();
    if (params.status) records = records.filter((record) => this.status(record) === params.status);
    let start = 0;
    if (params.cursor !== undefined) {
      const key = decodeCursor('tokens', params.cursor);
      const last = this.#records.get(key.tiebreak);
      if (!last || last.createdAt !== key.time) throw invalidCursor();
      start = records.findIndex((record) => compareTokens(record, last) > 0);
      if (start === -1) start = records.length;
    }
    const page = records.slice(start, start + params.limit);
    const more = start + params.limit < records.length;
    const tail = page[page.length - 1];
    return {
      data: page.map((record) => this.toApiToken(record)),
      next_cursor:
        more && tail ? encodeCursor('tokens', { time: tail.createdAt, tiebreak: tail.id }) : null,
    };
  }

  create(input: NewToken, actor: Actor | null): { record: TokenRecord; secret: string } {
    const secret = newSecret(this.#random, this.#mode);
    let id = newTokenId(this.#random);
    while (this.#records.has(id)) id = newTokenId(this.#random);
    const record: TokenRecord = {
      id,
      name: input.name,
      prefix: prefixOf(secret),
      scopes: [...input.scopes],
      createdAt: this.#clock.now(),
      createdBy: actor,
      expiresAt: input.expiresAt,
      lastUsedAt: null,
      lastUsedIp: null,
      revokedAt: null,
      replacedBy: null,
    };
    this.#records.set(id, record);
    this.#sorted = undefined;
    return { record, secret };
  }

  /**
   * Replaces an active token by a new one with the same name and scopes (and the same lifetime,
   * if it had one). The old token keeps working for `graceSeconds` (never longer than it would
   * have anyway), or is revoked at once when `graceSeconds` is 0. Revoked, expired and already
   * rotated tokens cannot be rotated: a 422 says why.
   */
  rotate(
    id: string,
    graceSeconds: number,
    actor: Actor | null,
  ): { record: TokenRecord; secret: string; previous: TokenRecord } {
    const previous = this.record(id);
    const status = this.status(previous);
    if (status !== 'active') {
      throw unprocessable(
        `Token ${id} is ${status} and cannot be rotated. Create a new token instead.`,
      );
    }
    if (previous.replacedBy !== null) {
      throw unprocessable(
        `Token ${id} was already rotated; rotate its replacement ${previous.replacedBy} instead.`,
      );
    }
    const now = this.#clock.now();
    const lifetime = previous.expiresAt === null ? null : previous.expiresAt - previous.createdAt;
    const { record, secret } = this.create(
      {
        name: previous.name,
        scopes: previous.scopes,
        expiresAt: lifetime === null ? null : now + lifetime,
      },
      actor,
    );
    previous.replacedBy = record.id;
    if (graceSeconds === 0) {
      previous.revokedAt = now;
    } else {
      const graceEnd = now + graceSeconds * SECOND;
      previous.expiresAt =
        previous.expiresAt === null ? graceEnd : Math.min(previous.expiresAt, graceEnd);
    }
    return { record, secret, previous };
  }

  /** Revokes a token now; a revoked token is returned unchanged. */
  revoke(id: string): TokenRecord {
    const record = this.record(id);
    if (record.revokedAt === null) record.revokedAt = this.#clock.now();
    return record;
  }

  /** Records a use of the token (from new access-log traffic). */
  touch(id: string, at: number, ip: string): void {
    const record = this.#records.get(id);
    if (record && (record.lastUsedAt === null || at >= record.lastUsedAt)) {
      record.lastUsedAt = at;
      record.lastUsedIp = ip;
    }
  }
}
