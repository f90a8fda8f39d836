/**
 * The token manager's writes, each owned from the user's submit to the reveal of its secret.
 * No Lit and no DOM here: the model-based test drives it against the fake API directly.
 */
import type { OperatorClient } from '../client/client.js';
import { isOperatorError } from '../client/errors.js';
import { createIdempotencyKey, type RequestOptions } from '../client/transport.js';
import { isStepUpRequired } from '../shared/step-up.js';
import type {
  ApiToken,
  CreatedToken,
  CreateTokenInput,
  RotatedToken,
  RotateTokenInput,
} from '../client/types.js';

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

/** What a write changed on the server, for the list. */
export interface Change {
  kind: 'created' | 'rotated' | 'revoked';
  token: ApiToken;
  /** The token a rotation replaced. */
  previous?: ApiToken;
}

/** The list after a change: a new token goes first, a known one replaces its row. */
export function applyChange(rows: readonly ApiToken[], { token, previous }: Change): ApiToken[] {
  const next = rows.map((row) =>
    row.id === token.id ? token : row.id === previous?.id ? previous : row,
  );
  return rows.some((row) => row.id === token.id) ? next : [token, ...next];
}

/** What the writer needs from its element (or from a test). */
export interface WriterHost {
  client(): OperatorClient | undefined;
  /** Aborted when the credential changes: a write in flight then ends `aborted`. */
  signal(): AbortSignal;
  /** A request's options: the signal, and the element's language (`Accept-Language`). */
  requestOptions(...signals: AbortSignal[]): RequestOptions;
  /** A failed request: `operator-error` (and `operator-unauthorized` on a 401). */
  report(operation: string, error: unknown): void;
  /** The tokens listed now. */
  listed(): readonly ApiToken[];
  apply(change: Change): void;
  /** A write may have taken effect unseen: reload the list, so that no token exists unlisted. */
  reload(): void;
  /**
   * The host's proxy asks the user to confirm who they are (`step_up_required`): resolves `true`
   * once they have, and the write is sent again with its key; `false` when they did not.
   */
  stepUp(operation: string): Promise<boolean>;
}

interface Intent {
  write: Write;
  fingerprint: string;
  /** What was listed when it started: a token it minted is not among them. */
  listed: ReadonlySet<string>;
  key: string;
  sending?: Promise<Outcome>;
  /** It may have minted a token whose secret we never received. */
  unknown?: boolean;
}

/** Whether `token` may be what `body` created (a token created since with the same name and scopes). */
const creates = (token: ApiToken, { name, scopes = [] }: CreateTokenInput) =>
  (!name || token.name === name) && `${token.scopes}` === `${scopes}`;

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
      intent = this.#intent = { write, fingerprint, listed, key: createIdempotencyKey() };
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

  async #send(intent: Intent, steppedUp?: boolean): Promise<Outcome> {
    const { write } = intent;
    const client = this.host.client();
    const signal = this.host.signal();
    if (!client) return { status: 'aborted' };
    const options = { ...this.host.requestOptions(signal), idempotencyKey: intent.key };
    const minting = write.kind !== 'revoke';
    try {
      let change: Change;
      let secret: string | undefined;
      if (minting) {
        const minted =
          write.kind === 'create'
            ? await client.tokens.create(write.body, options)
            : await client.tokens.rotate(write.id, write.body, options);
        const { token, previous } = minted as Partial<RotatedToken> & CreatedToken;
        secret = minted.secret;
        change = { kind: `${write.kind}d`, token, previous };
        this.#minted.add(minted.token.id);
        this.#undelivered.add(minted.token.id);
      } else {
        change = { kind: 'revoked', token: await client.tokens.revoke(write.id, options) };
      }
      intent.unknown = false;
      // The credential changed while the answer was read: nothing is shown under the new one.
      signal.throwIfAborted();
      if (this.#intent === intent) this.#intent = undefined;
      this.host.apply(change);
      return { status: 'done', token: change.token, secret };
    } catch (error) {
      const operation = `tokens.${write.kind}`;
      // Asked once per send: a second refusal right after a confirmation is reported, not looped.
      if (
        !steppedUp &&
        isStepUpRequired(error) &&
        (await this.host.stepUp(operation)) &&
        !signal.aborted
      )
        return this.#send(intent, true);
      if (signal.aborted) {
        intent.unknown ||= minting;
        if (this.#intent === intent) this.#release();
        return { status: 'aborted' };
      }
      this.host.report(operation, error);
      // A refusal after processing says no earlier try took effect (that try would be replayed);
      // a 408 or a 429 (as a 5xx, or no answer) comes before processing and says nothing of them.
      const status = isOperatorError(error) ? (error.status ?? 0) : 0;
      const refused = status >= 400 && status < 500 && status !== 408 && status !== 429;
      if (!refused) intent.unknown ||= minting;
      // An unknown outcome, or a token revoked, rotated or deleted elsewhere: the list as it is now.
      if (!refused || (write.kind !== 'create' && (status === 404 || status === 422)))
        this.host.reload();
      return { status: refused ? 'failed' : 'unknown', error };
    }
  }
}
