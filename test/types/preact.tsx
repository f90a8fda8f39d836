/** @jsxImportSource preact */
// Preact: its JSX knows the elements, as React's does.
import type {} from '@operator-ai/admin-widget/jsx/preact';

export const revoked: string[] = [];

export const Tokens = () => (
  <operator-token-manager
    page-size={10}
    onoperator-token-revoked={(e) => revoked.push(e.detail.token.id)}
  />
);

// @ts-expect-error: `live-interval` is a number.
export const WrongAttribute = () => <operator-access-log live-interval="soon" />;
