/**
 * A fault-matrix cell's bench: the fake Operator API behind a hostile network layer, a client with
 * short timeouts and immediate retries, an element listened to from before it connects, and what
 * the element told its user (messages, revealed secrets) and its host (events).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/access-log/index.js';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import type { OperatorClient } from '../../src/client/client.js';
import type { OperatorClientOptions } from '../../src/client/transport.js';
import type { ApiToken } from '../../src/client/types.js';
import type { FakeOperatorApi, FakeOperatorApiOptions, FakeRoute } from '../../src/mocks/index.js';
import '../../src/token-manager/index.js';
import type { OperatorTokenManager } from '../../src/token-manager/index.js';
import { setupFake } from '../helpers/fake.js';
import { deepQuerySelectorAll, queryAllByShadowRole } from 'shadow-dom-testing-library';
import { deepText } from '../helpers/text.js';

/**
 * Short enough that a timeout costs little, long enough that an answer of the in-process fake
 * never meets it on a saturated machine. One automatic retry, at once (429s included).
 */
export const MATRIX_CLIENT = {
  timeout: 500,
  retry: { limit: 1, delay: () => 0, maxRetryAfter: 0, jitter: false },
} satisfies Partial<OperatorClientOptions>;

/** Hostile answers the fake's own faults cannot give, in front of the fake. */
export interface Hostile {
  /** Answers a success of this route with the first half of its body: the work was done. */
  truncate?: FakeRoute;
  /** Takes `Retry-After` off every 429. */
  hideRetryAfter?: boolean;
}

