import { html, nothing } from 'lit';
import { DEFAULT_GRACE_SECONDS, MAX_GRACE_SECONDS } from '../client/contract.js';
import { DAY, HOUR, SECOND } from '../client/time.js';
import type { ApiToken } from '../client/types.js';
import { WriteDialog } from './dialog.js';

/**
 * The grace periods offered on rotation, in seconds, and how they read: none, an hour, a day (the
 * default), a week.
 */
const GRACE: [seconds: number, words?: [count: number, unit: 'hour' | 'day']][] = [
  [0],
  [HOUR / SECOND, [1, 'hour']],
  [DEFAULT_GRACE_SECONDS, [24, 'hour']],
  [MAX_GRACE_SECONDS, [7, 'day']],
];

type Kind = 'rotate' | 'revoke';

/**
 * The confirmation of a rotation (with how long the old secret keeps working) or of a revocation
 * (naming the token, and its last use when that was in the last 24 hours). It sends the write
 * itself, so that a failure is shown where the user is and a retry is one click.
 */
export class ConfirmDialog extends WriteDialog {
  protected readonly name = 'confirm';
  // Set by `ask()`, before the first render: the token manager makes the dialog to ask.
  #kind!: Kind;
  #token!: ApiToken;
  #grace!: number;

  /** Asks; a rotation's new secret is revealed by the reveal dialog. */
  ask(kind: Kind, token: ApiToken, opener?: HTMLElement): void {
    this.#kind = kind;
    this.#token = token;
    this.#grace = DEFAULT_GRACE_SECONDS;
    void this.show(opener);
  }

  #submit = (event: SubmitEvent) => {
    event.preventDefault();
    const { id } = this.#token;
    if (!this.busy)
      void this.send(
        this.#kind === 'rotate'
          ? { kind: 'rotate', id, body: { grace_period_seconds: this.#grace } }
          : { kind: 'revoke', id },
      );
  };

  render() {
    const { l } = this.parts;
    const { t } = l;
    const token = this.#token;
    const rotate = this.#kind === 'rotate';
    const used = token.last_used_at;
    return this.frame(
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
                      ([seconds, words]) =>
                        html`<label class="check">
                          <input
                            type="radio"
                            name="grace"
                            ?checked=${seconds === this.#grace}
                            @change=${() => (this.#grace = seconds)}
                          />
                          ${words ? t('tmGraceFor', ...words) : t('tmGraceNone')}
                        </label>`,
                    )}
                  </fieldset>`
              : html`${
                    used && Date.now() - Date.parse(used) < DAY
                      ? html`<p class="warning" part="warning">
                          ${t('tmRevokeRecent', l.relative(used), token.last_used_ip ?? '?')}
                        </p>`
                      : nothing
                  }
                  <p>${t('tmRevokeFinal')}</p>`
          }
          ${this.renderError()}
          ${this.renderActions(
            t(rotate ? 'tmRotateConfirm' : 'tmRevokeConfirm'),
            rotate ? 'primary' : 'danger',
            true,
          )}
        </form>`,
    );
  }
}
