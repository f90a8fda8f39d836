/** `<operator-access-log>` on a fake API, its rows and the requests that reached the fake. */
import { fixture, html } from '@open-wc/testing';
import { queryAllByShadowRole } from 'shadow-dom-testing-library';
import '../../src/access-log/index.js';
import type { OperatorAccessLog, OperatorExportCompleteEvent } from '../../src/access-log/index.js';
import type { OperatorClientOptions } from '../../src/client/transport.js';
import type { FakeOperatorApi, FakeOperatorApiOptions } from '../../src/mocks/index.js';
import { setupFake } from './fake.js';
import { until } from './wait.js';

export interface MountAccessLogOptions {
  fakeOptions?: FakeOperatorApiOptions;
  clientOptions?: Partial<OperatorClientOptions>;
  /** Faults in place before the element connects (its first requests meet them). */
  faults?: Parameters<FakeOperatorApi['fault']>[];
  /** Attributes set before the element connects (`true`: present, empty). */
  attributes?:
    | Record<string, string | boolean>
    | ((setup: ReturnType<typeof setupFake>) => Promise<Record<string, string | boolean>>);
}

/** An `<operator-access-log>` on a fake API, connected and rendered once. */
export async function mountAccessLog(options: MountAccessLogOptions = {}) {
  const setup = setupFake(options.fakeOptions, options.clientOptions);
  const { fake, client } = setup;
  for (const fault of options.faults ?? []) fake.fault(...fault);
  const el = document.createElement('operator-access-log');
  const attributes =
    typeof options.attributes === 'function' ? await options.attributes(setup) : options.attributes;
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  el.client = client;
  // `fixture` then waits for the element's update rather than for an animation frame.
  return { fake, client, el: await fixture<OperatorAccessLog>(html`${el}`) };
}

/**
 * A log in a 30-day range whose client notes the URL of every request that gets aborted, in
 * front of the fake.
 */
export async function mountAccessLogRecordingAborts() {
  const aborted: string[] = [];
  let send: typeof fetch = () => Promise.reject(new Error('not ready'));
  const mounted = await mountAccessLog({
    attributes: async ({ fake }) => {
      send = fake.fetch;
      return { range: '30d' };
    },
    clientOptions: {
      fetch: (input, init) => {
        const request = new Request(input, init);
        request.signal.addEventListener('abort', () => aborted.push(request.url));
        return send(request);
      },
    },
  });
  return { ...mounted, aborted };
}

/** The entries' rows in the DOM, newest first (the header row and details rows left out). */
export function rows(el: OperatorAccessLog): HTMLElement[] {
  const [table] = queryAllByShadowRole(el, 'table', { name: 'Access log' });
  if (!table) return [];
  return queryAllByShadowRole(table, 'row').filter(
    (row) => row.getAttribute('aria-rowindex') !== '1' && !row.classList.contains('details'),
  );
}

/** The text of each cell of a row. */
export function cells(row: HTMLElement): string[] {
  return queryAllByShadowRole(row, 'cell').map((cell) =>
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
  await until(() => rows(el).length >= min, `expected at least ${min} rows`);
  return rows(el);
}

/** The `/access-logs` list requests that reached the fake, as URLs. */
export function listRequests(fake: { requests: ReadonlyArray<{ url: string }> }): URL[] {
  return fake.requests
    .map((r) => new URL(r.url))
    .filter((url) => url.pathname.endsWith('/access-logs'));
}

/** The `/access-logs/stats` requests that reached the fake, as URLs. */
export function statsRequests(fake: { requests: ReadonlyArray<{ url: string }> }): URL[] {
  return fake.requests
    .map((r) => new URL(r.url))
    .filter((url) => url.pathname.endsWith('/access-logs/stats'));
}

/** The scrolling row group of the table. */
export function scroller(el: OperatorAccessLog): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part=body]')!;
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
