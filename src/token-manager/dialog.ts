import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { OperatorClient } from '../client/client.js';
import type { OperatorLocalize } from '../shared/localize.js';

/** What the element lends its parts: its host, words, and a way to make a write request. */
export interface Ctx {
  host: ReactiveControllerHost & HTMLElement;
  l: OperatorLocalize;
  /** The client in use, if any. */
  api(): OperatorClient | undefined;
  /** Reports a failed request (`operator-error`, and `operator-unauthorized` on a 401). */
  report(operation: string, error: unknown): void;
  /** Makes a write request: reports a failure (`operator-error`, 403 → read-only) and rethrows it. */
  write<T>(operation: string, call: (api: OperatorClient) => Promise<T>): Promise<T>;
  /** A clear sentence for a failed request. */
  describe(error: unknown): string;
  /** Puts focus back on the control that opened a dialog, else on its row, else nearby. */
  refocus(opener?: HTMLElement, row?: Element | null): void;
}

/**
 * A native modal `<dialog>` part: it renders its content only while open, opens with `showModal()`
 * and, once closed, returns focus to the control that opened it.
 */
export abstract class DialogPart implements ReactiveController {
  protected open = false;
  protected pending = false;
  protected opener?: HTMLElement;
  #row?: Element | null;
  protected readonly dialog = createRef<HTMLDialogElement>();

  constructor(protected readonly ctx: Ctx) {
    ctx.host.addController(this);
  }

  /** Taken off the page: close, so that nothing (a secret above all) outlives the dialog. */
  hostDisconnected(): void {
    this.close();
  }

  protected update(): void {
    this.ctx.host.requestUpdate();
  }

  protected async show(opener?: HTMLElement): Promise<void> {
    this.opener = opener;
    this.#row = opener?.closest('tr');
    this.open = true;
    this.update();
    await this.ctx.host.updateComplete;
    if (!this.dialog.value?.open) this.dialog.value?.showModal();
  }

  /** Closes now (not at the later `close` event, which a quick reopen could otherwise meet). */
  close(): void {
    if (!this.open) return;
    this.dialog.value?.close();
    this.onClose();
  }

  /** Escape: closes unless a request is in flight. */
  protected onCancel(event: Event): void {
    if (this.pending) event.preventDefault();
  }

  protected onClose(): void {
    this.open = false;
    this.pending = false;
    this.update();
    this.ctx.refocus(this.opener, this.#row);
  }

  #cancel = (event: Event) => {
    this.onCancel(event);
    // When the cancel closes the dialog, tidy up in the next task rather than wait for the close
    // event, which a browser may hold back (in a background tab, for one).
    setTimeout(() => this.#closedByBrowser());
  };

  #closedByBrowser() {
    if (!this.open || this.dialog.value?.open) return;
    // A request in flight (a create's secret, say) must land where the user can see it.
    if (this.pending) this.dialog.value?.showModal();
    else this.onClose();
  }

  protected frame(name: string, title: () => string, content: () => unknown) {
    return html`<dialog
      ${ref(this.dialog)}
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
 * A dialog that answers a question: `question()` opens it and resolves once, with the result the
 * dialog `settle`s on, or with nothing when it closes without one.
 */
export abstract class QuestionDialog<R> extends DialogPart {
  #resolve?: (result?: R) => void;

  protected question(opener?: HTMLElement): Promise<R | undefined> {
    void this.show(opener);
    return new Promise((resolve) => (this.#resolve = resolve));
  }

  /** Settles the question once, and lets go of the result (a new secret is in some). */
  protected settle(result?: R): void {
    this.#resolve?.(result);
    this.#resolve = undefined;
  }

  protected override onClose(): void {
    this.settle();
    super.onClose();
  }
}
