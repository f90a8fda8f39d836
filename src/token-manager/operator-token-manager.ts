import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { OperatorClient } from '../client/client.js';
import { isOperatorError } from '../client/errors.js';
import { endless } from '../client/transport.js';
import type { ApiToken, TokenStatus } from '../client/types.js';
import { OperatorElement } from '../shared/operator-element.js';
import { loadVirtualizer } from '../shared/virtualizer.js';
import { ConfirmDialog } from './confirm-dialog.js';
import type { Parts } from './dialog.js';
import {
  OperatorTokenCreatedEvent,
  OperatorTokenRevokedEvent,
  OperatorTokenRotatedEvent,
  OperatorStepUpRequiredEvent,
  OperatorViewActivityEvent,
} from './events.js';
import { GenerateDialog } from './generate-dialog.js';
import { SecretReveal } from './secret-reveal.js';
import { PLAIN_ROWS, renderTokenTable, type TokenAction } from './token-list.js';
import { applyChange, TokenWriter } from './token-writer.js';
// The English messages and the styles last: bundles then place this text together after the
// element's code, where gzip finds its words again (both elements 0.2 kB smaller).
import './messages.js';
import { tokenManagerStyles } from './styles.js';

type Filter = 'all' | 'not-revoked' | TokenStatus;
type Sort = 'created' | 'name' | 'lastUsed';

const FILTERS = [
  ['all', 'tmAll'],
  ['not-revoked', 'tmAllButRevoked'],
  ['active', 'tmActive'],
  ['expired', 'tmExpired'],
  ['revoked', 'tmRevoked'],
] as const;
const SORTS = [
  ['created', 'tmSortCreated'],
  ['name', 'tmName'],
  ['lastUsed', 'tmLastUsed'],
] as const;

/** The status the API filters on; "all but revoked" is filtered here. */
const serverStatus = (filter: Filter) =>
  filter === 'all' || filter === 'not-revoked' ? undefined : filter;
const time = (iso: string | null) => (iso ? Date.parse(iso) : 0);

