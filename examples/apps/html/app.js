// @ts-check
const provider = document.querySelector('operator-provider');
const tokens = document.querySelector('operator-token-manager');
const log = document.querySelector('operator-access-log');
const activity = document.querySelector('#activity');
if (!provider || !tokens || !log || !activity) throw new Error('The page lacks its elements.');

// A real page sets `base-url="/operator-proxy/v1"` on <operator-provider> and no `auth`: its
// backend's proxy adds the credential (docs/server.md). This example talks to the fake
// Operator API directly: `npm run test:examples` passes its URL and credential in the page's
// fragment (#api=…&auth=…), which the browser never sends to a server.
const fake = new URLSearchParams(location.hash.slice(1));
provider.auth = fake.get('auth') ?? undefined; // a credential is a property, never an attribute
provider.baseUrl = fake.get('api') ?? '/operator-proxy/v1';

tokens.addEventListener('operator-view-activity', (event) => (log.tokenId = event.detail.tokenId));
document.addEventListener('operator-token-created', (event) => {
  activity.textContent = `Created ${event.detail.token.name}`;
});
document.addEventListener('operator-unauthorized', () => {
  activity.textContent = 'Your session has ended: sign in again.';
});
