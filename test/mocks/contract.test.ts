/**
 * Every operation of the fake, in success and in each documented error, checked against the
 * OpenAPI document with `contractErrors`.
 */
import { expect } from '@open-wc/testing';
import {
  FAKE_READONLY_CREDENTIAL,
  type FakeOperatorApi,
  type FakeOperatorApiOptions,
} from '../../src/mocks/index.js';
import { contract, contractErrors } from '../helpers/contract.js';
import { DAY } from '../../src/client/time.js';
import { NOW, call, createFake, type CallOptions } from './support.js';

interface Case {
  operationId: string;
  status: number;
  /** What the request is, for the test title. */
  what: string;
  /** `'METHOD path'`, the path possibly built from the fake's data. */
  request: string | ((fake: FakeOperatorApi) => string);
  options?: CallOptions;
  fakeOptions?: FakeOperatorApiOptions;
  /** Prepares the fake (e.g. adds a fault) before the request. */
  setUp?: (fake: FakeOperatorApi) => unknown;
}

const when = (
  operationId: string,
  status: number,
  what: string,
  request: Case['request'],
  extra: Pick<Case, 'options' | 'fakeOptions' | 'setUp'> = {},
): Case => ({ operationId, status, what, request, ...extra });

const MISSING = 'tok_0000000000000000';
const active = (fake: FakeOperatorApi) =>
  fake.tokens.find((token) => token.status === 'active' && token.replaced_by === null)!.id;
const revoked = (fake: FakeOperatorApi) =>
  fake.tokens.find((token) => token.status === 'revoked')!.id;
const noCredential: CallOptions = { credential: null };
const readOnly: CallOptions = { credential: FAKE_READONLY_CREDENTIAL };
const faulty = (status: number) => (fake: FakeOperatorApi) => fake.fault('*', { status });
/** Uses the key `reused` once, for a create. */
const keyUsed = (fake: FakeOperatorApi) =>
  call(fake, 'POST', '/tokens', { body: { name: 'first' }, key: 'reused' });

