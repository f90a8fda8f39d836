import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { isOperatorError } from '../client/errors.js';
import type { Scope } from '../client/types.js';
import { MAX_NAME_LENGTH } from '../client/contract.js';
import { DAY } from '../client/time.js';
import { localDateTime } from '../shared/time.js';
import { WriteDialog } from './dialog.js';

const FIELDS = ['name', 'scopes', 'expires_at'];
type Expiry = '30' | '60' | '90' | 'custom' | 'none';

/** The local calendar day of a time, as `YYYY-MM-DD` (what `<input type="date">` speaks). */
const localDay = (ms: number) => localDateTime(ms).slice(0, 10);

/**
 * "Generate token": a form in a modal dialog (name, scopes from `GET /scopes`, expiration), inline
 * validation, a server's 422 on its field. The writer sends one request however often it is
 * submitted, and a retry of an unchanged form (expiry included) replays it.
 */
export class GenerateDialog extends WriteDialog {
  protected readonly name = 'generate';
  #errors: Record<string, string> = {};
  // Set by `ask()` (`#expires` at the first send): only the open dialog reads them.
  #expiry!: Expiry;
  /** The form's choices when it was last sent, and the expiry worked out for them then. */
  #choices!: string;
  #expires!: string | null;

  readonly #scopes = new Task(this.parts.host, {
    // Asked in the element's language, in which Operator words the scopes' labels and descriptions.
    task: async ([client, open], { signal }) =>
      client && open
        ? (await client.scopes.list(this.parts.writer.host.requestOptions(signal))).data
        : initialState,
    args: () => [this.parts.writer.host.client(), this.open] as const,
    onError: (error) => this.parts.writer.host.report('scopes.list', error),
  });

  /** Opens the form; a created token's secret is revealed by the reveal dialog. */
  ask(opener?: HTMLElement): void {
    this.#expiry = '90';
    this.#errors = {};
    this.#choices = '';
    void this.show(opener);
  }

  #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.busy) return;
    const root = this.dialog!;
    const { l } = this.parts;
    if (this.#scopes.status !== TaskStatus.COMPLETE) {
      // Full access is what no scope means: never send before the user could choose.
      this.note = this.#scopes.status === TaskStatus.ERROR ? '' : l.t('tmScopesLoading');
      this.update();
      root.querySelector<HTMLElement>('[part~=scopes-error] button')?.focus();
      return;
    }
    const data = new FormData(event.target as HTMLFormElement);
    const name = String(data.get('name') ?? '').trim();
    const scopes = data.getAll('scope') as string[];
    const day = String(data.get('date') ?? '');
    const errors: Record<string, string> = {};
    const length = [...name].length;
    if (length > MAX_NAME_LENGTH) errors.name = l.t('tmNameTooLong', MAX_NAME_LENGTH, length);
    if (this.#expiry === 'custom') {
      if (!day) errors.expires_at = l.t('tmDateRequired');
      else if (day <= localDay(Date.now())) errors.expires_at = l.t('tmDateFuture');
    }
    this.#errors = errors;
    this.note = '';
    if (!Object.keys(errors).length) {
      // The expiry is worked out once per set of choices, so that a retry sends the same body.
      const choices = JSON.stringify([name, scopes, this.#expiry, day]);
      if (choices !== this.#choices) {
        this.#choices = choices;
        this.#expires =
          this.#expiry === 'custom'
            ? new Date(`${day}T23:59:59`).toISOString()
            : this.#expiry === 'none'
              ? null
              : new Date(Date.now() + Number(this.#expiry) * DAY).toISOString();
      }
      const input = { scopes, expires_at: this.#expires };
      const failed = await this.send({
        kind: 'create',
        body: name ? { name, ...input } : input,
      });
      if (!failed) return;
      const { error } = failed as { error: unknown };
      const field = isOperatorError(error, 'ValidationError') ? error.field : undefined;
      if (field && FIELDS.includes(field)) {
        this.#errors = { [field]: this.error };
        this.error = '';
      }
    }
    this.update();
    await this.parts.host.updateComplete;
    root.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
  };

  #change = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'expiry') {
      this.#expiry = input.value as Expiry;
      this.update();
    }
  };

  /** `aria-invalid` and `aria-describedby` for a field, and its error message. */
  #field(field: string, hint?: string) {
    const error = this.#errors[field];
    return {
      invalid: error ? 'true' : 'false',
      describedBy: [hint, error && `${field}-error`].filter(Boolean).join(' '),
      error: error
        ? html`<p id="${field}-error" class="error" part="field-error">${error}</p>`
        : nothing,
    };
  }

  #renderScopes(scopes: Scope[]) {
    const { t } = this.parts.l;
    const f = this.#field('scopes', 'scopes-hint');
    return scopes.length
      ? html`<fieldset part="scope-options">
          <legend>${t('tmScopes')}</legend>
          <p id="scopes-hint" class="hint">${t('tmScopesHint')}</p>
          ${scopes.map(
            ({ id, label, description }, i) =>
              html`<div>
                <label class="check">
                  <input
                    type="checkbox"
                    name="scope"
                    value=${id}
                    aria-invalid=${f.invalid}
                    aria-describedby=${`scope-${i} ${f.describedBy}`.trim()}
                  />
                  ${t('tmScopeLabel', id, label)}
                </label>
                <small id="scope-${i}" class="indent"
                  >${t('tmScopeDescription', id, description)}</small
                >
              </div>`,
          )}
          ${f.error}
        </fieldset>`
      : nothing;
  }

  render() {
    const { l } = this.parts;
    const { t } = l;
    const name = this.#field('name', 'name-hint');
    const expiry = this.#field('expires_at');
    return this.frame(
      () => t('tmGenerateTitle'),
      () =>
        html`<form novalidate @submit=${this.#submit} @change=${this.#change}>
          ${this.renderError()}
          <div class="field">
            <label for="name">${t('tmName')}</label>
            <input
              id="name"
              name="name"
              autocomplete="off"
              autofocus
              aria-invalid=${name.invalid}
              aria-describedby=${name.describedBy || nothing}
            />
            <p id="name-hint" class="hint">${t('tmNameHint')}</p>
            ${name.error}
          </div>
          ${this.#scopes.render({
            pending: () => html`<p part="status">${t('loading')}</p>`,
            error: (error) =>
              html`<div role="alert" part="scopes-error">
                ${this.parts.describe(error)}
                <button type="button" @click=${() => this.#scopes.run()}>${t('retry')}</button>
              </div>`,
            complete: (scopes) => this.#renderScopes(scopes),
          })}
          <fieldset part="expiration">
            <legend>${t('tmExpiration')}</legend>
            ${(['30', '60', '90', 'custom', 'none'] as const).map(
              // Worded only while the dialog is open: its content is rendered only then.
              (value) =>
                html`<label class="check">
                  <input
                    type="radio"
                    name="expiry"
                    value=${value}
                    ?checked=${value === this.#expiry}
                    aria-invalid=${
                      value === this.#expiry && this.#expiry !== 'custom' ? expiry.invalid : 'false'
                    }
                    aria-describedby=${expiry.describedBy || nothing}
                  />
                  ${
                    value === 'custom'
                      ? t('tmCustomDate')
                      : value === 'none'
                        ? t('tmNoExpiration')
                        : l.number(+value, { style: 'unit', unit: 'day', unitDisplay: 'long' })
                  }
                </label>`,
            )}
            ${
              this.#expiry === 'custom'
                ? html`<div class="field">
                    <label for="date">${t('tmExpirationDate')}</label>
                    <input
                      id="date"
                      name="date"
                      type="date"
                      min=${localDay(Date.now() + DAY)}
                      aria-invalid=${expiry.invalid}
                      aria-describedby=${expiry.describedBy || nothing}
                    />
                  </div>`
                : nothing
            }
            ${
              this.#expiry === 'none'
                ? html`<p class="warning" part="warning">${t('tmNoExpirationWarning')}</p>`
                : nothing
            }
            ${expiry.error}
          </fieldset>
          ${this.renderActions(t('tmCreate'), 'primary')}
        </form>`,
    );
  }
}
