import { provide } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { createOperatorClient, type OperatorClient } from '../client/client.js';
import type { OperatorAuth } from '../client/transport.js';
import { operatorClientContext } from '../shared/context.js';

/**
 * Shares one Operator client with every Operator element inside it, so that several elements on a
 * page use one client (one credential, one set of retries).
 *
 * @slot - The elements that use the client.
 */
@customElement('operator-provider')
export class OperatorProvider extends LitElement {
  /** The client to share; or leave it out and set `base-url` and `auth`. */
  @provide({ context: operatorClientContext })
  @property({ attribute: false })
  client?: OperatorClient;

  /** The Operator API's base URL, used when no `client` is set. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** The credential, or a function returning it. A property only: never an attribute. */
  @property({ attribute: false }) auth?: OperatorAuth;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('baseUrl') || changed.has('auth')) && this.baseUrl) {
      this.client = createOperatorClient({
        baseUrl: new URL(this.baseUrl, document.baseURI),
        auth: this.auth,
      });
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'operator-provider': OperatorProvider;
  }
}
