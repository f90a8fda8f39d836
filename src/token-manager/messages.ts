import { plural, registerMessages } from '../shared/localize.js';

const n = plural('en');

/** English strings of `<operator-token-manager>`; every key starts with `tm`. */
export const tokenManagerMessages = {
  tmCaption: 'API tokens',
  tmGenerate: 'Generate token',
  tmSearch: 'Search by name',
  tmAll: 'All',
  tmAllButRevoked: 'All but revoked',
  tmActive: 'Active',
  tmExpiring: 'Expires soon',
  tmExpired: 'Expired',
  tmRevoked: 'Revoked',
  tmSortBy: 'Sort by',
  tmSortCreated: 'Newest first',
  tmCreated: 'Created',
  tmLastUsed: 'Last used',
  tmExpires: 'Expires',
  tmActions: 'Actions',
  tmFullAccess: 'Full access',
  tmNeverUsed: 'Never used',
  tmNever: 'Never',
  tmFromIp: (ip: string) => `from ${ip}`,
  tmReplacedBy: (prefix: string) => `Replaced by ${prefix}…`,
  tmAdviceNoExpiry: 'Never expires: prefer a token with an expiration date.',
  tmAdviceOld: 'Older than 90 days: rotation recommended.',
  tmAdviceUnused: 'Unused for 30 days: consider revoking it.',
  tmViewActivity: 'View activity',
  tmViewActivityFor: (name: string) => `View activity for ${name}`,
  tmRotate: 'Rotate',
  tmRotateNamed: (name: string) => `Rotate ${name}`,
  tmRevoke: 'Revoke',
  tmRevokeNamed: (name: string) => `Revoke ${name}`,
  tmRevokeNow: 'Revoke now',
  tmRevokeNowNamed: (name: string) => `Revoke now ${name}`,
  tmLoadMore: 'Load more',
  tmEmpty: 'No API tokens yet.',
  tmEmptyHint: 'Generate one for each integration that calls {brand}.',
  tmNoMatch: 'No tokens match these filters.',
  tmGenerateTitle: 'Generate an API token',
  tmName: 'Name',
  tmNameHint: 'Optional. Use one token per integration, e.g. “CRM Integration”.',
  tmNameTooLong: (max: number, count: number) =>
    n(max, { one: 'Use at most # character', other: 'Use at most # characters' }) +
    n(count, { other: ' (this name has #).' }),
  tmScopes: 'Scopes',
  tmScopesHint: 'None selected gives the token full access.',
  tmExpiration: 'Expiration',
  tmCustomDate: 'Custom date',
  tmNoExpiration: 'No expiration',
  tmExpirationDate: 'Expiration date',
  tmNoExpirationWarning:
    'A token without expiration works until someone revokes it. Prefer an expiration date.',
  tmDateRequired: 'Choose the date the token stops working.',
  tmDateFuture: 'Choose a date after today.',
  tmCreate: 'Create token',
  tmRotateTitle: (name: string) => `Rotate “${name}”?`,
  tmRotateIntro:
    'A new secret replaces this one. The old one can keep working while you deploy the new one.',
  tmGrace: 'The old secret keeps working',
  tmGraceNone: 'No: it stops at once',
  tmGraceFor: (count: number, unit: 'hour' | 'day') =>
    `For ${new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' }).format(count)}`,
  tmRotateConfirm: 'Rotate token',
  tmRevokeTitle: (name: string) => `Revoke “${name}”?`,
  tmRevokeRecent: (when: string, ip: string) =>
    `It was used ${when} from ${ip}: an integration may still depend on it.`,
  tmRevokeFinal: 'Requests made with it will fail at once. This cannot be undone.',
  tmRevokeConfirm: 'Revoke token',
  tmRevealTitle: (name: string) => `Your new secret for “${name}”`,
  tmRevealWarning:
    'Copy it now and store it somewhere safe: it will not be shown again, not even to you.',
  tmSecret: 'Secret',
  tmShow: 'Show',
  tmHide: 'Hide',
  tmCopy: 'Copy',
  tmCopied: 'Copied to the clipboard.',
  tmCopyKeys: (mac: boolean): string => (mac ? '⌘+C' : 'Ctrl+C'),
  tmCopyManual: (keys: string) => `Copying is blocked here. The secret is selected: press ${keys}.`,
  tmDone: 'Done',
  tmNotCopied: 'You have not copied the secret. Once you close this, it cannot be shown again.',
  tmCloseAnyway: 'Close without copying',
  tmGoBack: 'Go back',
  tmScopesLoading: 'The scopes are still loading.',
  tmFinishing: 'Finishing…',
  tmUnknown: (button: string) =>
    `It may have gone through. Press “${button}” again to get its secret, not a second one.`,
  tmAttention: 'Its secret may be lost: rotate it to get a new one.',
};

/**
 * The scopes' words: Operator sends each scope's label and description, in the element's language
 * (its `Accept-Language`). A host may reword them by the scope's `id`, for every language
 * (`registerMessages({ $code: 'en', tmScopeLabel })`), one, or one element (`messages`); a
 * translation has nothing to add, so they are optional.
 */
export interface ScopeMessages {
  /** The label of the scope `id`; `label` is Operator's. */
  tmScopeLabel?: (id: string, label: string) => string;
  /** The description of the scope `id`; `description` is Operator's. */
  tmScopeDescription?: (id: string, description: string) => string;
}

type TokenManagerMessages = typeof tokenManagerMessages;
declare module '../shared/localize.js' {
  interface OperatorMessages extends TokenManagerMessages, ScopeMessages {}
}

registerMessages({
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  ...tokenManagerMessages,
  // By default, Operator's words as they are.
  tmScopeLabel: (_, label) => label,
  tmScopeDescription: (_, description) => description,
});
