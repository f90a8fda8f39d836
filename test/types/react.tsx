// React 19 (strict): `react`'s JSX knows the elements, their attributes, properties and events.
// `ApiTokens` is docs/frameworks.md's React 19 snippet, with more attributes and events.
import type {} from '@operator-ai/admin-widget/jsx/react';
import '@operator-ai/admin-widget/token-manager';
import type { OperatorClient } from '@operator-ai/admin-widget/client';

export function ApiTokens(props: { client: OperatorClient; onViewActivity: (id: string) => void }) {
  return (
    <operator-token-manager
      client={props.client}
      page-size={10}
      onoperator-view-activity={(e) => props.onViewActivity(e.detail.tokenId)}
    />
  );
}

export const created: string[] = [];

export const Provided = ({ client }: { client: OperatorClient }) => (
  <operator-provider client={client}>
    <operator-token-manager
      readonly
      stepUp={async () => true}
      onoperator-token-created={(e) => created.push(e.detail.token.id)}
      onoperator-error={(e) => created.push(e.detail.error.name)}
    />
    <operator-access-log token-id="tok_1" live onoperator-filter-change={(e) => e.detail.range} />
  </operator-provider>
);

// @ts-expect-error: `page-size` is a number.
export const WrongAttribute = () => <operator-token-manager page-size="ten" />;

export const WrongDetail = () => (
  // @ts-expect-error: the event's detail has no `secret`.
  <operator-token-manager onoperator-token-created={(e) => e.detail.secret} />
);
