/**
 * A `fetch` that answers from the fake's msw handlers in-process, through msw's `getResponse`:
 * no service worker, no interception of the page's own `fetch`. It behaves like the real one where
 * clients notice: a network error rejects with `TypeError('Failed to fetch')`, an abort rejects
 * with the signal's reason (an `AbortError`), and a request the fake cannot answer (outside its
 * base URL) rejects loudly instead of going to the network.
 */
import type { HttpHandler } from 'msw';
import { getResponse } from './msw.js';

export function createFakeFetch(handlers: readonly HttpHandler[], baseUrl: string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const base = resolveBase(baseUrl);
    if (!isUnder(request.url, base)) {
      throw new Error(
        `The fake Operator API answers only under ${base}; it got ${request.method} ${request.url}.`,
      );
    }
    request.signal.throwIfAborted();
    const response = await untilAborted(getResponse([...handlers], request), request.signal);
    if (!response) {
      throw new Error(`The fake Operator API has no handler for ${request.method} ${request.url}.`);
    }
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}

/** The base URL as an absolute URL: a relative one (`/api/v1`) is resolved against the page. */
export function resolveBase(baseUrl: string): string {
  const page = (globalThis as { location?: { href: string } }).location?.href;
  return new URL(baseUrl, page).href.replace(/\/+$/, '');
}

function isUnder(url: string, base: string): boolean {
  const [clean = ''] = url.split(/[?#]/);
  return clean === base || clean.startsWith(`${base}/`);
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
