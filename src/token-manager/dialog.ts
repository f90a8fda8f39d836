import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { OperatorLocalize } from '../shared/localize.js';
import type { Outcome, TokenWriter, Write } from './token-writer.js';

/** What the token manager lends its dialogs: itself, its words, its writer, its reveal. */
export interface Parts {
  host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };
  l: OperatorLocalize;
  writer: TokenWriter;
  /** A clear sentence for a failed request. */
  describe(error: unknown, write?: boolean): string;
  /** Reveals a new secret (the `SecretReveal` part), with the control and row to return focus to. */
  reveal(
    token: { id: string; name: string },
    secret: string,
    opener?: HTMLElement,
    row?: string,
  ): unknown;
}

/**
 * A native modal `<dialog>` part: it renders its content only while open, opens with `showModal()`
 * and, once closed, returns focus to the control that opened it (as Web Awesome's dialog does).
 */
export abstract class DialogPart implements ReactiveController {
  /** Names the dialog: its part is `<name>-dialog`, its heading's id `<name>-title`. */
  protected abstract readonly name: string;
  protected open = false;
  /** The control that opened the dialog. */
  protected opener?: HTMLElement;
  /**
   * The id of the opener's row, for when the opener is gone: a rotated token has no Rotate, and
   * the virtualizer may have drawn the row anew (or, scrolled away, not at all).
   */
  protected row?: string;

  constructor(protected readonly parts: Parts) {
    parts.host.addController(this);
  }

  /** Taken off the page: close, so that nothing (a secret above all) outlives the dialog. */
  hostDisconnected(): void {
    this.close();
  }

  /**
   * The `<dialog>`, found in the host's tree, where it is once the host has rendered since the
   * part was made (its content only while it is open): not yet when the part was made, opened and
   * closed (the host taken off the page) before that render.
   */
  protected get dialog(): HTMLDialogElement | null {
    return this.parts.host.renderRoot.querySelector<HTMLDialogElement>(
      `[part~=${this.name}-dialog]`,
    );
  }

  /** A request is in flight that the dialog must wait for. */
  protected get busy(): boolean {
    return false;
  }

  protected update(): void {
    this.parts.host.requestUpdate();
  }

  protected async show(
    opener?: HTMLElement,
    row = opener?.closest('tr')?.dataset.id,
  ): Promise<void> {
    this.opener = opener;
    this.row = row;
    this.open = true;
    this.update();
    await this.parts.host.updateComplete;
    // Closed meanwhile (taken off the page), it stays closed. A test DOM without showModal() and
    // close() (jsdom) opens and closes it by `open` alone.
    if (this.open) this.dialog!.open ||= (this.dialog!.showModal?.(), true);
  }

  /**
   * Closes now (not at the later `close` event, which a quick reopen could otherwise meet). Focus
   * goes back to the opener, unless the dialog hands over to another (`handOver`), which then
   * returns it.
   */
  close(handOver = false): void {
    if (!this.open) return;
    // Not drawn yet when the host is taken off the page in the task that made and opened it.
    this.dialog?.close?.();
    if (this.dialog) this.dialog.open = false;
    this.onClose(handOver);
  }

  /** Cancel or Escape: closes; a writing dialog may wait instead. */
  protected dismiss(): void {
    this.close();
  }

  protected onCancel(event: Event): void {
    if (this.busy) {
      event.preventDefault();
      this.dismiss();
    }
  }

  protected onClose(handOver = false): void {
    this.open = false;
    this.update();
    if (!handOver) void this.#returnFocus();
  }

