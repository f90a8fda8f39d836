/** @jsxImportSource solid-js */
// Solid: attributes as written, properties as `prop:`, events as `on:`.
import type {} from '@operator-ai/admin-widget/jsx/solid';
import type { OperatorClient } from '@operator-ai/admin-widget';

export const rotated: string[] = [];

export const Tokens = (props: { client: OperatorClient }) => (
  <operator-token-manager
    page-size={10}
    prop:client={props.client}
    on:operator-token-rotated={(e) => rotated.push(e.detail.previous.id)}
  />
);

// @ts-expect-error: `client` is an OperatorClient.
export const WrongProperty = () => <operator-token-manager prop:client="https://api" />;