/**
 * Lets an account admin manage the account's API tokens: list, generate, reveal a new secret once,
 * rotate with a grace period, and revoke.
 *
 * The list comes from the API newest first, a page at a time ("Load more"). The status filter is
 * sent to the API (`status=`), except "All but revoked", which, like the search by name and the
 * sort by name or last use, applies to the tokens loaded so far: load more to widen them.
 *
 * Each write (a submitted Generate form, a confirmed Rotate or Revoke) keeps one Idempotency-Key
 * for all its retries, so pressing the button again after a lost answer replays that answer, secret
 * included, and never mints a second token. Cancel and Escape wait for a write in flight
 * ("Finishing…") rather than drop its secret. A token whose secret never reached the user (its
 * answer was lost and the form closed, or the page was left before a copy) is listed with a note
 * to rotate it. The secret is wiped on `pagehide`.
 *
 * The client comes from the `client` property, else `base-url` with the `auth` property, else an
 * ancestor `<operator-provider>`. When it changes, the list reloads, writes and "Load more" in
 * flight are aborted, and nothing that answers for the old client is shown.
 *
 * @fires {OperatorTokenCreatedEvent} operator-token-created - A token was created. `detail.token`: its metadata (never the secret).
 * @fires {OperatorTokenRotatedEvent} operator-token-rotated - A token was rotated. `detail.token`: the new one; `detail.previous`: the old one.
 * @fires {OperatorTokenRevokedEvent} operator-token-revoked - A token was revoked. `detail.token`: its metadata.
 * @fires {OperatorSecretCopiedEvent} operator-secret-copied - A new secret was copied. `detail.tokenId`.
 * @fires {OperatorViewActivityEvent} operator-view-activity - "View activity" on a token. `detail.tokenId`.
 * @fires {OperatorStepUpRequiredEvent} operator-step-up-required - A write needs the user to confirm who they are, and no `stepUp` hook is set. `detail.operation`.
 * @fires {OperatorUnauthorizedEvent} operator-unauthorized - A request failed with 401: renew the session, then set `auth`.
 * @fires {OperatorErrorEvent} operator-error - A request failed. `detail.operation`, `detail.error`.
 *
 * @csspart toolbar - The bar with the filters and "Generate token".
 * @csspart filters - The search, status filter and sort (a `<search>`).
 * @csspart generate-button - "Generate token" (in the toolbar, or in the empty state).
 * @csspart notice - Why writing is not possible (after a 403).
 * @csspart status - Loading, empty-filter and unconfigured messages.
 * @csspart error - A failed load, with its Retry.
 * @csspart empty - The empty state with its call to action.
 * @csspart table-wrapper - The scrolling box around the table.
 * @csspart table - The token table.
 * @csspart caption - The table's caption.
 * @csspart row - A token's row; also `active`, `expiring`, `expired` or `revoked`.
 * @csspart token-cell - The cell with the name, prefix, scopes and advice.
 * @csspart token-name - A token's name.
 * @csspart prefix - A masked prefix (`op_live_a1B2…`).
 * @csspart scopes - A token's scope list; `scope` each scope (`full-access` when unscoped).
 * @csspart advice - Operator's advice on a token.
 * @csspart attention - On a token whose secret never reached the user (its answer was lost, or the
 *   page was left before it was copied): rotate it for a new one.
 * @csspart badge - A status badge; also `active`, `expiring`, `expired` or `revoked`.
 * @csspart time - A relative time; `exact-time` the exact one shown on hover and focus.
 * @csspart row-actions - A row's buttons.
 * @csspart load-more - "Load more".
 * @csspart dialog - Every dialog; also `generate-dialog`, `confirm-dialog`, `reveal-dialog`.
 * @csspart dialog-title - A dialog's heading.
 * @csspart dialog-actions - A dialog's buttons.
 * @csspart form-error - A failed request in a dialog (and, when its answer was lost, how to get it).
 * @csspart field-error - A field's validation message.
 * @csspart warning - A warning in a dialog.
 * @csspart scope-options - The scope checkboxes.
 * @csspart expiration - The expiration choices.
 * @csspart grace - The grace-period choices of a rotation.
 * @csspart secret - The secret field with Show and Copy.
 * @csspart copy-status - The live region that confirms a copy.
 *
 * @cssprop --operator-font-family - Text font.
 * @cssprop --operator-font-family-mono - Font of prefixes and the secret.
 * @cssprop --operator-font-size - Base font size.
 * @cssprop --operator-font-size-small - Size of hints and secondary text.
 * @cssprop --operator-color-text - Text colour.
 * @cssprop --operator-color-text-muted - Secondary text colour.
 * @cssprop --operator-color-surface - Background of the table, fields and dialogs.
 * @cssprop --operator-color-surface-raised - Background of badges and scope chips.
 * @cssprop --operator-color-border - Borders.
 * @cssprop --operator-color-primary - Primary buttons.
 * @cssprop --operator-color-on-primary - Text on primary buttons.
 * @cssprop --operator-color-danger - Destructive actions and errors.
 * @cssprop --operator-color-on-danger - Text on destructive buttons.
 * @cssprop --operator-color-warning - Warnings and advice.
 * @cssprop --operator-color-success - The active badge.
 * @cssprop --operator-color-focus - The focus ring.
 * @cssprop --operator-color-backdrop - Behind a dialog.
 * @cssprop --operator-radius - Dialog corners.
 * @cssprop --operator-radius-small - Button, field and badge corners.
 * @cssprop --operator-space - The spacing unit.
 * @cssprop --operator-density - A number that scales every space: 0.75 compact, 1 (default), 1.25 comfortable.
 * @cssprop --operator-shadow - Dialog shadow.
 */
export class OperatorTokenManager extends OperatorElement {
  static override styles = [...OperatorElement.styles, tokenManagerStyles];