  /**
   * To the opener; when it is gone (or its row, drawn in place, now shows another token), to why
   * writing stopped, to its row, or to "Generate token".
   */
  async #returnFocus() {
    const { host } = this.parts;
    const { opener, row } = this;
    await host.updateComplete;
    const root = host.renderRoot;
    if (root.querySelector('dialog[open]')) return;
    [
      opener?.closest('tr')?.dataset.id === row ? opener : undefined,
      root.querySelector<HTMLElement>('[part~=notice]'),
      root.querySelector<HTMLElement>(`[data-id="${CSS.escape(row ?? '')}"] button`),
      root.querySelector<HTMLElement>('[part~=generate-button]'),
    ]
      .find((element) => element?.isConnected)
      ?.focus();
  }

  #cancel = (event: Event) => {
    this.onCancel(event);
    // When the cancel closes the dialog, tidy up in the next task rather than wait for the close
    // event, which a browser may hold back (in a background tab, for one).
    setTimeout(() => this.#closedByBrowser());
  };

  #closedByBrowser() {
    if (!this.open || this.dialog!.open) return;
    // A request in flight (a create's secret, say) must land where the user can see it.
    if (this.busy) this.dialog!.showModal();
    else this.onClose();
  }

  protected frame(title: () => string, content: () => unknown) {
    const { name } = this;
    return html`<dialog
      part="dialog ${name}-dialog"
      aria-labelledby="${name}-title"
      @cancel=${this.#cancel}
      @close=${() => this.#closedByBrowser()}
    >
      ${
        this.open
          ? html`<h2 id="${name}-title" part="dialog-title">${title()}</h2>
              ${content()}`
          : nothing
      }
    </dialog>`;
  }
}

/**
 * A dialog that writes through the token writer. Once its request may have reached Operator,
 * Cancel and Escape do not drop the answer: the dialog says it is finishing, then reveals the
 * secret. When the answer is lost, it says so and keeps the intent, so sending again replays it.
 */
export abstract class WriteDialog extends DialogPart {
  // Set by `show()`: only the open dialog's content reads them.
  /** The user asked to leave while the request was in flight. */
  protected finishing!: boolean;
  /** What the live region says (finishing, scopes still loading). */
  protected note!: string;
  protected error!: string;

  protected override get busy(): boolean {
    return this.parts.writer.busy;
  }

  protected override show(opener?: HTMLElement): Promise<void> {
    this.finishing = false;
    this.note = this.error = '';
    return super.show(opener);
  }

  protected override dismiss(): void {
    if (this.parts.writer.cancel()) return this.close();
    this.finishing = true;
    this.note = this.parts.l.t('tmFinishing');
    this.update();
  }

  protected override onClose(handOver?: boolean): void {
    this.parts.writer.cancel();
    super.onClose(handOver);
  }

  /**
   * Sends `write`. Done: hands over to the reveal (or closes). The failure when the dialog stays
   * open to show it; nothing when it closed.
   */
  protected async send(write: Write): Promise<Exclude<Outcome, { status: 'done' }> | void> {
    this.error = '';
    this.update();
    const outcome = await this.parts.writer.send(write);
    const { finishing } = this;
    this.finishing = false;
    this.note = '';
    if (outcome.status === 'done') {
      const { secret, token } = outcome;
      this.close(!!secret);
      if (secret) this.parts.reveal(token, secret, this.opener, this.row);
      return;
    }
    // Aborted (the credential changed), or refused after the user asked to leave: nothing exists.
    if (outcome.status === 'aborted' || (finishing && outcome.status === 'failed'))
      return this.close();
    const { l, describe } = this.parts;
    // A revocation may be sent again as it is: only a lost secret needs saying.
    const unknown = outcome.status === 'unknown' && write.kind !== 'revoke';
    this.error =
      `${describe(outcome.error, true)} ${unknown ? l.t('tmUnknown', l.t(write.kind === 'create' ? 'tmCreate' : 'tmRotateConfirm')) : ''}`.trim();
    this.update();
    return outcome;
  }

  protected renderError() {
    return this.error ? html`<p role="alert" part="form-error">${this.error}</p>` : nothing;
  }

  /** The live region, Cancel (or "Finishing…") and the submit button. */
  protected renderActions(label: string, kind: string, focusCancel = false) {
    const { t } = this.parts.l;
    return html`<p role="status" class="hint">${this.note}</p>
      <div class="actions" part="dialog-actions">
        <button
          type="button"
          ?autofocus=${focusCancel}
          aria-disabled=${this.finishing}
          @click=${() => this.dismiss()}
        >
          ${t(this.finishing ? 'tmFinishing' : 'cancel')}
        </button>
        <button class=${kind} aria-disabled=${this.busy}>${label}</button>
      </div>`;
  }
}
