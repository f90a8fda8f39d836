import { html } from 'lit';
import type { ApiToken } from '../client/types.js';
import { DialogPart } from './dialog.js';
import { OperatorSecretCopiedEvent } from './events.js';

interface Ui {
  shown: boolean;
  copied: boolean;
  confirming: boolean;
  /** What the live region says ("Copied", or how to copy by hand). */
  note: string;
}
const fresh = (): Ui => ({ shown: false, copied: false, confirming: false, note: '' });

/**
 * Shows a new secret once. The secret lives in one private field and in the field's `value` while
 * the dialog is open (never in an attribute, a template value or an event), and both are cleared
 * when it closes. Closing before any copy asks first, whether by "Done" or by Escape.
 */
export class SecretReveal extends DialogPart {
  protected readonly name = 'reveal';
  #secret = '';
  #token: Pick<ApiToken, 'id' | 'name'> = { id: '', name: '' };
  #ui = fresh();

  /** The secret's field, while the dialog is open. */
  get #input() {
    return this.dialog?.querySelector<HTMLInputElement>('#secret');
  }

  /** The id of the token whose secret is on screen now (it asks for no attention while it is). */
  get shown(): string {
    return this.#secret && this.#token.id;
  }

  /**
   * Shows `secret`. On a page that is gone (the element removed), it is not shown: the writer then
   * still counts the token as one whose secret the user never got.
   */
  async reveal(
    token: Pick<ApiToken, 'id' | 'name'>,
    secret: string,
    opener?: HTMLElement,
    row?: string,
  ) {
    if (!this.parts.host.isConnected) return;
    addEventListener('pagehide', this.#pagehide);
    this.#secret = secret;
    this.#token = token;
    this.#ui = fresh();
    await this.show(opener, row);
    // Unless it closed meanwhile (the element taken off the page forgets the secret).
    if (this.open) this.#input!.value = secret;
  }

  #set(patch: Partial<Ui>) {
    Object.assign(this.#ui, patch);
    this.update();
    return this.parts.host.updateComplete;
  }

  #onCopied = () => {
    this.parts.writer.delivered(this.#token.id);
    void this.#set({ copied: true, confirming: false, note: this.parts.l.t('tmCopied') });
    this.parts.host.dispatchEvent(new OperatorSecretCopiedEvent({ tokenId: this.#token.id }));
  };

  #copy = async () => {
    try {
      await navigator.clipboard.writeText(this.#secret);
      this.#onCopied();
    } catch {
      // No Clipboard API, or it was refused: select the text for the keyboard (a masked field
      // cannot be copied from, so it is shown).
      const mac = /mac|iphone|ipad/i.test(navigator.platform);
      const { l } = this.parts;
      await this.#set({ shown: true, note: l.t('tmCopyManual', l.t('tmCopyKeys', mac)) });
      this.#input?.focus();
      this.#input?.select();
    }
  };

  /** Awaits a render, then focuses the button marked `data-<name>`. */
  async #focusAfter(patch: Partial<Ui>, name: string) {
    await this.#set(patch);
    this.dialog!.querySelector<HTMLElement>(`[data-${name}]`)?.focus();
  }

  #closeAnyway = () => {
    this.parts.writer.delivered(this.#token.id);
    this.close();
  };

  /**
   * Leaving the page (`pagehide`, listened to while a secret is shown; the back/forward cache may
   * keep the page): the secret is wiped and the dialog closed, so that Back does not show it
   * again. Not copied, its token then asks for attention.
   */
  #pagehide = () => this.close();

  #done = () =>
    this.#ui.copied || this.#ui.confirming
      ? this.#closeAnyway()
      : this.#focusAfter({ confirming: true }, 'back');

  protected override onCancel(event: Event): void {
    // A `cancel` the browser lets us refuse: ask first. One it does not (a repeated Escape with no
    // user activation between) closes the dialog, and `onClose` decides.
    if (event.cancelable && !this.#ui.copied && !this.#ui.confirming) {
      event.preventDefault();
      void this.#done();
    }
  }

  /** Closes, forgetting the secret at once. */
  override close(): void {
    if (this.open) this.#forget();
    super.close();
  }

  protected override onClose(handOver?: boolean): void {
    // The browser may close a dialog without a cancelable `cancel` (a repeated Escape): reopen it
    // rather than drop a secret the user was not warned about.
    if (this.#secret && !this.#ui.copied && !this.#ui.confirming) {
      this.dialog!.showModal();
      void this.#done();
      return;
    }
    this.#forget();
    super.onClose(handOver);
  }

  #forget() {
    removeEventListener('pagehide', this.#pagehide);
    this.#secret = '';
    const input = this.#input;
    if (input) input.value = '';
    this.#ui = fresh();
  }

  render() {
    const { t } = this.parts.l;
    return this.frame(
      () => t('tmRevealTitle', this.#token.name),
      () =>
        html`<p class="warning" part="warning">${t('tmRevealWarning')}</p>
          <label for="secret">${t('tmSecret')}</label>
          <div class="secret" part="secret">
            <input
              id="secret"
              dir="ltr"
              type=${this.#ui.shown ? 'text' : 'password'}
              readonly
              autocomplete="off"
              spellcheck="false"
              @copy=${this.#onCopied}
            />
            <button type="button" @click=${() => this.#set({ shown: !this.#ui.shown })}>
              ${t(this.#ui.shown ? 'tmHide' : 'tmShow')}
            </button>
            <button type="button" class="primary" autofocus data-copy @click=${this.#copy}>
              ${t('tmCopy')}
            </button>
          </div>
          <p role="status" part="copy-status">${this.#ui.note}</p>
          ${
            this.#ui.confirming
              ? html`<div role="alert" class="warning" part="warning">${t('tmNotCopied')}</div>
                  <div class="actions" part="dialog-actions">
                    <button
                      type="button"
                      data-back
                      @click=${() => this.#focusAfter({ confirming: false }, 'copy')}
                    >
                      ${t('tmGoBack')}
                    </button>
                    <button type="button" class="danger" @click=${this.#closeAnyway}>
                      ${t('tmCloseAnyway')}
                    </button>
                  </div>`
              : html`<div class="actions" part="dialog-actions">
                  <button type="button" class="primary" @click=${this.#done}>${t('tmDone')}</button>
                </div>`
          }`,
    );
  }
}
