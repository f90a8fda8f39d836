import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ApiToken } from '../client/types.js';
import type { OperatorLocalize } from '../shared/localize.js';
import { DAY } from '../client/time.js';
import { renderTime } from '../shared/time.js';

/** What a person sees as a token's status: `expiring` is an active token with under 7 days left. */
export type DisplayStatus = 'active' | 'expiring' | 'expired' | 'revoked';

/** A span of milliseconds, in days. */
const days = (ms: number) => ms / DAY;

export function statusOf(token: ApiToken, now = Date.now()): DisplayStatus {
  if (token.status === 'revoked') return 'revoked';
  const left = token.expires_at ? Date.parse(token.expires_at) - now : Infinity;
  if (token.status === 'expired' || left <= 0) return 'expired';
  return days(left) < 7 ? 'expiring' : 'active';
}

/** Operator's advice for a working token: set an expiry, rotate when old, revoke when unused. */
export function adviceFor(token: ApiToken, now = Date.now()) {
  const advice: ('tmAdviceNoExpiry' | 'tmAdviceOld' | 'tmAdviceUnused')[] = [];
  const status = statusOf(token, now);
  if ((status !== 'active' && status !== 'expiring') || token.replaced_by) return advice;
  if (!token.expires_at) advice.push('tmAdviceNoExpiry');
  if (days(now - Date.parse(token.created_at)) > 90) advice.push('tmAdviceOld');
  if (days(now - Date.parse(token.last_used_at ?? token.created_at)) > 30)
    advice.push('tmAdviceUnused');
  return advice;
}

export type TokenAction = 'activity' | 'rotate' | 'revoke';

export interface TokenTableOptions {
  l: OperatorLocalize;
  rows: ApiToken[];
  /** Every loaded token, to name a replacement. */
  all: ApiToken[];
  writable: boolean;
  /** Tokens whose secret the user never got. */
  attention: ReadonlySet<string>;
  onAction(action: TokenAction, token: ApiToken, button: HTMLElement): void;
}

const statusLabels = {
  active: 'tmActive',
  expiring: 'tmExpiring',
  expired: 'tmExpired',
  revoked: 'tmRevoked',
} as const;

const time = (l: OperatorLocalize, iso: string) => renderTime(iso, l.relative(iso), l.exact(iso));

/** The token table: one row per token with its facts, Operator's advice and its actions. */
export function renderTokenTable({
  l,
  rows,
  all,
  writable,
  attention,
  onAction,
}: TokenTableOptions) {
  const { t } = l;
  const now = Date.now();
  const act = (action: TokenAction, token: ApiToken) => (event: Event) =>
    onAction(action, token, event.currentTarget as HTMLElement);
  const row = (token: ApiToken) => {
    const status = statusOf(token, now);
    const working = status === 'active' || status === 'expiring';
    const replacement = token.replaced_by && all.find((other) => other.id === token.replaced_by);
    const advice = adviceFor(token, now);
    return html`<tr part="row ${status}">
      <th scope="row" part="token-cell">
        <span class="name" part="token-name">${token.name}</span>
        <code part="prefix">${`${token.prefix}…`}</code>
        <ul class="scopes" part="scopes">
          ${
            token.scopes.length
              ? token.scopes.map((scope) => html`<li part="scope">${scope}</li>`)
              : html`<li part="scope full-access">${t('tmFullAccess')}</li>`
          }
        </ul>
        ${
          advice.length
            ? html`<ul class="advice" part="advice">
                ${advice.map((key) => html`<li>${t(key)}</li>`)}
              </ul>`
            : nothing
        }
        ${
          working && !token.replaced_by && attention.has(token.id)
            ? html`<p class="warning" part="attention">${t('tmAttention')}</p>`
            : nothing
        }
      </th>
      <td>
        <span class="badge ${status}" part="badge ${status}">${t(statusLabels[status])}</span>
        ${token.revoked_at ? html`<br />${time(l, token.revoked_at)}` : nothing}
      </td>
      <td>${time(l, token.created_at)}</td>
      <td>
        ${
          token.last_used_at
            ? html`${time(l, token.last_used_at)}
                <small class="muted">${t('tmFromIp', token.last_used_ip ?? '')}</small>`
            : html`<span class="muted">${t('tmNeverUsed')}</span>`
        }
      </td>
      <td>
        ${token.revoked_at ? nothing : token.expires_at ? time(l, token.expires_at) : t('tmNever')}
        ${
          token.replaced_by
            ? html`<small class="muted"
                >${t('tmReplacedBy', replacement ? replacement.prefix : token.replaced_by)}</small
              >`
            : nothing
        }
      </td>
      <td class="row-actions" part="row-actions">
        <button
          type="button"
          aria-label=${t('tmViewActivityFor', token.name)}
          @click=${act('activity', token)}
        >
          ${t('tmViewActivity')}
        </button>
        ${
          writable && working && !token.replaced_by
            ? html`<button
                type="button"
                aria-label=${t('tmRotateNamed', token.name)}
                @click=${act('rotate', token)}
              >
                ${t('tmRotate')}
              </button>`
            : nothing
        }
        ${
          writable && working
            ? html`<button
                type="button"
                class="danger-text"
                aria-label=${t(token.replaced_by ? 'tmRevokeNowNamed' : 'tmRevokeNamed', token.name)}
                @click=${act('revoke', token)}
              >
                ${t(token.replaced_by ? 'tmRevokeNow' : 'tmRevoke')}
              </button>`
            : nothing
        }
      </td>
    </tr>`;
  };
  return html`<div class="scroll" part="table-wrapper">
    <table part="table">
      <caption part="caption">
        ${t('tmCaption')}
      </caption>
      <thead>
        <tr>
          ${(['token', 'status', 'tmCreated', 'tmLastUsed', 'tmExpires', 'tmActions'] as const).map(
            (key) => html`<th scope="col">${t(key)}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${repeat(rows, (token) => token.id, row)}
      </tbody>
    </table>
  </div>`;
}
