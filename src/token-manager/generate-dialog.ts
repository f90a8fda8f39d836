import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { isOperatorError } from '../client/errors.js';
import type { CreatedToken, Scope } from '../client/types.js';
import { QuestionDialog } from './dialog.js';

const DAY = 86_400_000;
const MAX_NAME = 64;
const FIELDS = ['name', 'scopes', 'expires_at'];
type Expiry = '30' | '60' | '90' | 'custom' | 'none';

/** The local calendar day of a time, as `YYYY-MM-DD` (what `<input type="date">` speaks). */
const localDay = (ms: number) =>
  new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/**
 * "Generate token": a form in a modal dialog (name, scopes from `GET /scopes`, expiration), inline
 * validation, a server's 422 on its field, and one request however often it is submitted.
 */
export class GenerateDialog extends QuestionDialog<CreatedToken> {
  #expiry: Expiry = '90';
  #errors: Record<string, string> = {};

  readonly #scopes = new Task(this.ctx.host, {
    task: async ([api, open], { signal }) =>
      api && open ? (await api.scopes.list({ signal })).data : initialState,
    args: () => [this.ctx.api(), this.open] as const,
    onError: (error) => this.ctx.report('scopes.list', error),
  });

  /** Opens the form; resolves with the new token and its secret, or nothing when cancelled. */
  ask(opener?: HTMLElement): Promise<CreatedToken | undefined> {
    this.#expiry = '90';
    this.#errors = {};
    return this.question(opener);
  }

  #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.pending) return;
    const root = this.dialog.value!;
    if (this.#scopes.status != TaskStatus.COMPLETE) {
      root.querySelector<HTMLElement>('[part~=scopes-error] button')?.focus();
      return;
    }
    const { l } = this.ctx;
    const data = new FormData(event.target as HTMLFormElement);
    const name = String(data.get('name') ?? '').trim();
    const errors: Record<string, string> = {};
    const length = [...name].length;
    if (length > MAX_NAME)
      errors.name = l.term('tmNameTooLong', l.number(MAX_NAME), l.number(length));
    let expires: string | null = null;
    if (this.#expiry == 'custom') {
      const day = String(data.get('date') ?? '');
      if (!day) errors.expires_at = l.term('tmDateRequired');
      else if (day <= localDay(Date.now())) errors.expires_at = l.term('tmDateFuture');
      else expires = new Date(`${day}T23:59:59`).toISOString();
    } else if (this.#expiry != 'none') {
      expires = new Date(Date.now() + Number(this.#expiry) * DAY).toISOString();
    }
    this.#errors = errors;
    if (!Object.keys(errors).length) {
      this.pending = true;
      this.update();
      try {
        const input = { scopes: data.getAll('scope') as string[], expires_at: expires };
        const created = await this.ctx.write('tokens.create', (api) =>
          api.tokens.create(name ? { name, ...input } : input),
        );
        this.settle(created);
        this.close();
        return;
      } catch (error) {
        const field = isOperatorError(error, 'ValidationError') ? error.field : undefined;
        this.#errors = { [FIELDS.includes(field!) ? field! : 'form']: this.ctx.describe(error) };
        this.pending = false;
      }
    }
    this.update();
    await this.ctx.host.updateComplete;
    root.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
  };

  #change = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.name == 'expiry') {
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
    const t = this.ctx.l.term.bind(this.ctx.l);
    const f = this.#field('scopes', 'scopes-hint');
    return scopes.length
      ? html`<fieldset part="scope-options">
          <legend>${t('tmScopes')}</legend>
          <p id="scopes-hint" class="hint">${t('tmScopesHint')}</p>
          ${scopes.map(
            (scope, i) =>
              html`<div>
                <label class="check">
                  <input
                    type="checkbox"
                    name="scope"
                    value=${scope.id}
                    aria-invalid=${f.invalid}
                    aria-describedby=${`scope-${i} ${f.describedBy}`.trim()}
                  />
                  ${scope.label}
                </label>
                <small id="scope-${i}" class="indent">${scope.description}</small>
              </div>`,
          )}
          ${f.error}
        </fieldset>`
      : nothing;
  }

  render() {
    const { l } = this.ctx;
    const t = l.term.bind(l);
    const name = this.#field('name', 'name-hint');
    const expiry = this.#field('expires_at');
    const days = (n: number) => l.number(n, { style: 'unit', unit: 'day', unitDisplay: 'long' });
    const options: [Expiry, string][] = [
      ['30', days(30)],
      ['60', days(60)],
      ['90', days(90)],
      ['custom', t('tmCustomDate')],
      ['none', t('tmNoExpiration')],
    ];
    return this.frame(
      'generate',
      () => t('tmGenerateTitle'),
      () =>
        html`<form novalidate @submit=${this.#submit} @change=${this.#change}>
          ${
            this.#errors.form
              ? html`<p role="alert" part="form-error">${this.#errors.form}</p>`
              : nothing
          }
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
                ${this.ctx.describe(error)}
                <button type="button" @click=${() => this.#scopes.run()}>${t('retry')}</button>
              </div>`,
            complete: (scopes) => this.#renderScopes(scopes),
          })}
          <fieldset part="expiration">
            <legend>${t('tmExpiration')}</legend>
            ${options.map(
              ([value, label]) =>
                html`<label class="check">
                  <input
                    type="radio"
                    name="expiry"
                    value=${value}
                    ?checked=${value == this.#expiry}
                    aria-invalid=${
                      value == this.#expiry && this.#expiry != 'custom' ? expiry.invalid : 'false'
                    }
                    aria-describedby=${expiry.describedBy || nothing}
                  />
                  ${label}
                </label>`,
            )}
            ${
              this.#expiry == 'custom'
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
              this.#expiry == 'none'
                ? html`<p class="warning" part="warning">${t('tmNoExpirationWarning')}</p>`
                : nothing
            }
            ${expiry.error}
          </fieldset>
          <div class="actions" part="dialog-actions">
            <button type="button" @click=${() => this.close()}>${t('cancel')}</button>
            <button class="primary" aria-disabled=${this.pending}>${t('tmCreate')}</button>
          </div>
        </form>`,
    );
  }
}