/** Which fake route a request is for. */
export function routeOf(request: { method: string; url: string }): FakeRoute | undefined {
  const path = new URL(request.url).pathname.replace(/^.*?\/v1\//, '');
  const { method } = request;
  if (path === 'tokens') return method === 'POST' ? 'tokens.create' : 'tokens.list';
  if (/^tokens\/[^/]+\/rotate$/.test(path)) return 'tokens.rotate';
  if (/^tokens\/[^/]+$/.test(path)) return method === 'DELETE' ? 'tokens.revoke' : 'tokens.get';
  if (path === 'scopes') return 'scopes.list';
  if (path === 'access-logs') return 'accessLogs.list';
  if (path === 'access-logs/stats') return 'accessLogs.stats';
  return undefined;
}

export interface ReportedError {
  operation: string;
  name: string;
  message: string;
}

export class Bench {
  readonly fake: FakeOperatorApi;
  readonly client: OperatorClient;
  hostile: Hostile = {};
  /** `operator-error` events, in order. */
  readonly errors: ReportedError[] = [];
  /** `operator-unauthorized` events' operations, in order. */
  readonly unauthorized: string[] = [];
  /** Every secret a reveal dialog showed. */
  readonly revealed: string[] = [];
  readonly #initialIds: Set<string>;

  constructor(fakeOptions: FakeOperatorApiOptions) {
    const { fake, client } = setupFake(fakeOptions, {
      ...MATRIX_CLIENT,
      fetch: (input, init) => this.#fetch(new Request(input, init)),
    });
    this.fake = fake;
    this.client = client;
    this.#initialIds = new Set(fake.tokens.map((token) => token.id));
  }

  async #fetch(request: Request): Promise<Response> {
    const route = routeOf(request);
    const response = await this.fake.fetch(request);
    if (this.hostile.truncate && route === this.hostile.truncate && response.ok) {
      const text = await response.text();
      const headers = new Headers(response.headers);
      headers.delete('Content-Length');
      return new Response(text.slice(0, Math.ceil(text.length / 2)), {
        status: response.status,
        headers,
      });
    }
    if (this.hostile.hideRetryAfter && response.status === 429) {
      const headers = new Headers(response.headers);
      headers.delete('Retry-After');
      return new Response(response.body, { status: 429, headers });
    }
    return response;
  }

  /** Ends every fault: the network and the fake behave again. */
  clear(): void {
    this.fake.clearFaults();
    this.hostile = {};
  }

  /** Listens to what an element tells its host. */
  listen(el: HTMLElement): void {
    el.addEventListener('operator-error', (event) => {
      const { operation, error } = event.detail;
      this.errors.push({ operation, name: String(error?.name), message: String(error?.message) });
    });
    el.addEventListener('operator-unauthorized', (event) =>
      this.unauthorized.push(event.detail.operation),
    );
  }

  /** The tokens the fake holds that it did not hold when the bench was set up. */
  get minted(): ApiToken[] {
    return this.fake.tokens.filter((token) => !this.#initialIds.has(token.id));
  }

  /** The requests of a route that reached the fake. */
  requests(route: FakeRoute): number {
    return this.fake.requests.filter((request) => routeOf(request) === route).length;
  }

  /** A token that can be rotated and revoked. */
  get workingToken(): ApiToken {
    const token = this.fake.tokens.find((t) => t.status === 'active' && !t.replaced_by);
    if (!token) throw new Error('the fake holds no active token');
    return token;
  }
}

/** A token manager on the bench, listened to before it connects; its list loaded if `wait`. */
export async function mountTokenManager(bench: Bench, { wait = true } = {}) {
  const el = document.createElement('operator-token-manager') as OperatorTokenManager;
  bench.listen(el);
  el.client = bench.client;
  await fixture(html`${el}`);
  if (wait)
    await waitUntil(() => queryAllByShadowRole(el, 'table').length === 1, 'the list did not load');
  return el;
}

/** An access log on the bench over the last 30 days, listened to before it connects. */
export async function mountAccessLog(bench: Bench, attributes: Record<string, string> = {}) {
  const el = document.createElement('operator-access-log') as OperatorAccessLog;
  bench.listen(el);
  el.setAttribute('range', '30d');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.client = bench.client;
  await fixture(html`${el}`);
  return el;
}

/** Elements below `el` (shadow roots included) that match `selector`. */
export function deepQuery(el: HTMLElement, selector: string): HTMLElement[] {
  return deepQuerySelectorAll(el, selector);
}

/**
 * What the element says: the text of its alerts and status regions, and of the parts named (status
 * lines that have no role of their own), joined by ` | `.
 */
export function said(el: HTMLElement, parts: readonly string[] = []): string {
  const nodes = new Set<Element>([
    ...queryAllByShadowRole(el, 'alert'),
    ...queryAllByShadowRole(el, 'status'),
    ...parts.flatMap((part) => deepQuery(el, `[part~=${part}]`)),
  ]);
  return [...nodes]
    .map((node) => deepText(node))
    .filter(Boolean)
    .join(' | ');
}

/** What no message for a person may contain: a placeholder, a stack, an exception, markup. */
export const RAW =
  /\bundefined\b|\bNaN\b|\[object \w+\]|Invalid time value|Invalid Date|\b\w*Error: |^\s*at \S|<\/?html|\{"/m;

/** Waits until the element says something matching `expected`, then checks it reads as a sentence. */
export async function expectMessage(
  el: HTMLElement,
  expected: RegExp,
  parts: readonly string[] = [],
  timeout = 8000,
): Promise<string> {
  try {
    await waitUntil(() => expected.test(said(el, parts)), undefined, { timeout });
  } catch {
    throw new Error(
      `no message matching ${expected} within ${timeout} ms; the element says: "${said(el, parts) || '(nothing)'}"; its text: "${deepText(el).slice(0, 300)}"`,
    );
  }
  const text = said(el, parts);
  expect(text, 'the message').not.to.match(RAW);
  // "Press “Create token” again": the button it names is there to press.
  for (const [, name] of text.matchAll(/Press “([^”]+)”/g)) {
    expect(
      queryAllByShadowRole(el, 'button', { name }),
      `the message says to press “${name}”: "${text}"`,
    ).to.have.length(1);
  }
  return text;
}

/** Wraps a step, so that a failure names the step it happened in. */
export async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    failure.message = `${name}: ${failure.message}`;
    throw failure;
  }
}

/** Whether the list flags a token as needing attention (its secret may not have reached anyone). */
export function flagged(el: HTMLElement, token: ApiToken): boolean {
  const row = deepQuery(el, '[part~=prefix]')
    .find((code) => code.textContent?.trim() === `${token.prefix}…`)
    ?.closest('tr');
  return (
    !!row &&
    (deepQuery(row, '[part~=attention]').length > 0 || /secret may be lost/i.test(deepText(row)))
  );
}
