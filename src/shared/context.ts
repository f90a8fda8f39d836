import { ContextProvider, createContext } from '@lit/context';
import { html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { createOperatorClient, type OperatorClient } from '../client/client.js';
import type { OperatorAuth } from '../client/transport.js';

/** One Operator client shared with every element below an `<operator-provider>` (or any provider). */
export const operatorClientContext = createContext<OperatorClient | undefined>(
  Symbol.for('operator-client'),
);

/** The client an element or a provider makes from its `base-url` (against the page) and `auth`. */
export const clientFor = (baseUrl: string | undefined, auth: OperatorAuth | undefined) =>
  baseUrl ? createOperatorClient({ baseUrl: new URL(baseUrl, document.baseURI), auth }) : undefined;

// The provider lives here, below the elements, because their base class imports it: it must be
// defined before any element that consumes its client, since a provider upgraded after its
// consumers would never hear their context requests.
/**
 * Shares one Operator client with every Operator element inside it, so that several elements on a
 * page use one client (one credential, one set of retries).
 *
 * @slot - The elements that use the client.
 */
export class OperatorProvider extends LitElement {
  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    auth: { attribute: false },
  };

  /** The client to share; or leave it out and set `base-url` and `auth`. */
  client?: OperatorClient;

  /** The Operator API's base URL, used when no `client` is set. */
  baseUrl?: string;

  /** The credential, or a function returning it. A property only: never an attribute. */
  auth?: OperatorAuth;

  readonly #provider = new ContextProvider(this, { context: operatorClientContext });

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    // From the setter of `client`: every consumer hears of the new client at once, and aborts
    // what it started with the old one before anything renders.
    if (args[0] === 'client') this.#provider.setValue(this.client);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('baseUrl') || changed.has('auth')) && this.baseUrl)
      this.client = clientFor(this.baseUrl, this.auth);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

customElements.define('operator-provider', OperatorProvider);

declare global {
  interface HTMLElementTagNameMap {
    'operator-provider': OperatorProvider;
  }
}
