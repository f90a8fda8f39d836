import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createOperatorClient } from '@operator-ai/admin-widget/client';
import { ApiTokens } from './ApiTokens.tsx';

// A real app points the client at its backend's proxy, which adds the credential (docs/server.md):
// createOperatorClient({ baseUrl: '/operator-proxy/v1' }). This example talks to the
// fake Operator API directly: `npm run test:examples` passes its URL and credential in the page's
// fragment (#api=…&auth=…), which the browser never sends to a server.
const fake = new URLSearchParams(location.hash.slice(1));
const client = createOperatorClient({
  baseUrl: fake.get('api') ?? '/operator-proxy/v1',
  auth: fake.get('auth') ?? undefined,
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiTokens client={client} />
  </StrictMode>,
);
