// The fake Operator API and the proxy, each on its own port over real HTTP (@hono/node-server),
// driven with real `fetch` from the tests. Every response through `call` is checked: no
// credential in its body or headers, `Cache-Control: no-store`, and an error in Operator's shape.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createFakeOperatorApi, FAKE_CREDENTIAL } from '@operator-ai/admin-widget/mocks';
import { createOperatorProxy } from '@operator-ai/admin-widget/server';

export const contract = JSON.parse(
  readFileSync(new URL('../../contract/openapi.json', import.meta.url), 'utf8'),
);
export const BASE_PATH = '/operator-proxy/v1';
export const ORIGIN = 'https://dashboard.example.com';
export const ADMIN = { id: 'usr_admin1', name: 'Zoë Ærøskøbing' };

/** Serves `fetch` on a free port of 127.0.0.1; resolves its origin and a `close()`. */
export function listen(fetch) {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({
        origin: `http://127.0.0.1:${info.port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
    // A stalled upstream's sockets must not keep `close()` waiting.
    server.closeIdleConnections?.();
  });
}

/** The fake Operator API on its own port. */
export async function startFake(options = {}) {
  let fake;
  const server = await listen((request) => fake.fetch(request));
  fake = createFakeOperatorApi({
    seed: 4,
    logEntries: 200,
    ...options,
    baseUrl: `${server.origin}/v1`,
  });
  return { fake, url: `${server.origin}/v1`, close: server.close };
}

/**
 * The proxy on its own port, in front of `upstream`. `session` is what `authorize` returns; tests
 * change it between requests. `audits` collects the audit events.
 */
export async function startProxy(upstream, overrides = {}) {
  const session = { actor: ADMIN, access: 'write', verifiedAt: new Date() };
  const audits = [];
  const handler = createOperatorProxy({
    credential: FAKE_CREDENTIAL,
    upstream,
    basePath: BASE_PATH,
    allowedOrigins: [ORIGIN],
    authorize: async () => ({ ...session }),
    audit: (event) => {
      audits.push(event);
    },
    ...overrides,
  });
  const server = await listen(handler);
  return {
    session,
    audits,
    handler,
    base: `${server.origin}${BASE_PATH}`,
    origin: server.origin,
    close: server.close,
  };
}

/** Headers a same-origin page's `fetch` sends on a write. */
export const SAME_ORIGIN = { Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' };

/** A request through the proxy, with the checks every response must pass; resolves `{ response, body }`. */
export async function call(url, init = {}) {
  return checked(await fetch(url, init));
}

/** Reads a response of the proxy, with the checks every response must pass; resolves `{ response, body }`. */
export async function checked(response) {
  const text = await response.text();
  checkResponse(response, text);
  return { response, body: text === '' ? undefined : JSON.parse(text) };
}

export function checkResponse(response, text) {
  assert.ok(!text.includes(FAKE_CREDENTIAL), 'the credential is in a response body');
  for (const [name, value] of response.headers) {
    assert.ok(!value.includes(FAKE_CREDENTIAL), `the credential is in the ${name} header`);
  }
  assert.equal(response.headers.get('cache-control'), 'no-store');
  if (response.status >= 400) assertErrorShape(response.status, JSON.parse(text));
}

/** A body in the contract's `Error` shape, with its own keys only. */
export function assertErrorShape(status, body) {
  const schema = contract.components.schemas.Error.properties.error;
  assert.deepEqual(Object.keys(body), ['error']);
  assert.equal(body.error.code, status);
  assert.equal(typeof body.error.message, 'string');
  for (const key of Object.keys(body.error)) assert.ok(key in schema.properties, `error.${key}`);
  for (const key of schema.required) assert.ok(key in body.error, `error.${key} is missing`);
  if (body.error.reason !== undefined)
    assert.ok(schema.properties.reason.enum.includes(body.error.reason));
}

/**
 * A request with a raw request-target, as a hostile client sends it: `fetch` would normalize the
 * path first. Resolves `{ status, headers, body }`.
 */
export function raw(origin, method, path, headers = {}) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, method, path, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, text }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}
