/**
 * The partner-dashboard demo: both elements on the fake Operator API, served by msw's service
 * worker in the browser, with a control panel for the scenarios a host meets and a brand panel for
 * what an affiliate sets.
 */
import { setupWorker } from 'msw/browser';
import '../src/index.js';
import {
  applyScenario,
  createFakeOperatorApi,
  FAKE_CREDENTIAL,
  FAKE_SCENARIOS,
  isFakeScenarioName,
  type FakeOperatorApi,
  type FakeScenarioName,
} from '../src/mocks/index.js';
import { setupBrandPanel } from './brand-panel.js';

const baseUrl = new URL('api/v1', document.baseURI).href;
const makeFake = (name: FakeScenarioName = 'healthy') =>
  createFakeOperatorApi({
    baseUrl,
    seed: 7,
    mode: 'live',
    tokens: 12,
    logEntries: 100_000,
    logDays: 30,
    ...FAKE_SCENARIOS[name].options,
  });

// The service worker registers and starts while the fake seeds its 100,000 entries; no request is
// made before both are done (the elements get their base URL below).
const worker = setupWorker();
const started = worker.start({
  serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
  onUnhandledFrame: 'bypass',
  quiet: true,
});
// msw asks for the page's registrations before it registers: a task after that answer, the
// worker is on its way, and the seeding may take the main thread.
await navigator.serviceWorker.getRegistrations();
await new Promise((resolve) => setTimeout(resolve));
let fake: FakeOperatorApi = makeFake();
/** The data options the current fake was made with (an empty account, or the seeded one). */
let data = JSON.stringify(FAKE_SCENARIOS.healthy.options);
worker.resetHandlers(...fake.handlers);
await started;

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

// The scenarios (faults, data and credential) come from the fake, as `operator-fake-api --scenario` does.
controls.scenario.append(
  ...Object.entries(FAKE_SCENARIOS).map(([name, { label }]) => new Option(label, name)),
);

function chooseScenario(name: string) {
  const scenario = isFakeScenarioName(name) ? name : 'healthy';
  const options = JSON.stringify(FAKE_SCENARIOS[scenario].options);
  if (options !== data) {
    fake = makeFake(scenario);
    data = options;
    worker.resetHandlers(...fake.handlers);
  }
  credential = applyScenario(fake, scenario);
  banner.hidden = true;
  // A new auth function makes the elements reload with the new credential.
  provider.auth = () => credential;
  status.textContent = `Scenario: ${FAKE_SCENARIOS[scenario].label}`;
}

controls.addEventListener('change', () => {
  chooseScenario(String(new FormData(controls).get('scenario')));
});

// The brand panel: the page's brand, language, direction and scheme, and the CSS to copy.
setupBrandPanel($<HTMLFormElement>('#brand'), $('#brand-css'), $('#brand-status'));

document.addEventListener('operator-unauthorized', () => {
  banner.hidden = false;
});
$('#sign-in').addEventListener('click', () => {
  controls.scenario.value = 'healthy';
  chooseScenario('healthy');
});

// "View activity" on a token filters the log to it.
tokens.addEventListener('operator-view-activity', (event) => {
  activity.tokenId = event.detail.tokenId;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  activity.scrollIntoView({ behavior: still ? 'instant' : 'smooth', block: 'start' });
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
  if (!controls.traffic.checked || !fake.tokens.length) return;
  fake.clock.set(Date.now());
  fake.addLogEntries(1 + (Date.now() % 3));
}, 3000);
