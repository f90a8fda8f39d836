/**
 * The partner-dashboard demo: both elements on the fake Operator API, served by msw's service
 * worker in the browser, with a control panel for the scenarios a host meets.
 */
import { setupWorker } from 'msw/browser';
import '../src/index.js';
import {
  createFakeOperatorApi,
  FAKE_CREDENTIAL,
  FAKE_READONLY_CREDENTIAL,
  type FakeOperatorApi,
} from '../src/mocks/index.js';
import '../src/translations/fr.js';

const baseUrl = new URL('api/v1', document.baseURI).href;
const makeApi = (empty = false) =>
  createFakeOperatorApi({
    baseUrl,
    seed: 7,
    mode: 'live',
    tokens: empty ? 0 : 12,
    logEntries: empty ? 0 : 100_000,
    logDays: 30,
  });

let api: FakeOperatorApi = makeApi();
const worker = setupWorker(...api.handlers);
await worker.start({
  serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
  onUnhandledFrame: 'bypass',
  quiet: true,
});

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const provider = $<HTMLElementTagNameMap['operator-provider']>('#provider');
const tokens = $<HTMLElementTagNameMap['operator-token-manager']>('#tokens');
const activity = $<HTMLElementTagNameMap['operator-access-log']>('#activity');
const controls = $<HTMLFormElement>('#controls');
const status = $<HTMLElement>('#status');
const banner = $<HTMLElement>('#session-banner');

let credential = FAKE_CREDENTIAL;
provider.baseUrl = baseUrl;
// The host hands the credential as a function: asked on every request, so a renewed session is used at once.
provider.auth = () => credential;

function applyScenario(scenario: string) {
  const empty = scenario === 'empty';
  if (empty !== (api.tokens.length === 0 && api.logCount === 0)) {
    api = makeApi(empty);
    worker.resetHandlers(...api.handlers);
  }
  api.clearFaults();
  credential = FAKE_CREDENTIAL;
  if (scenario === 'slow') api.fault('*', { latency: 1500 });
  if (scenario === 'flaky') api.fault('*', { status: 503, probability: 0.3 });
  if (scenario === 'rate-limited') api.fault('*', { status: 429, retryAfter: 3, probability: 0.5 });
  if (scenario === 'lost') {
    // The server does the work, then every automatic attempt loses its answer: the form says the
    // token may exist, and pressing the button again replays it (one token, its secret shown).
    api.fault('tokens.create', { dropResponse: true, times: 4 });
    api.fault('tokens.rotate', { dropResponse: true, times: 4 });
  }
  if (scenario === 'read-only') credential = FAKE_READONLY_CREDENTIAL;
  if (scenario === 'expired') credential = 'op_live_expired00000000000000000000000';
  banner.hidden = true;
  // A new auth function makes the elements reload with the new credential.
  provider.auth = () => credential;
  status.textContent = `Scenario: ${controls.scenario.selectedOptions[0].textContent}`;
}

controls.addEventListener('change', () => {
  const data = new FormData(controls);
  applyScenario(String(data.get('scenario')));
  document.documentElement.lang = String(data.get('locale'));
  document.documentElement.style.colorScheme = String(data.get('scheme'));
});

document.addEventListener('operator-unauthorized', () => {
  banner.hidden = false;
});
$('#sign-in').addEventListener('click', () => {
  controls.scenario.value = 'healthy';
  applyScenario('healthy');
});

// "View activity" on a token filters the log to it.
tokens.addEventListener('operator-view-activity', (event) => {
  activity.tokenId = event.detail.tokenId;
  activity.scrollIntoView({ behavior: 'smooth', block: 'start' });
});

// What a host can listen to: every operator-* event, newest first (a secret is never in one).
const events = $<HTMLOListElement>('#events');
const summaries: Record<string, (detail: never) => string> = {
  'operator-token-created': (d: { token: { name: string } }) => d.token.name,
  'operator-token-rotated': (d: { token: { name: string } }) => d.token.name,
  'operator-token-revoked': (d: { token: { name: string } }) => d.token.name,
  'operator-secret-copied': (d: { tokenId: string }) => d.tokenId,
  'operator-view-activity': (d: { tokenId: string }) => d.tokenId,
  'operator-filter-change': (d: object) => JSON.stringify(d),
  'operator-export-complete': (d: { filename: string; count: number }) =>
    `${d.filename}, ${d.count} entries`,
  'operator-unauthorized': (d: { operation: string }) => d.operation,
  'operator-error': (d: { operation: string; error: Error }) =>
    `${d.operation}: ${d.error.name}, ${d.error.message}`,
};
for (const [type, summary] of Object.entries(summaries)) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const time = new Date().toLocaleTimeString();
    item.textContent = `${time} ${type} ${summary((event as CustomEvent).detail as never)}`;
    events.prepend(item);
    events.querySelectorAll('li:nth-child(n + 21)').forEach((old) => old.remove());
  });
}

// A little live traffic for the log's live tail.
setInterval(() => {
  if (!controls.traffic.checked || !api.tokens.length) return;
  api.clock.set(Date.now());
  api.addLogEntries(1 + (Date.now() % 3));
}, 3000);
