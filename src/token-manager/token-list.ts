/**
 * The token table. Up to a page of the most the API gives (100 rows) every row is drawn, so that a
 * first page renders at once; past that, only the rows near the viewport are, placed by
 * `@lit-labs/virtualizer` once it has loaded (shared/virtualizer.ts), as in the access log. A
 * native `<table>` layout cannot host it: the table's elements are laid out as a CSS grid, with
 * their roles said (`table`, `row`, `columnheader`, `rowheader`, `cell`; `<thead>` and `<tbody>`
 * are row groups by themselves) and `aria-rowcount` and `aria-rowindex` for the rows that are
 * not drawn.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { DAY } from '../client/time.js';
import type { ApiToken } from '../client/types.js';
import type { OperatorLocalize } from '../shared/localize.js';
import { renderTime } from '../shared/time.js';
import { virtualizer } from '../shared/virtualizer.js';

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

/**
 * Operator's advice for a working token (active or expiring, and not replaced: the row asks only
 * for those): set an expiry, rotate when old, revoke when unused.
 */
export function adviceFor(token: ApiToken, now = Date.now()) {
  const advice: ('tmAdviceNoExpiry' | 'tmAdviceOld' | 'tmAdviceUnused')[] = [];
  if (!token.expires_at) advice.push('tmAdviceNoExpiry');
  if (days(now - Date.parse(token.created_at)) > 90) advice.push('tmAdviceOld');
  if (days(now - Date.parse(token.last_used_at ?? token.created_at)) > 30)
    advice.push('tmAdviceUnused');
  return advice;
}

export type TokenAction = 'activity' | 'rotate' | 'revoke';

/** Up to this many rows, every row is drawn; past it, the virtualizer draws those in view. */
export const PLAIN_ROWS = 100;

export interface TokenTableOptions {
  l: OperatorLocalize;
  rows: readonly ApiToken[];
  /** Every loaded token by id, to name a replacement by its prefix. */
  loaded: ReadonlyMap<string, ApiToken>;
  writable: boolean;
  /** Tokens whose secret the user never got. */
  attention: ReadonlySet<string>;
  onAction(action: TokenAction, token: ApiToken, button: HTMLElement): void;
}

const time = (l: OperatorLocalize, iso: string) => renderTime(iso, l.relative(iso), l.exact(iso));

/**
 * Each token's row as last drawn, with what it was drawn from. While that stays the same, the
 * same template goes back to Lit, which then only compares its values: no words, times or
 * templates are made again. (Lit's `guard` directive does this too, for more bytes.)
 */
const drawn = new WeakMap<ApiToken, [from: string, row: TemplateResult]>();

/** The token table: one row per token with its facts, Operator's advice and its actions. */
export function renderTokenTable({
  l,
  rows,
  loaded,
  writable,
  attention,
  onAction,
}: TokenTableOptions) {
  const { t } = l;
  const act = (action: TokenAction, token: ApiToken) => (event: Event) =>
    onAction(action, token, event.currentTarget as HTMLElement);
  const row = (token: ApiToken, index: number, attended: boolean, replacement: string | null) => {
    const now = Date.now();
    const status = statusOf(token, now);
    const working = status === 'active' || status === 'expiring';
    const advice = working && !token.replaced_by ? adviceFor(token, now) : [];
    return html`<tr part="row ${status}" role="row" aria-rowindex=${index + 2} data-id=${token.id}>
      <th role="rowheader" part="token-cell">
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
          working && !token.replaced_by && attended
            ? html`<p class="warning" part="attention">${t('tmAttention')}</p>`
            : nothing
        }
      </th>
      <td role="cell">
        <span class="badge ${status}" part="badge ${status}"
          >${t(
            // tmActive, tmExpiring, tmExpired, tmRevoked
            `tm${status[0]!.toUpperCase()}${status.slice(1)}` as `tm${Capitalize<DisplayStatus>}`,
          )}</span
        >
        ${token.revoked_at ? html`<br />${time(l, token.revoked_at)}` : nothing}
      </td>
      <td role="cell">${time(l, token.created_at)}</td>
      <td role="cell">
        ${
          token.last_used_at
            ? html`${time(l, token.last_used_at)}
                <small class="muted">${t('tmFromIp', token.last_used_ip ?? '')}</small>`
            : html`<span class="muted">${t('tmNeverUsed')}</span>`
        }
      </td>
      <td role="cell">
        ${token.revoked_at ? nothing : token.expires_at ? time(l, token.expires_at) : t('tmNever')}
        ${
          replacement
            ? html`<small class="muted">${t('tmReplacedBy', replacement)}</small>`
            : nothing
        }
      </td>
      <td role="cell" class="row-actions" part="row-actions">
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
  // A row is drawn again only when what it shows changed: its token, its place, the words, the
  // writability, its attention or its replacement's prefix (once that token is loaded). (A token
  // is one element's: each fetches its own.)
  const guarded = (token: ApiToken, index: number) => {
    const attended = attention.has(token.id);
    const next = token.replaced_by;
    const replacement = next && (loaded.get(next)?.prefix ?? next);
    const from = `${index} ${l.revision} ${writable} ${attended} ${replacement}`;
    const last = drawn.get(token);
    if (last?.[0] === from) return last[1];
    const result = row(token, index, attended, replacement);
    drawn.set(token, [from, result]);
    return result;
  };
  return html`<div class="scroll" part="table-wrapper">
    <table part="table" role="table" aria-rowcount=${rows.length + 1}>
      <caption part="caption">
        ${t('tmCaption')}
      </caption>
      <thead>
        <tr role="row" aria-rowindex="1">
          ${(['token', 'status', 'tmCreated', 'tmLastUsed', 'tmExpires', 'tmActions'] as const).map(
            (key) => html`<th role="columnheader">${t(key)}</th>`,
          )}
        </tr>
      </thead>
      ${
        // Each way its own <tbody>: the virtualizer's styles on it do not outlive it.
        virtualizer && rows.length > PLAIN_ROWS
          ? html`<tbody>
              ${virtualizer.virtualize({
                // Keyed by the token itself (a changed token is a new object: its row anew).
                items: rows as ApiToken[], // it only reads them
                renderItem: guarded,
              })}
            </tbody>`
          : // Drawn in place (unkeyed): a row shows another token only when the list changes
            // under it, which `guarded` sees. (The virtualizer keys its rows.)
            html`<tbody>
              ${rows.map(guarded)}
            </tbody>`
      }
    </table>
  </div>`;
}
