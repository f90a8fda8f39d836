/**
 * The demo of `npm run dev:server`: both elements through the partner's backend and its
 * `createOperatorProxy`, to the fake Operator API over HTTP. The page holds no credential: its
 * session is a cookie of the backend's, sent with every same-origin request.
 */
import '../../src/index.js';
import { createOperatorClient, type ApiToken } from '../../src/client/index.js';

/** What the backend's `/me`, `/login`, `/logout` and `/step-up` answer. */
interface Me {
  user: { name: string; role: 'admin' | 'viewer' } | null;
  verifiedAt: string | null;
  stepUpMaxAgeSeconds: number;
}

const PROXY = new URL('/operator-proxy/v1', location.href);

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const provider = $<HTMLElementTagNameMap['operator-provider']>('#provider');
const tokens = $<HTMLElementTagNameMap['operator-token-manager']>('#tokens');
const activity = $<HTMLElementTagNameMap['operator-access-log']>('#activity');
const account = $<HTMLElement>('#account');
const sessionStatus = $<HTMLElement>('#session-status');
const writeStatus = $<HTMLElement>('#write-status');
const verify = $<HTMLButtonElement>('#verify');
const signOut = $<HTMLButtonElement>('#sign-out');
const stepUp = $<HTMLDialogElement>('#step-up');

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const minutes = new Intl.NumberFormat(undefined, {
  style: 'unit',
  unit: 'minute',
  unitDisplay: 'long',
});

/** A call to the backend's session routes; a POST from this page carries its Origin, as the backend asks. */
async function session(path: string, body?: object): Promise<Me> {
  const response = await fetch(path, {
    method: path === '/me' ? 'GET' : 'POST',
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Me;
}

let signedInAs: string | null = null;

function show(me: Me) {
  const { user } = me;
  $('#step-up-age').textContent = minutes.format(me.stepUpMaxAgeSeconds / 60);
  account.textContent = user ? `Acme Corp · ${user.name}` : 'Not signed in';
  verify.hidden = signOut.hidden = !user;
  if (user?.role === 'viewer') {
    sessionStatus.textContent = `Signed in as ${user.name} (viewer: read-only).`;
  } else if (user && me.verifiedAt) {
    const verified = new Date(me.verifiedAt);
    const until = new Date(verified.getTime() + me.stepUpMaxAgeSeconds * 1000);
    sessionStatus.textContent = `Signed in as ${user.name} (admin: may write). Verified at ${time.format(verified)}; writes need a new verification after ${time.format(until)}.`;
  } else {
    sessionStatus.textContent = 'Not signed in. Choose a user above.';
  }
  // A new user gets a new client: the elements reload, and forget what the last user could do.
  const key = user && `${user.name}/${user.role}`;
  if (key === signedInAs) return;
  signedInAs = key;
  writeStatus.textContent = '';
  provider.hidden = !user;
  tokens.readonly = user?.role !== 'admin';
  provider.client = user ? createOperatorClient({ baseUrl: PROXY }) : undefined;
}

const act = (path: string, body?: object) => () =>
  session(path, body).then(show, (error: Error) => (sessionStatus.textContent = error.message));

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-login]')) {
  button.addEventListener('click', act('/login', { user: button.dataset.login }));
}
signOut.addEventListener('click', act('/logout'));
verify.addEventListener('click', act('/step-up'));

// A write that needs a new verification (`step_up_required`): the token manager asks this hook,
// and sends the same write again when it resolves true. The prompt is a modal dialog: the
// element's own form is modal, and would make a banner inert.
tokens.stepUp = () =>
  new Promise<boolean>((resolve) => {
    stepUp.returnValue = '';
    stepUp.showModal();
    stepUp.addEventListener(
      'close',
      () => {
        if (stepUp.returnValue !== 'verify') return resolve(false);
        session('/step-up').then(
          (me) => (show(me), resolve(true)),
          (error: Error) => ((sessionStatus.textContent = error.message), resolve(false)),
        );
      },
      { once: true },
    );
  });

// A 401 on anything else means the session ended (the elements fire `operator-unauthorized`).
provider.addEventListener('operator-unauthorized', () => void session('/me').then(show));

// "Created by" is the dashboard's user, as the proxy named them to Operator.
const recordWrite = (verb: string, token: ApiToken) => {
  const by = token.created_by?.name ?? 'nobody';
  writeStatus.textContent = `“${token.name}” ${verb}; Operator records it as created by ${by}.`;
};
tokens.addEventListener('operator-token-created', (event) => {
  recordWrite('created', event.detail.token);
});
tokens.addEventListener('operator-token-rotated', (event) => {
  recordWrite('rotated', event.detail.token);
});

// "View activity" on a token filters the log to it.
tokens.addEventListener('operator-view-activity', (event) => {
  activity.tokenId = event.detail.tokenId;
  activity.scrollIntoView({ behavior: 'smooth', block: 'start' });
});

show(await session('/me'));
