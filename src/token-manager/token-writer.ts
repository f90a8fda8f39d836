/**
 * The token manager's writes, each owned from the user's submit to the reveal of its secret.
 * No Lit and no DOM here: the model-based test drives it against the fake API directly.
 */
import type { OperatorClient } from '../client/client.js';
import { isOperatorError } from '../client/errors.js';
import { createIdempotencyKey } from '../client/transport.js';
import type { ApiToken, CreateTokenInput, RotateTokenInput } from '../client/types.js';

/** What a user asked to write: one intent, sent once and replayed by every retry. */
export type Write =
  | { kind: 'create'; body: CreateTokenInput }
  | { kind: 'rotate'; id: string; body: RotateTokenInput }
  | { kind: 'revoke'; id: string };

/**
 * How a write ended. `unknown`: it may have taken effect (no answer, a 5xx or a 429 after a try
 * that got none, an answer we could not read); sending it again replays it rather than writing
 * twice. `aborted`: the credential changed.
 */
export type Outcome =
  | { status: 'done'; token: ApiToken; secret?: string }
  | { status: 'failed' | 'unknown'; error: unknown }
  | { status: 'aborted' };

/** What the server says changed, for the list. */
export type Change =
  | { kind: 'created'; token: ApiToken }
  | { kind: 'rotated'; token: ApiToken; previous: ApiToken }
  | { kind: 'revoked' | 'refreshed'; token: ApiToken }
  | { kind: 'gone'; id: string };

/** The list after a change: a new token goes first, a known one replaces its row. */
export function applyChange(rows: readonly ApiToken[], change: Change): ApiToken[] {
  if (change.kind === 'gone') return rows.filter((row) => row.id !== change.id);
  const known = change.kind === 'rotated' ? [change.token, change.previous] : [change.token];
  const next = rows.map((row) => known.find((token) => token.id === row.id) ?? row);
  const fresh = change.kind === 'created' || change.kind === 'rotated' ? change.token : undefined;
  return fresh && !rows.some((row) => row.id === fresh.id) ? [fresh, ...next] : next;
}

/** What the writer needs from its element (or from a test). */
export interface WriterHost {
  api(): OperatorClient | undefined;
  /** Aborted when the credential changes: a write in flight then ends `aborted`. */
  signal(): AbortSignal;
  /** A failed request: `operator-error` (and `operator-unauthorized` on a 401). */
  report(operation: string, error: unknown): void;
  /** The tokens listed now. */
  listed(): readonly ApiToken[];
  apply(change: Change): void;
  /** A write may have taken effect unseen: reload the list, so that no token exists unlisted. */
  reload(): void;
}

class Intent {
  readonly key = createIdempotencyKey();
  sending?: Promise<Outcome>;
  /** It may have minted a token whose secret we never received. */
  unknown = false;
  constructor(
    readonly write: Write,
    readonly fingerprint: string,
    /** What was listed when it started: a token it minted is not among them. */
    readonly listed: ReadonlySet<string>,
  ) {}
}

const sameSet = (a: readonly string[], b: readonly string[] = []) =>
  a.length === new Set(b).size && a.every((item) => b.includes(item));

/** Whether `token` is what `body` would create (a rotation since may have changed its expiry). */
const creates = (token: ApiToken, { name, scopes, expires_at }: CreateTokenInput) =>
  (!name?.trim() || token.name === name.trim()) &&
  sameSet(token.scopes, scopes) &&
  (!!token.replaced_by ||
    (expires_at
      ? Date.parse(token.expires_at ?? '') === Date.parse(expires_at)
      : !token.expires_at));

/**
 * Owns one intent at a time (a submitted Generate form, a confirmed Rotate or Revoke). The intent
 * keeps one Idempotency-Key for every retry until it succeeds or the write changes, so a retry
 * after a lost answer replays the first answer, secret included, instead of minting twice. It
 * cannot be cancelled while in flight: its answer may hold a secret that exists nowhere else.
 */
export class TokenWriter {
  #intent?: Intent;
  /** Intents let go of while their outcome was unknown. */
  readonly #lost: Intent[] = [];
  /** Tokens whose secret reached us, and those of them whose secret has not reached the user. */
  readonly #minted = new Set<string>();
  readonly #undelivered = new Set<string>();

  constructor(readonly host: WriterHost) {}

  /** A write is in flight. */
  get busy(): boolean {
    return !!this.#intent?.sending;
  }

  /** The open intent's outcome is unknown: sending it again replays it. */
  get unknown(): boolean {
    return !!this.#intent?.unknown;
  }

