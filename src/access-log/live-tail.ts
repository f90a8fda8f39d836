/**
 * The "Live" cycle as a reactive controller: poll, wait, poll again; nothing while the page is
 * hidden (and a poll at once when it shows again); exponential back-off on failures, and at least
 * the server's `Retry-After` on a 429. Each failed poll is handed to `fail` (the host reports it).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isOperatorError } from '../client/errors.js';
import { MINUTE } from '../client/time.js';

/** `off`; `polling` (waiting for the next poll, or polling); `paused` (page hidden); `backoff`. */
export type LiveState = 'off' | 'polling' | 'paused' | 'backoff';

/** The longest wait between attempts after failures. */
export const MAX_BACKOFF_MS = 5 * MINUTE;

export interface LiveTailOptions {
  /** Fetches and shows what is new; rejects when the request failed. */
  poll: (signal: AbortSignal) => Promise<void>;
  /** Milliseconds between polls. */
  interval: () => number;
  /** A poll failed (it was not aborted); the back-off has been set. */
  fail?: (error: unknown) => void;
}

export class LiveTailController implements ReactiveController {
  state: LiveState = 'off';
  /** After a failure: the error, and how long until the next attempt. */
  error?: unknown;
  delay = 0;
  #enabled = false;
  #connected = false;
  #failures = 0;
  #timer?: ReturnType<typeof setTimeout>;
  #abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LiveTailOptions,
  ) {
    host.addController(this);
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  set enabled(on: boolean) {
    if (on === this.#enabled) return;
    this.#enabled = on;
    this.#restart(0);
  }

  /** Starts the wait for the next poll afresh (the log was just reloaded, so none is due now). */
  restart(): void {
    this.#restart(this.options.interval());
  }

  /** Polls now (after a failure, rather than waiting out the back-off). */
  retryNow(): void {
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
    this.error = undefined;
    if (!this.#enabled || !this.#connected) this.#set('off');
    else if (document.visibilityState === 'hidden') this.#set('paused');
    else {
      this.#set('polling');
      this.#timer = setTimeout(() => this.#tick(), wait);
    }
  }

  async #tick(): Promise<void> {
    const abort = (this.#abort = new AbortController());
    const interval = this.options.interval();
    let wait = interval;
    try {
      await this.options.poll(abort.signal);
      if (abort.signal.aborted) return;
      this.#failures = 0;
      this.error = undefined;
      this.#set('polling');
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#failures++;
      const retryAfter = isOperatorError(error, 'RateLimitError')
        ? (error.retryAfter ?? 0) * 1000
        : 0;
      wait = Math.max(retryAfter, Math.min(interval * 2 ** this.#failures, MAX_BACKOFF_MS));
      this.error = error;
      this.delay = wait;
      this.#set('backoff');
      this.options.fail?.(error);
    }
    this.#timer = setTimeout(() => this.#tick(), wait);
  }

  #set(state: LiveState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
