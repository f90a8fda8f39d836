/**
 * The end-to-end tests' page: both elements in a provider whose client calls the partner backend
 * on another origin (its proxy in front of the fake Operator API over HTTP), with the session
 * cookie. web-test-runner.e2e.config.js starts the servers and says where they are.
 */
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import { rows } from '../helpers/access-log.js';
import { until } from '../helpers/wait.js';
import { createOperatorClient, type ApiToken } from '../../src/client/index.js';
import '../../src/index.js';
import type { OperatorProvider } from '../../src/provider/index.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import { findByShadowRole } from 'shadow-dom-testing-library';
import { openGenerateForm } from '../helpers/token-manager.js';

// Every test's dashboard has the log, whose virtualizer's ResizeObserver loop notice is benign, as
// the log's own tests say.
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

interface Servers {
  /** This page's origin, which the backend lets write and answers CORS for. */
  page: string;
  /** The partner backend: its session routes and the proxy at /operator-proxy/v1. */
  backend: string;
}

let started: Promise<Servers> | undefined;

/** Where the servers of this run are (the config's `e2e-servers` command). */
export function servers(): Promise<Servers> {
  started ??= executeServerCommand<Servers | undefined, undefined>('e2e-servers').then((found) => {
    if (!found) throw new Error('No e2e servers: run with web-test-runner.e2e.config.js.');
    expect(location.origin, 'the page is where the backend expects it').to.equal(found.page);
    return found;
  });
  return started;
}

/** A request to the backend's own routes, with the session cookie; its JSON answer. */
export async function call<T = unknown>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${(await servers()).backend}${path}`, {
    credentials: 'include',
    ...init,
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** What the backend's session routes answer. */
interface Me {
  user: { name: string; role: 'admin' | 'viewer' } | null;
  verifiedAt: string | null;
}

/** Signs in to the backend as `admin` (may write) or `viewer` (read-only): a session cookie. */
export const signIn = (user: 'admin' | 'viewer') =>
  call<Me>('/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user }),
  });

/** Makes the session's verification too old for writes (an E2E=1 route of the backend). */
export const staleVerification = () => call<Me>('/e2e/stale-verification', { method: 'POST' });

/** A preflight the backend answered: the method and headers asked for, the path and status. */
export interface Preflight {
  method: string | null;
  path: string;
  headers: string | null;
  status: number;
}

/** The preflights the backend has answered in this run, every test file's. */
export const preflights = () => call<Preflight[]>('/e2e/preflights');

/** A client of the backend's proxy, as a host page on another origin makes it. */
export async function proxyClient() {
  const { backend } = await servers();
  return createOperatorClient({ baseUrl: `${backend}/operator-proxy/v1`, credentials: 'include' });
}

/** The tokens named `name`, through the proxy (every page of them). */
export async function tokensNamed(name: string): Promise<ApiToken[]> {
  const found: ApiToken[] = [];
  for await (const token of (await proxyClient()).tokens.iterate())
    if (token.name === name) found.push(token);
  return found;
}

/** A token name no other test of this run uses (the fake's store is the run's). */
export const uniqueName = (what: string) =>
  `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * The dashboard: a provider with the proxy's client around both elements, the token manager's list
 * loaded. "View activity" on a token filters the log to it and scrolls to it, as the dev:server
 * demo does.
 */
export async function dashboard({ range = '7d' } = {}) {
  const client = await proxyClient();
  const provider = await fixture<OperatorProvider>(
    html`<operator-provider .client=${client}>
      <operator-token-manager></operator-token-manager>
      <operator-access-log range=${range}></operator-access-log>
    </operator-provider>`,
  );
  const tokens = provider.querySelector<OperatorTokenManager>('operator-token-manager')!;
  const log = provider.querySelector<OperatorAccessLog>('operator-access-log')!;
  tokens.addEventListener('operator-view-activity', (event) => {
    log.tokenId = event.detail.tokenId;
    log.scrollIntoView();
  });
  await until(
    () => tokens.shadowRoot!.querySelector('table, [part~=empty], [part~=error]'),
    'the token list did not load',
  );
  return { client, provider, tokens, log };
}

/**
 * Scrolls to the log's table, as a user does to read it, until it shows rows that pass `check`:
 * it draws only the rows in view, and the chart and filters above it may move it as they load.
 */
export async function readLog(
  log: OperatorAccessLog,
  check: (shown: HTMLElement[]) => boolean = () => true,
  what = 'rows',
) {
  await until(() => {
    log.shadowRoot!.querySelector('[part=body]')?.scrollIntoView({ block: 'nearest' });
    const shown = rows(log);
    return shown.length > 0 && check(shown);
  }, `the log shows no ${what}`);
  return rows(log);
}

/** "Generate token" clicked, `name` typed once the scopes came over the network: the form. */
export async function generateForm(tokens: OperatorTokenManager, name: string) {
  await openGenerateForm(tokens, name);
  return findByShadowRole<HTMLDialogElement>(tokens, 'dialog', { name: 'Generate an API token' });
}
