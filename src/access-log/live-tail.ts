/**
 * The "Live" cycle as a reactive controller, with its checkbox and status line: poll, wait, poll
 * again; nothing while the page is hidden (and a poll at once when it shows again); exponential
 * back-off on failures, and at least the server's `Retry-After` on a 429. Each failed poll is
 * reported (`accessLogs.tail`). It runs while the host's `live` is set.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { isOperatorError } from '../client/errors.js';
import { MINUTE } from '../client/time.js';
import type { LogParts } from './parts.js';

/** `off`; `polling` (waiting for the next poll, or polling); `paused` (page hidden); `backoff`. */
export type LiveState = 'off' | 'polling' | 'paused' | 'backoff';

/** The longest wait between attempts after failures. */
export const MAX_BACKOFF_MS = 5 * MINUTE;

export class LiveTailController implements ReactiveController {
  #state: LiveState = 'off';
  /** After a failure: the error, and how long until the next attempt. */
  #error?: unknown;
  #delay = 0;
  readonly #parts: LogParts;
  /** Fetches and shows what is new; rejects when the request failed. */
  readonly #poll: (signal: AbortSignal) => Promise<void>;
  #enabled = false;
  #connected = false;
  #failures = 0;
  #timer?: ReturnType<typeof setTimeout>;
  #abort?: AbortController;

  constructor(parts: LogParts, poll: (signal: AbortSignal) => Promise<void>) {
    this.#parts = parts;
    this.#poll = poll;
    parts.host.addController(this);
  }

  /** Starts the wait for the next poll afresh (the log was just reloaded, so none is due now). */
  restart(): void {
    this.#restart(this.#parts.host.liveInterval);
  }

  /** On while the host's `live` is set. */
  hostUpdate(): void {
    const on = this.#parts.host.live;
    if (on === this.#enabled) return;
    this.#enabled = on;
    this.#restart(0);
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#restart(0);
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#restart(0);
  }

  #onVisibility = () => this.#restart(0);

  #restart(wait: number): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    this.#failures = 0;
    this.#error = undefined;
    if (!this.#enabled || !this.#connected) this.#set('off');
    else if (document.visibilityState === 'hidden') this.#set('paused');
    else {
      this.#set('polling');
      this.#timer = setTimeout(() => this.#tick(), wait);
    }
  }

  async #tick(): Promise<void> {
    const abort = (this.#abort = new AbortController());
    const interval = this.#parts.host.liveInterval;
    let wait = interval;
    try {
      await this.#poll(abort.signal);
      if (abort.signal.aborted) return;
      this.#failures = 0;
      this.#error = undefined;
      this.#set('polling');
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#failures++;
      const retryAfter = isOperatorError(error, 'RateLimitError')
        ? (error.retryAfter ?? 0) * 1000
        : 0;
      wait = Math.max(retryAfter, Math.min(interval * 2 ** this.#failures, MAX_BACKOFF_MS));
      this.#error = error;
      this.#delay = wait;
      this.#set('backoff');
      this.#parts.report('accessLogs.tail', error);
    }
    this.#timer = setTimeout(() => this.#tick(), wait);
  }

  #set(state: LiveState): void {
    this.#state = state;
    this.#parts.host.requestUpdate();
  }

  /** The Live checkbox (the host's `live`), and what the live tail is doing, with Retry. */
  render() {
    const { host, l, describe } = this.#parts;
    const { t } = l;
    const state = this.#state;
    const seconds = (ms: number) => Math.round(ms / 100) / 10;
    return html`<label class="live"
        ><input
          type="checkbox"
          .checked=${host.live}
          @change=${(event: Event) => {
            host.live = (event.target as HTMLInputElement).checked;
          }}
        />${t('alLive')}</label
      >
      <span class="grow muted" part="live-status" data-live-state=${state}
        >${
          state === 'polling'
            ? t('alLiveOn', seconds(host.liveInterval))
            : state === 'paused'
              ? t('alLivePaused')
              : state === 'backoff'
                ? t('alLiveBackoff', seconds(this.#delay), describe(this.#error, false))
                : ''
        }
        ${
          state === 'backoff'
            ? html`<button @click=${() => this.#restart(0)}>${t('retry')}</button>`
            : nothing
        }</span
      >`;
  }
}