/** The documented statuses of each operation, each reached for real where the fake can. */
const cases: Case[] = [
  when('listTokens', 200, 'a page', 'GET /tokens?limit=3'),
  when('listTokens', 200, 'an empty account', 'GET /tokens', { fakeOptions: { tokens: 0 } }),
  when('listTokens', 400, 'a bad limit', 'GET /tokens?limit=0'),
  when('listTokens', 401, 'no credential', 'GET /tokens', { options: noCredential }),
  when('listTokens', 429, 'a rate limit', 'GET /tokens', { setUp: faulty(429) }),
  when('listTokens', 503, 'an outage', 'GET /tokens', { setUp: faulty(503) }),

  when('createToken', 201, 'a full body', 'POST /tokens', {
    options: {
      body: { name: 'x', scopes: ['admin'], expires_at: new Date(NOW + DAY).toISOString() },
    },
  }),
  when('createToken', 201, 'an empty body', 'POST /tokens', { options: { body: {} } }),
  when('createToken', 400, 'a body that is not JSON', 'POST /tokens', { options: { body: '{' } }),
  when('createToken', 400, 'no Idempotency-Key', 'POST /tokens', { options: { key: null } }),
  when('createToken', 400, 'an Operator-Actor without a name', 'POST /tokens', {
    options: { body: {}, headers: { 'Operator-Actor': 'id=usr_1' } },
  }),
  when('createToken', 201, 'an Operator-Actor', 'POST /tokens', {
    options: { body: {}, headers: { 'Operator-Actor': 'id=usr_1; name=Zo%C3%AB' } },
  }),
  when('createToken', 401, 'no credential', 'POST /tokens', { options: noCredential }),
  when('createToken', 403, 'a read-only credential', 'POST /tokens', { options: readOnly }),
  when('createToken', 409, 'a reused key', 'POST /tokens', {
    options: { body: { name: 'second' }, key: 'reused' },
    setUp: keyUsed,
  }),
  when('createToken', 422, 'an unknown scope', 'POST /tokens', {
    options: { body: { scopes: ['x'] } },
  }),
  when('createToken', 429, 'a rate limit', 'POST /tokens', { setUp: faulty(429) }),
  when('createToken', 500, 'a failure', 'POST /tokens', { setUp: faulty(500) }),

  when('getToken', 200, 'an active token', (fake) => `GET /tokens/${active(fake)}`),
  when('getToken', 200, 'a revoked token', (fake) => `GET /tokens/${revoked(fake)}`),
  when('getToken', 401, 'no credential', `GET /tokens/${MISSING}`, { options: noCredential }),
  when('getToken', 404, 'an unknown id', `GET /tokens/${MISSING}`),
  when('getToken', 429, 'a rate limit', `GET /tokens/${MISSING}`, { setUp: faulty(429) }),
  when('getToken', 502, 'a bad gateway', `GET /tokens/${MISSING}`, { setUp: faulty(502) }),

  when('rotateToken', 201, 'the default grace', (fake) => `POST /tokens/${active(fake)}/rotate`),
  when('rotateToken', 201, 'no grace', (fake) => `POST /tokens/${active(fake)}/rotate`, {
    options: { body: { grace_period_seconds: 0 } },
  }),
  when(
    'rotateToken',
    400,
    'a body that is not JSON',
    (fake) => `POST /tokens/${active(fake)}/rotate`,
    {
      options: { body: 'grace' },
    },
  ),
  when('rotateToken', 201, 'an Operator-Actor', (fake) => `POST /tokens/${active(fake)}/rotate`, {
    options: { body: {}, headers: { 'Operator-Actor': 'id=usr_1; name=Zo%C3%AB' } },
  }),
  when('rotateToken', 401, 'no credential', `POST /tokens/${MISSING}/rotate`, {
    options: noCredential,
  }),
  when(
    'rotateToken',
    403,
    'a read-only credential',
    (fake) => `POST /tokens/${active(fake)}/rotate`,
    {
      options: readOnly,
    },
  ),
  when('rotateToken', 404, 'an unknown id', `POST /tokens/${MISSING}/rotate`),
  when('rotateToken', 409, 'a reused key', (fake) => `POST /tokens/${active(fake)}/rotate`, {
    options: { body: {}, key: 'reused' },
    setUp: keyUsed,
  }),
  when('rotateToken', 422, 'a revoked token', (fake) => `POST /tokens/${revoked(fake)}/rotate`),
  when('rotateToken', 422, 'a long grace', (fake) => `POST /tokens/${active(fake)}/rotate`, {
    options: { body: { grace_period_seconds: 604_801 } },
  }),
  when('rotateToken', 429, 'a rate limit', `POST /tokens/${MISSING}/rotate`, {
    setUp: faulty(429),
  }),
  when('rotateToken', 503, 'an outage', `POST /tokens/${MISSING}/rotate`, { setUp: faulty(503) }),

  when('revokeToken', 200, 'an active token', (fake) => `DELETE /tokens/${active(fake)}`),
  when('revokeToken', 200, 'a revoked token', (fake) => `DELETE /tokens/${revoked(fake)}`),
  when('revokeToken', 401, 'no credential', `DELETE /tokens/${MISSING}`, { options: noCredential }),
  when('revokeToken', 403, 'a read-only credential', (fake) => `DELETE /tokens/${active(fake)}`, {
    options: readOnly,
  }),
  when('revokeToken', 404, 'an unknown id', `DELETE /tokens/${MISSING}`),
  when('revokeToken', 429, 'a rate limit', `DELETE /tokens/${MISSING}`, { setUp: faulty(429) }),
  when('revokeToken', 500, 'a failure', `DELETE /tokens/${MISSING}`, { setUp: faulty(500) }),

  when('listScopes', 200, 'the scopes', 'GET /scopes'),
  when('listScopes', 200, 'a plan without scopes', 'GET /scopes', { fakeOptions: { scopes: [] } }),
  when('listScopes', 401, 'no credential', 'GET /scopes', { options: noCredential }),
  when('listScopes', 429, 'a rate limit', 'GET /scopes', { setUp: faulty(429) }),
  when('listScopes', 503, 'an outage', 'GET /scopes', { setUp: faulty(503) }),

  when('listAccessLogs', 200, 'a page', 'GET /access-logs?limit=100'),
  when('listAccessLogs', 200, 'a filtered page', 'GET /access-logs?status=4xx&method=post&q=conv'),
  when('listAccessLogs', 400, 'a bad status filter', 'GET /access-logs?status=3xx'),
  when('listAccessLogs', 401, 'no credential', 'GET /access-logs', { options: noCredential }),
  when('listAccessLogs', 429, 'a rate limit', 'GET /access-logs', { setUp: faulty(429) }),
  when('listAccessLogs', 500, 'a failure', 'GET /access-logs', { setUp: faulty(500) }),

  when('getAccessLogStats', 200, 'hourly counts', 'GET /access-logs/stats'),
  when('getAccessLogStats', 200, 'daily counts of a token', (fake) => {
    return `GET /access-logs/stats?bucket=day&token_id=${active(fake)}`;
  }),
  when(
    'getAccessLogStats',
    400,
    'too many buckets',
    'GET /access-logs/stats?bucket=minute&since=2026-01-01',
  ),
  when('getAccessLogStats', 401, 'no credential', 'GET /access-logs/stats', {
    options: noCredential,
  }),
  when('getAccessLogStats', 429, 'a rate limit', 'GET /access-logs/stats', { setUp: faulty(429) }),
  when('getAccessLogStats', 503, 'an outage', 'GET /access-logs/stats', { setUp: faulty(503) }),
];

describe('fake Operator API: contract', () => {
  for (const test of cases) {
    it(`${test.operationId} ${test.status} (${test.what}) matches contract/openapi.json`, async () => {
      const fake = createFake(test.fakeOptions);
      await test.setUp?.(fake);
      const line = typeof test.request === 'string' ? test.request : test.request(fake);
      const [method = '', path = ''] = line.split(' ');
      const reply = await call(fake, method, path, test.options);
      expect(reply.status).to.equal(test.status);
      expect(contractErrors(test.operationId, reply.status, reply.body)).to.deep.equal([]);
      if (reply.status === 429) expect(reply.headers.get('Retry-After')).to.match(/^\d+$/);
    });
  }

  it('covers every operation and every status the document lists for it', () => {
    const covered = new Set(cases.map((test) => `${test.operationId} ${test.status}`));
    const ranges = new Set(
      cases.map((test) => `${test.operationId} ${Math.floor(test.status / 100)}XX`),
    );
    const paths = contract.paths as Record<
      string,
      Record<string, { operationId?: string; responses?: object }>
    >;
    for (const item of Object.values(paths)) {
      for (const operation of Object.values(item)) {
        if (!operation.operationId) continue;
        for (const status of Object.keys(operation.responses ?? {})) {
          const key = `${operation.operationId} ${status}`;
          expect(covered.has(key) || ranges.has(key), key).to.be.true;
        }
      }
    }
  });
});
