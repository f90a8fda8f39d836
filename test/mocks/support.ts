/**
 * Drives the fake Operator API through `fake.fetch` with plain `Request`s, as any HTTP client would.
 */
import type { Page } from '../../src/client/types.js';
import {
  createFakeOperatorApi,
  FAKE_CREDENTIAL,
  type FakeOperatorApi,
  type FakeOperatorApiOptions,
} from '../../src/mocks/index.js';
import { NOW } from '../helpers/clock.js';
import { BASE_URL } from '../helpers/fake.js';

export { BASE_URL, NOW };

export function createFake(options: FakeOperatorApiOptions = {}): FakeOperatorApi {
  return createFakeOperatorApi({ now: NOW, ...options });
}

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  /** A JSON value, or a string sent as is. */
  body?: unknown;
  /** `null`: no Authorization header. */
  credential?: string | null;
  /** The Idempotency-Key of a POST: a fresh one unless given; `null` for none. */
  key?: string | null;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function request(method: string, path: string, options: CallOptions = {}): Request {
  const { credential = FAKE_CREDENTIAL, body, signal } = options;
  const headers = new Headers(options.headers);
  if (credential !== null) headers.set('Authorization', `Bearer ${credential}`);
  if (method === 'POST') {
    const key = options.key === undefined ? crypto.randomUUID() : options.key;
    if (key !== null) headers.set('Idempotency-Key', key);
  }
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  return new Request(`${BASE_URL}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    signal,
  });
}

/** Sends a request to the fake and reads its JSON body (the text when it is not JSON). */
export async function call<T = unknown>(
  fake: FakeOperatorApi,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Reply<T>> {
  const response = await fake.fetch(request(method, path, options));
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: body as T };
}

export const get = <T = unknown>(fake: FakeOperatorApi, path: string, options?: CallOptions) =>
  call<T>(fake, 'GET', path, options);

export const post = <T = unknown>(
  fake: FakeOperatorApi,
  path: string,
  body?: unknown,
  options?: CallOptions,
) => call<T>(fake, 'POST', path, { body, ...options });

export interface ErrorReply {
  error: { code: number; message: string; field?: string; request_id?: string };
}

/** Every item of a list, walking `next_cursor`; also returns the number of pages. */
export async function walk<T>(
  fake: FakeOperatorApi,
  path: string,
  params: Record<string, string | number> = {},
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const search: URLSearchParams = new URLSearchParams(stringify(params));
    if (cursor) search.set('cursor', cursor);
    const reply: Reply<Page<T>> = await get<Page<T>>(fake, `${path}?${search}`);
    if (reply.status !== 200) {
      throw new Error(`${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
    }
    items.push(...reply.body.data);
    cursor = reply.body.next_cursor;
    pages++;
  } while (cursor);
  return { items, pages };
}

const stringify = (params: Record<string, string | number>) =>
  Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
