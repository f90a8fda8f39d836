import { useState } from 'react';
import type { OperatorClient } from '@operator-ai/admin-widget/client';
import type {} from '@operator-ai/admin-widget/jsx/react'; // types <operator-*> in JSX
import '@operator-ai/admin-widget/token-manager'; // registers <operator-token-manager>

export function ApiTokens({ client }: { client: OperatorClient }) {
  const [created, setCreated] = useState('');
  return (
    <>
      {/* React 19 sets `client` as a property and listens to `on<event name>`. */}
      <operator-token-manager
        client={client}
        onoperator-token-created={(event) => setCreated(event.detail.token.name)}
      />
      <p role="status">{created && `Created ${created}`}</p>
    </>
  );
}
