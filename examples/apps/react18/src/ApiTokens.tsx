import { useState } from 'react';
import type { OperatorClient } from '@operator-ai/admin-widget/client';
// React components around the elements (React 18 and 19): typed props, `on…` events.
import { OperatorTokenManager } from '@operator-ai/admin-widget/react';

export function ApiTokens({ client }: { client: OperatorClient }) {
  const [created, setCreated] = useState('');
  return (
    <>
      <OperatorTokenManager
        client={client}
        onTokenCreated={(event) => setCreated(event.detail.token.name)}
      />
      <p role="status">{created && `Created ${created}`}</p>
    </>
  );
}
