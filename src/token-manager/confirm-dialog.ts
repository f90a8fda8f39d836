import { html, nothing } from 'lit';
import type { ApiToken, RotatedToken } from '../client/types.js';
import { QuestionDialog } from './dialog.js';

const HOUR = 3600;
/** The grace periods offered on rotation, in seconds; a day is the default. */
const GRACE = [0, HOUR, 24 * HOUR, 7 * 24 * HOUR];

type Kind = 'rotate' | 'revoke';
type Result<K extends Kind> = K extends 'rotate' ? RotatedToken : ApiToken;

/**
 * The confirmation of a rotation (with how long the old secret keeps working) or of a revocation
 * (naming the token, and its last use when that was in the last 24 hours). It makes the request
 * itself, so that a failure is shown where the user is and a retry is one click.
 */
export class ConfirmDialog extends QuestionDialog<RotatedToken | ApiToken> {
  #kind: Kind = 'revoke';
  #token?: ApiToken;
  #grace = 24 * HOUR;
  #error = '';

  /** Asks; resolves with the request's result, or nothing when cancelled. */
  ask<K extends Kind>(kind: K, token: ApiToken, opener?: HTMLElement) {
    this.#kind = kind;
    this.#token = token;
    this.#grace = 24 * HOUR;
    this.#error = '';
    return this.question(opener) as Promise<Result<K> | undefined>;
  }

  #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const id = this.#token!.id;
    if (this.pending) return;
    this.pending = true;
    this.#error = '';
    this.update();
    try {
      const result = await (this.#kind == 'rotate'
        ? this.ctx.write('tokens.rotate', (api) =>
            api.tokens.rotate(id, { grace_period_seconds: this.#grace }),
          )
        : this.ctx.write('tokens.revoke', (api) => api.tokens.revoke(id)));
      this.settle(result);
      this.close();
    } catch (error) {
      this.#error = this.ctx.describe(error);
      this.pending = false;
      this.update();
    }
  };

  render() {
    const { l } = this.ctx;
    const t = l.term.bind(l);
    const token = this.#token!;
    const rotate = this.#kind == 'rotate';
    const used = token?.last_used_at;
    const duration = (n: number, unit: string) =>
      t('tmGraceFor', l.number(n, { style: 'unit', unit, unitDisplay: 'long' }));
    const labels = [
      t('tmGraceNone'),
      duration(1, 'hour'),
      duration(24, 'hour'),
      duration(7, 'day'),
    ];
    return this.frame(
      'confirm',
      () => t(rotate ? 'tmRotateTitle' : 'tmRevokeTitle', token.name),
      () =>
        html`<form @submit=${this.#submit}>
          <p><code part="prefix">${`${token.prefix}…`}</code></p>
          ${
            rotate
              ? html`<p>${t('tmRotateIntro')}</p>
                  <fieldset part="grace">
                    <legend>${t('tmGrace')}</legend>
                    ${GRACE.map(
                      (seconds, i) =>
                        html`<label class="check">
                          <input
                            type="radio"
                            name="grace"
                            ?checked=${seconds == this.#grace}
                            @change=${() => (this.#grace = seconds)}
                          />
                          ${labels[i]}
                        </label>`,
                    )}
                  </fieldset>`
              : html`${
                    used && Date.now() - Date.parse(used) < 86_400_000
                      ? html`<p class="warning" part="warning">
                          ${t('tmRevokeRecent', l.relative(used), token.last_used_ip ?? '?')}
                        </p>`
                      : nothing
                  }
                  <p>${t('tmRevokeFinal')}</p>`
          }
          ${this.#error ? html`<p role="alert" part="form-error">${this.#error}</p>` : nothing}
          <div class="actions" part="dialog-actions">
            <button type="button" autofocus @click=${() => this.close()}>${t('cancel')}</button>
            <button class=${rotate ? 'primary' : 'danger'} aria-disabled=${this.pending}>
              ${t(rotate ? 'tmRotateConfirm' : 'tmRevokeConfirm')}
            </button>
          </div>
        </form>`,
    );
  }
}