  /**
   * Sends a write: the open intent again when it is the same write (a retry, with the same key),
   * else a new intent. A second send while one is in flight gets the first one's outcome.
   */
  send(write: Write): Promise<Outcome> {
    let intent = this.#intent;
    if (intent?.sending) return intent.sending;
    const fingerprint = JSON.stringify(write);
    if (intent?.fingerprint !== fingerprint) {
      this.#release();
      const listed = new Set(this.host.listed().map((token) => token.id));
      intent = this.#intent = new Intent(write, fingerprint, listed);
    }
    const sending = this.#send(intent).finally(() => (intent.sending = undefined));
    return (intent.sending = sending);
  }

  /** The user closes the form: `false` while a write is in flight, which must finish first. */
  cancel(): boolean {
    if (this.busy) return false;
    this.#release();
    return true;
  }

  /** The user has the secret of `id` (copied it, or closed its reveal knowingly). */
  delivered(id: string): void {
    this.#undelivered.delete(id);
  }

  /**
   * Of `rows`, the tokens whose secret the user never got: minted and never delivered (the page
   * was left, the element removed), or minted by an intent whose answer was lost, found by what
   * it asked for. A token found once stays flagged (rotating it changes its expiry, say).
   */
  attention(rows: readonly ApiToken[]): Set<string> {
    for (const intent of [...this.#lost]) {
      const { write, listed } = intent;
      const found = rows.filter(
        (row) =>
          !this.#minted.has(row.id) &&
          !listed.has(row.id) &&
          (write.kind === 'rotate'
            ? rows.some((token) => token.id === write.id && token.replaced_by === row.id)
            : write.kind === 'create' && creates(row, write.body)),
      );
      for (const row of found) this.#undelivered.add(row.id);
      if (found.length) this.#lost.splice(this.#lost.indexOf(intent), 1);
    }
    return new Set(this.#undelivered);
  }

  #release() {
    const intent = this.#intent;
    this.#intent = undefined;
    if (!intent?.unknown) return;
    this.#lost.push(intent);
    this.attention(this.host.listed());
  }

  async #send(intent: Intent): Promise<Outcome> {
    const { write } = intent;
    const api = this.host.api();
    const signal = this.host.signal();
    if (!api || signal.aborted) return { status: 'aborted' };
    const options = { signal, idempotencyKey: intent.key };
    try {
      let change: Exclude<Change, { kind: 'gone' }>;
      let secret: string | undefined;
      if (write.kind === 'revoke') {
        change = { kind: 'revoked', token: await api.tokens.revoke(write.id, { signal }) };
      } else {
        const minted =
          write.kind === 'create'
            ? await api.tokens.create(write.body, options)
            : await api.tokens.rotate(write.id, write.body, options);
        secret = minted.secret;
        change =
          'previous' in minted
            ? { kind: 'rotated', token: minted.token, previous: minted.previous as ApiToken }
            : { kind: 'created', token: minted.token };
        this.#minted.add(minted.token.id);
        this.#undelivered.add(minted.token.id);
      }
      intent.unknown = false;
      // The credential changed while the answer was read: it is not shown under the new one.
      if (signal.aborted) return this.#aborted(intent);
      if (this.#intent === intent) this.#intent = undefined;
      this.host.apply(change);
      return { status: 'done', token: change.token, secret };
    } catch (error) {
      if (signal.aborted) {
        intent.unknown ||= write.kind !== 'revoke';
        return this.#aborted(intent);
      }
      this.host.report(`tokens.${write.kind}`, error);
      // A refusal after processing says no earlier try took effect (that try would be replayed);
      // a 408 or a 429 (as a 5xx, or no answer) comes before processing and says nothing of them.
      const status = isOperatorError(error) ? (error.status ?? 0) : 0;
      if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
        // Revoked, rotated or deleted elsewhere: show the token as it is now.
        if (write.kind !== 'create' && (status === 404 || status === 422))
          void this.#refresh(write.id, api, signal);
        return { status: 'failed', error };
      }
      intent.unknown ||= write.kind !== 'revoke';
      this.host.reload();
      return { status: 'unknown', error };
    }
  }

  #aborted(intent: Intent): Outcome {
    if (this.#intent === intent) this.#release();
    return { status: 'aborted' };
  }

  async #refresh(id: string, api: OperatorClient, signal: AbortSignal) {
    try {
      const token = await api.tokens.get(id, { signal });
      if (!signal.aborted) this.host.apply({ kind: 'refreshed', token });
    } catch (error) {
      if (signal.aborted) return;
      if (isOperatorError(error, 'NotFoundError')) this.host.apply({ kind: 'gone', id });
      else this.host.reload();
    }
  }
}
