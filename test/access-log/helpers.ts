import type { OperatorExportCompleteEvent } from '../../src/access-log/index.js';
/** Helpers of the access-log tests: the element on a fake API, its rows and its requests. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/access-log/index.js';
import type { OperatorAccessLog } from '../../src/access-log/index.js';
import type { OperatorClientOptions } from '../../src/client/transport.js';
import type { FakeOperatorApi, FakeOperatorApiOptions } from '../../src/mocks/index.js';
import { setupFake } from '../helpers/fake.js';
import { queryAllByRole } from '../helpers/queries.js';

export interface LogFixtureOptions {
  fake?: FakeOperatorApiOptions;
  client?: Partial<OperatorClientOptions>;
  /** Faults in place before the element connects (its first requests meet them). */
  faults?: Parameters<FakeOperatorApi['fault']>[];
  /** Attributes set before the element connects (`true`: present, empty). */
  attributes?:
    | Record<string, string | boolean>
    | ((fake: ReturnType<typeof setupFake>) => Promise<Record<string, string | boolean>>);
}

/**
 * How long a wait may take before the test is called stuck: a guard against hanging, sized for a
 * busy 2-core machine like the role queries', never a measure of speed.
 */
export const HANG_GUARD = 10_000;

/** An `<operator-access-log>` on a fake API, connected and rendered once. */
export async function logFixture(options: LogFixtureOptions = {}) {
  const fake = setupFake(options.fake, options.client);
  const { api, client } = fake;
  for (const fault of options.faults ?? []) api.fault(...fault);
  const el = document.createElement('operator-access-log');
  const attributes =
    typeof options.attributes === 'function' ? await options.attributes(fake) : options.attributes;
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  el.client = client;
  // `fixture` then waits for the element's update rather than for an animation frame.
  return { api, client, el: await fixture<OperatorAccessLog>(html`${el}`) };
}

/**
 * A log in a 30-day range whose client notes the URL of every request that gets aborted, in
 * front of the fake.
 */
export async function logFixtureRecordingAborts() {
  const aborted: string[] = [];
  let fake: typeof fetch = () => Promise.reject(new Error('not ready'));
  const fixture = await logFixture({
    attributes: async ({ api }) => {
      fake = api.fetch;
      return { range: '30d' };
    },
    client: {
      fetch: (input, init) => {
        const request = new Request(input, init);
        request.signal.addEventListener('abort', () => aborted.push(request.url));
        return fake(request);
      },
    },
  });
  return { ...fixture, aborted };
}

/** The entries' rows in the DOM, newest first (the header row and details rows left out). */
export function rows(el: OperatorAccessLog): HTMLElement[] {
  const [table] = queryAllByRole(el, 'table', { name: 'Access log' });
  if (!table) return [];
  return queryAllByRole(table, 'row').filter(
    (row) => row.getAttribute('aria-rowindex') !== '1' && !row.classList.contains('details'),
  );
}

/** The text of each cell of a row. */
export function cells(row: HTMLElement): string[] {
  return queryAllByRole(row, 'cell').map((cell) =>
    (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** The id of the entry a row shows (its details button controls `details-<id>`). */
export function entryId(row: HTMLElement): string {
  return row.querySelector('button')!.getAttribute('aria-controls')!.replace('details-', '');
}

/**
 * Whether the virtualizer has measured and placed the rows it drew: each starts where the one
 * above ends. (Before measuring, it places rows by an estimated height.)
 */
export function laidOut(el: OperatorAccessLog): boolean {
  const boxes = [...el.shadowRoot!.querySelectorAll('.entry')]
    .map((entry) => entry.getBoundingClientRect())
    .sort((a, b) => a.top - b.top);
  return (
    boxes.length > 0 && boxes.every((box, i) => !i || Math.abs(box.top - boxes[i - 1]!.bottom) < 1)
  );
}

/** Waits until the table shows rows (the first page arrived and the virtualizer drew them). */
export async function waitForRows(el: OperatorAccessLog, min = 1) {
  await waitUntil(() => rows(el).length >= min, `expected at least ${min} rows`, {
    timeout: HANG_GUARD,
  });
  return rows(el);
}

/** The `/access-logs` list requests that reached the fake, as URLs. */
export function listRequests(api: { requests: ReadonlyArray<{ url: string }> }): URL[] {
  return api.requests
    .map((r) => new URL(r.url))
    .filter((url) => url.pathname.endsWith('/access-logs'));
}

/** The `/access-logs/stats` requests that reached the fake, as URLs. */
export function statsRequests(api: { requests: ReadonlyArray<{ url: string }> }): URL[] {
  return api.requests
    .map((r) => new URL(r.url))
    .filter((url) => url.pathname.endsWith('/access-logs/stats'));
}

/** Picks an option in a `<select>` as a user would: sets the value and fires `change`. */
export function choose(select: HTMLSelectElement, value: string) {
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The scrolling row group of the table. */
export function scroller(el: OperatorAccessLog): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part=body]')!;
}

/** `waitUntil` with room for a reload through the fake on a busy machine (10 s rather than 1 s). */
export function until(predicate: () => unknown, message?: string, timeout = HANG_GUARD) {
  return waitUntil(predicate, message, { timeout });
}

/** Catches the finished export and keeps the browser from downloading it. */
export function nextExport(el: HTMLElement) {
  return new Promise<OperatorExportCompleteEvent>((resolve) =>
    el.addEventListener(
      'operator-export-complete',
      (event) => {
        event.preventDefault();
        resolve(event);
      },
      { once: true },
    ),
  );
}
