import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { OperatorClient } from '../client/client.js';
import { isOperatorError, type RateLimitError } from '../client/errors.js';
import type { OperatorAuth, RequestOptions } from '../client/transport.js';
// Defines <operator-provider> before any element that consumes its client.
import { clientFor, operatorClientContext } from './context.js';
import { OperatorErrorEvent, OperatorUnauthorizedEvent } from './events.js';
import { OperatorLocalize, type MessageOverrides } from './localize.js';
import './messages.js';
import { isStepUpRequired } from './step-up.js';
import { tokens } from './styles.js';

/** What the client in use is made from: a change to any of them starts a new credential generation. */
const CREDENTIAL_PROPERTIES = new Set<PropertyKey>(['client', 'baseUrl', 'auth', 'contextClient']);

/**
 * What every Operator element shares: where its client comes from, its messages, its tokens, and
 * how it reports a failed request.
 */
export class OperatorElement extends LitElement {
  static override styles = [tokens];

  // Lit's decorator-free declarations: decorators compile to a helper and a call per property,
  // bytes every host would download.
  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    auth: { attribute: false },
    messages: { attribute: false },
    contextClient: { state: true },
    ownClient: { state: true },
  };

  /** An Operator client. Takes precedence over `base-url`/`auth` and over a provider's client. */
  client?: OperatorClient;

  /** The Operator API's base URL; the element then makes its own client with `auth`. */
  baseUrl?: string;

  /** The credential, or a function returning it. A property only: never an attribute. */
  auth?: OperatorAuth;

  /** Words of the host's own, over the catalogue's (white-labelling). */
  messages?: MessageOverrides;

  /** The client of the nearest `<operator-provider>` (or any provider of the context). */
  private contextClient?: OperatorClient;

  private ownClient?: OperatorClient;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: operatorClientContext,
      subscribe: true,
      callback: (client) => (this.contextClient = client),
    });
  }

  protected readonly localize = new OperatorLocalize(this);

  /** The client in use: `client`, else one from `base-url` and `auth`, else the provider's. */
  protected get activeClient(): OperatorClient | undefined {
    return this.client ?? this.ownClient ?? this.contextClient;
  }

  /**
   * A request's options: a signal that aborts with any of `signals`, and the element's language,
   * which the client sends as `Accept-Language` so that Operator words what it writes (scope
   * labels, refusals) in it.
   */
  protected readonly requestOptions = (...signals: AbortSignal[]): RequestOptions => ({
    signal: AbortSignal.any(signals),
    headers: { 'Accept-Language': this.localize.lang() },
  });

  #generation = new AbortController();

  /**
   * Aborted the moment the client in use changes (a new `client`, `base-url`, `auth` or
   * provider's client), before any render: every request and long operation (paging, export,
   * tail, a write) passes it, so that nothing started under an older credential renders,
   * downloads or is revealed.
   */
  protected get credentialSignal(): AbortSignal {
    return this.#generation.signal;
  }

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    // Lit calls this from a property's setter, so the abort is synchronous with the change. (The
    // field is not there yet while the base class's constructor runs.)
    const [name, old] = args;
    if (
      #generation in this &&
      CREDENTIAL_PROPERTIES.has(name!) &&
      (this as unknown as Record<PropertyKey, unknown>)[name!] !== old
    ) {
      this.#generation.abort(new DOMException('The credential changed', 'AbortError'));
      this.#generation = new AbortController();
    }
    super.requestUpdate(...args);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('baseUrl') || changed.has('auth'))
      this.ownClient = clientFor(this.baseUrl, this.auth);
  }

  // The client a 401 was last reported for: one `operator-unauthorized` per credential, however
  // many requests (list, chart, tokens) fail with it.
  #unauthorizedClient?: OperatorClient;

  /**
   * Fires `operator-error` (and, once per client, `operator-unauthorized` on a 401 other than a
   * step-up's, whose session has not ended).
   */
  protected reportError(operation: string, error: unknown): void {
    if (!isOperatorError(error)) return;
    if (
      isOperatorError(error, 'AuthenticationError') &&
      !isStepUpRequired(error) &&
      this.#unauthorizedClient !== this.activeClient
    ) {
      this.#unauthorizedClient = this.activeClient;
      this.dispatchEvent(new OperatorUnauthorizedEvent({ operation }));
    }
    this.dispatchEvent(new OperatorErrorEvent({ operation, error }));
  }

  /**
   * A clear, specific sentence for a failed request, from the catalogue: the sentence of the
   * error's `code`, whose key is the code in camelCase (`step_up_required` → `stepUpRequired`).
   * `write` when the request was a change (a 403 then means a read-only role, not one that may
   * not even look). A server's or the client's own words come only as a detail inside a sentence
   * (`invalidResponse`, `validationFailed`, `operatorError`), never alone.
   */
  protected describeError(error: unknown, write = false): string {
    const e = isOperatorError(error) ? error : { code: 'operator_error', message: String(error) };
    const key = (e.code === 'forbidden' && !write ? 'forbidden_read' : e.code).replace(
      /_(.)/g,
      (_, letter: string) => letter.toUpperCase(),
    );
    return (this.localize.t as (key: string, detail: unknown) => string)(
      key,
      e.code === 'rate_limited'
        ? (e as RateLimitError).retryAfter
        : // "The Operator API sent a response that is not JSON" → "a response that is not JSON".
          e.message.replace(/^The Operator API sent (an unexpected response: )?/, ''),
    );
  }
}