  static override properties: PropertyDeclarations = {
    readonly: { type: Boolean, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    filter: { state: true },
    sort: { state: true },
    query: { state: true },
    rows: { state: true },
    cursor: { state: true },
    moreError: { state: true },
    forbidden: { state: true },
  };

  /** Hides every write (generate, rotate, revoke). A 403 on a write enters this state by itself. */
  readonly = false;

  /**
   * Called when the host's proxy asks the user to confirm who they are before a write
   * (`step_up_required`): show your own password or second-factor prompt, and resolve `true` once
   * they have confirmed, `false` if they gave up. The write is then sent again, with the same
   * Idempotency-Key, and the form keeps what was typed. Without it, `operator-step-up-required`
   * fires and the form asks the user to confirm and press the button again.
   */
  stepUp?: () => Promise<boolean>;

  /**
   * Tokens per request (1 to 100): the first page, and each "Load more". The contract's maximum by
   * default, so that listing thousands of tokens takes few round trips.
   */
  pageSize = 100;

  private filter: Filter = 'all';
  private sort: Sort = 'created';
  private query = '';
  private rows: ApiToken[] = [];
  private cursor: string | null = null;
  private moreError = '';
  /** A write was refused with 403: the credential may only read. */
  private forbidden = false;

  #more?: AbortController;
  #lastClient?: OperatorClient;
  /** Every loaded token by id: to skip one a page repeats, and to name a replacement. */
  #loaded = new Map<string, ApiToken>();
  /** The visible rows, with how many rows and by what criteria they were picked. */
  #shown = { by: '', count: 0, list: [] as ApiToken[] };

  readonly #writer = new TokenWriter({
    client: () => this.activeClient,
    signal: () => this.credentialSignal,
    requestOptions: this.requestOptions,
    report: (operation, error) => {
      this.reportError(operation, error);
      if (isOperatorError(error, 'PermissionError') && operation !== 'scopes.list') {
        this.forbidden = true;
        this.#closeWrites();
      }
    },
    listed: () => this.rows,
    apply: (change) => {
      const { kind, token, previous } = change;
      this.#setRows(applyChange(this.rows, change));
      this.dispatchEvent(
        previous
          ? new OperatorTokenRotatedEvent({ token, previous })
          : new (kind === 'created' ? OperatorTokenCreatedEvent : OperatorTokenRevokedEvent)({
              token,
            }),
      );
    },
    reload: () => {
      this.#refreshing = true;
      void this.#list.run();
    },
    // A hook that throws is a confirmation that did not happen.
    stepUp: async (operation) =>
      this.stepUp
        ? this.stepUp().catch(() => false)
        : (this.dispatchEvent(new OperatorStepUpRequiredEvent({ operation })), false),
  });
  /** The list reloads after a write: the rows stay on screen (and in reach) until it answers. */
  #refreshing = false;

  readonly #parts: Parts = {
    host: this,
    l: this.localize,
    writer: this.#writer,
    describe: (error, write) => this.describeError(error, write),
    reveal: (...args) => (this.#reveal ??= new SecretReveal(this.#parts)).reveal(...args),
  };
  // The dialogs are made when first opened (the reveal when it first has a secret to show): a
  // first render makes none and runs none of their code.
  #reveal?: SecretReveal;
  #generate?: GenerateDialog;
  #confirm?: ConfirmDialog;

  readonly #list = new Task(this, {
    task: async ([client, status, limit], { signal }) => {
      this.#more?.abort();
      if (!client) return initialState;
      const credential = this.credentialSignal;
      const page = await client.tokens.list(
        { status, limit },
        this.requestOptions(signal, credential),
      );
      credential.throwIfAborted();
      return page;
    },
    args: () => [this.activeClient, serverStatus(this.filter), this.pageSize] as const,
    onComplete: (page) => {
      this.#refreshing = false;
      // A server that ignores `limit` does not get more rows on the page than were asked for.
      this.#setRows(page.data.slice(0, this.pageSize));
      this.cursor = page.next_cursor;
      // More to list: the virtualizer's code loads, ready for the rows "Load more" adds; in the
      // next task, once these rows are drawn (its check for a layout would force one before).
      if (this.cursor) setTimeout(loadVirtualizer);
      this.moreError = '';
    },
    onError: (error) => {
      this.#refreshing = false;
      this.reportError('tokens.list', error);
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.activeClient !== this.#lastClient) {
      // A new credential: the writes in flight are aborted (credentialSignal), their forms closed.
      if (this.#lastClient) this.#closeWrites();
      this.#lastClient = this.activeClient;
      this.forbidden = false;
    }
    if (changed.has('readonly') && this.readonly) this.#closeWrites();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#more?.abort();
  }

  #closeWrites() {
    this.#generate?.close();
    this.#confirm?.close();
  }

  get #writable() {
    return !this.readonly && !this.forbidden;
  }

  /** Rows anew (a first page, a change): every loaded token by id again, every visible row. */
  #setRows(rows: ApiToken[]) {
    this.#loaded = new Map((this.rows = rows).map((token) => [token.id, token]));
    this.#shown.by = '';
  }

  /**
   * The loaded tokens that pass the filter and the search, in the chosen order. Kept while the
   * criteria stay; rows added by "Load more" (rows anew start over) are filtered alone, and, as
   * the API lists newest first, sorting by creation keeps its order: no sort of them all.
   */
  #visible() {
    const { rows, filter, sort } = this;
    const query = this.query.trim().toLocaleLowerCase();
    const lang = this.localize.lang();
    const by = [filter, sort, query, lang].join('\n');
    if (this.#shown.by !== by) this.#shown = { by, count: 0, list: [] };
    const { count, list: shown } = this.#shown;
    if (count === rows.length) return shown;
    const list = [
      ...shown,
      ...rows
        .slice(count)
        .filter(
          (token) =>
            (filter === 'all' ||
              (filter === 'not-revoked' ? token.status !== 'revoked' : token.status === filter)) &&
            token.name.toLocaleLowerCase().includes(query),
        ),
    ];
    if (sort !== 'created')
      list.sort(
        sort === 'name'
          ? (a, b) => a.name.localeCompare(b.name, lang)
          : (a, b) => time(b.last_used_at) - time(a.last_used_at),
      );
    this.#shown = { by, count: rows.length, list };
    return list;
  }

  #onAction = (action: TokenAction, token: ApiToken, opener: HTMLElement) => {
    if (action === 'activity')
      this.dispatchEvent(new OperatorViewActivityEvent({ tokenId: token.id }));
    else (this.#confirm ??= new ConfirmDialog(this.#parts)).ask(action, token, opener);
  };

  #loadMore = async () => {
    const client = this.activeClient;
    if (this.#more || !this.cursor || !client) return;
    const more = (this.#more = new AbortController());
    const signal = AbortSignal.any([more.signal, this.credentialSignal]);
    this.moreError = '';
    try {
      // A page that may take the rows past what is drawn without the virtualizer waits for it too
      // (it has been loading since the first page: see onComplete).
      const [page] = await Promise.all([
        client.tokens.list(
          { status: serverStatus(this.filter), limit: this.pageSize, cursor: this.cursor },
          this.requestOptions(signal),
        ),
        this.rows.length + this.pageSize > PLAIN_ROWS && loadVirtualizer(),
      ]);
      if (signal.aborted) return;
      // A page that points at itself is an error, not an end. (An empty page with a next_cursor
      // is refused by the client's \`list\` already.)
      if (page.next_cursor === this.cursor) throw endless('a next_cursor twice');
      const fresh = page.data
        .slice(0, this.pageSize)
        .filter((token) => !this.#loaded.has(token.id));
      for (const token of fresh) this.#loaded.set(token.id, token);
      this.rows = [...this.rows, ...fresh];
      this.cursor = page.next_cursor;
    } catch (error) {
      if (signal.aborted) return;
      this.reportError('tokens.list', error);
      this.moreError = this.describeError(error);
    } finally {
      if (this.#more === more) this.#more = undefined;
      this.requestUpdate();
    }
  };

  #generateButton() {
    return this.#writable
      ? html`<button
          type="button"
          class="primary"
          part="generate-button"
          @click=${(event: Event) =>
            (this.#generate ??= new GenerateDialog(this.#parts)).ask(
              event.currentTarget as HTMLElement,
            )}
        >
          ${this.localize.t('tmGenerate')}
        </button>`
      : nothing;
  }

  #select<V extends string>(
    label: string,
    value: V,
    options: readonly (readonly [V, (typeof FILTERS | typeof SORTS)[number][1]])[],
    set: (value: V) => void,
  ) {
    return html`<label
      >${label}
      <select @change=${(event: Event) => set((event.target as HTMLSelectElement).value as V)}>
        ${options.map(
          ([option, key]) =>
            html`<option value=${option} ?selected=${option === value}>
              ${this.localize.t(key)}
            </option>`,
        )}
      </select></label
    >`;
  }

  #renderToolbar() {
    const { t } = this.localize;
    return html`<div class="toolbar" part="toolbar">
      <search part="filters">
        <label
          >${t('tmSearch')}
          <input
            type="search"
            .value=${this.query}
            @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
        /></label>
        ${this.#select(t('status'), this.filter, FILTERS, (filter) => (this.filter = filter))}
        ${this.#select(t('tmSortBy'), this.sort, SORTS, (sort) => (this.sort = sort))}
      </search>
      ${this.#generateButton()}
    </div>`;
  }

  #renderError(error: unknown) {
    const { t } = this.localize;
    return html`<div role="alert" part="error">
      <p>${this.describeError(error)}</p>
      ${
        isOperatorError(error) && error.requestId
          ? html`<p><small>${t('requestId', error.requestId)}</small></p>`
          : nothing
      }
      <button type="button" @click=${() => this.#list.run()}>${t('retry')}</button>
    </div>`;
  }

  #renderList() {
    const { t } = this.localize;
    const rows = this.#visible();
    const attention = this.#writer.attention(this.rows);
    // The secret on screen asks for no attention; before any reveal, none is (a no-op delete).
    attention.delete(this.#reveal?.shown as string);
    const table = renderTokenTable({
      l: this.localize,
      rows,
      loaded: this.#loaded,
      writable: this.#writable,
      attention,
      onAction: this.#onAction,
    });
    const more = html`<button
      type="button"
      class="more"
      part="load-more"
      aria-disabled=${!!this.#more}
      @click=${this.#loadMore}
    >
      ${t('tmLoadMore')}
    </button>`;
    return html`${rows.length ? table : html`<p part="status">${t('tmNoMatch')}</p>`}
    ${this.moreError ? html`<p role="alert" part="error">${this.moreError}</p>` : nothing}
    ${this.cursor ? more : nothing}`;
  }

  #renderBody() {
    const { t } = this.localize;
    if (!this.activeClient) return html`<p part="status">${t('noClient')}</p>`;
    const notice = this.forbidden
      ? html`<p role="status" part="notice" tabindex="-1">${t('forbidden')}</p>`
      : nothing;
    // No token at all (rather than none that match): a call to action instead of the toolbar.
    if (this.#list.status === TaskStatus.COMPLETE && !this.rows.length && this.filter === 'all')
      return html`${notice}
        <div part="empty">
          <p>${t('tmEmpty')}</p>
          ${this.#writable ? html`<p>${t('tmEmptyHint')}</p>` : nothing} ${this.#generateButton()}
        </div>`;
    return html`${this.#renderToolbar()} ${notice}
    ${this.#list.render({
      pending: () =>
        this.#refreshing
          ? this.#renderList()
          : html`<p role="status" part="status">${t('loading')}</p>`,
      error: (error) => this.#renderError(error),
      complete: () => this.#renderList(),
    })}`;
  }

  protected override render() {
    // The dialogs stay in the tree whatever the list does: a revealed secret outlives a failure.
    return html`${this.#renderBody()} ${this.#generate?.render()} ${this.#confirm?.render()}
    ${this.#reveal?.render()}`;
  }
}

customElements.define('operator-token-manager', OperatorTokenManager);
