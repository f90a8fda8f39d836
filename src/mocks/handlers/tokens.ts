/** `/tokens`: list, create, get, rotate and revoke API tokens. */
import type { HttpHandler } from 'msw';
import {
  DEFAULT_GRACE_SECONDS,
  MAX_GRACE_SECONDS,
  MAX_NAME_LENGTH,
} from '../../client/contract.js';
import type { CreatedToken, RotatedToken, TokenStatus } from '../../client/types.js';
import { badRequest, unprocessable } from '../errors.js';
import {
  parseLimit,
  parseTimestamp,
  query,
  rejectUnknownFields,
  rejectUnknownQuery,
  type JsonObject,
} from '../params.js';
import type { NewToken } from '../store.js';
import { actorOf } from './actor.js';
import { idempotent, ok, route } from './route.js';
import type { FakeState } from '../state.js';

const STATUSES: readonly TokenStatus[] = ['active', 'expired', 'revoked'];
export const DEFAULT_TOKEN_NAME = 'Untitled token';

export function tokenHandlers(state: FakeState): HttpHandler[] {
  return [
    route(state, 'tokens.list', 'get', '/tokens', ({ url }) => {
      rejectUnknownQuery(url, ['status', 'limit', 'cursor']);
      const status = query(url, 'status');
      if (status !== undefined && !STATUSES.includes(status as TokenStatus)) {
        throw badRequest(`status must be one of ${STATUSES.join(', ')}.`, 'status');
      }
      const limit = parseLimit(url);
      const cursor = query(url, 'cursor');
      return ok(state.tokens.list({ status: status as TokenStatus | undefined, limit, cursor }));
    }),

    route(
      state,
      'tokens.create',
      'post',
      '/tokens',
      idempotent(state, ({ body, request }) => {
        const actor = actorOf(state, request);
        const { record, secret } = state.tokens.create(newToken(state, body), actor);
        const created: CreatedToken = { token: state.tokens.toApiToken(record), secret };
        return ok(created, 201);
      }),
      { write: true },
    ),

    route(state, 'tokens.get', 'get', '/tokens/:id', ({ params }) =>
      ok(state.tokens.toApiToken(state.tokens.record(params.id))),
    ),

    route(
      state,
      'tokens.rotate',
      'post',
      '/tokens/:id/rotate',
      idempotent(state, ({ body, params, request }) => {
        // 404 before validating the body: there is nothing to rotate.
        state.tokens.record(params.id);
        const grace = gracePeriod(body);
        const rotated = state.tokens.rotate(params.id, grace, actorOf(state, request));
        const reply: RotatedToken = {
          token: state.tokens.toApiToken(rotated.record),
          secret: rotated.secret,
          previous: state.tokens.toApiToken(rotated.previous),
        };
        return ok(reply, 201);
      }),
      { write: true },
    ),

    route(
      state,
      'tokens.revoke',
      'delete',
      '/tokens/:id',
      ({ params }) => ok(state.tokens.toApiToken(state.tokens.revoke(params.id))),
      { write: true },
    ),
  ];
}

/**
 * Validates a create body. A wrong JSON type or an unknown field is a 400 (the contract's
 * "malformed"); a well-typed value the API will not accept is a 422. Both name the field.
 */
function newToken(state: FakeState, body: JsonObject): NewToken {
  rejectUnknownFields(body, ['name', 'scopes', 'expires_at']);
  return {
    name: tokenName(body.name),
    scopes: tokenScopes(state, body.scopes),
    expiresAt: expiry(state, body.expires_at),
  };
}

function tokenName(value: unknown): string {
  if (value === undefined || value === null) return DEFAULT_TOKEN_NAME;
  if (typeof value !== 'string') throw badRequest('name must be a string.', 'name');
  const name = value.trim();
  if (name === '') return DEFAULT_TOKEN_NAME;
  if ([...name].length > MAX_NAME_LENGTH) {
    throw unprocessable(`name must be at most ${MAX_NAME_LENGTH} characters.`, 'name');
  }
  return name;
}

function tokenScopes(state: FakeState, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((scope) => typeof scope === 'string')) {
    throw badRequest('scopes must be an array of scope ids.', 'scopes');
  }
  const scopes = [...new Set(value as string[])];
  if (scopes.length > 0 && state.scopes.length === 0) {
    throw unprocessable(
      "This account's plan has no scoped tokens; leave scopes empty for full access.",
      'scopes',
    );
  }
  const known = state.scopes.map((scope) => scope.id);
  const unknown = scopes.find((scope) => !known.includes(scope));
  if (unknown !== undefined) {
    throw unprocessable(`Unknown scope ${unknown}; the scopes are ${known.join(', ')}.`, 'scopes');
  }
  return scopes;
}

function expiry(state: FakeState, value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    throw badRequest('expires_at must be an ISO 8601 string or null.', 'expires_at');
  }
  const expiresAt = parseTimestamp(value);
  if (expiresAt === undefined) {
    throw unprocessable(
      'expires_at must be an ISO 8601 date-time, e.g. 2026-01-31T00:00:00Z.',
      'expires_at',
    );
  }
  if (expiresAt <= state.clock.now()) {
    throw unprocessable('expires_at must be in the future.', 'expires_at');
  }
  return expiresAt;
}

function gracePeriod(body: JsonObject): number {
  rejectUnknownFields(body, ['grace_period_seconds']);
  const value = body.grace_period_seconds;
  if (value === undefined || value === null) return DEFAULT_GRACE_SECONDS;
  if (typeof value !== 'number') {
    throw badRequest('grace_period_seconds must be a number of seconds.', 'grace_period_seconds');
  }
  if (!Number.isInteger(value) || value < 0 || value > MAX_GRACE_SECONDS) {
    throw unprocessable(
      `grace_period_seconds must be a whole number from 0 to ${MAX_GRACE_SECONDS} (7 days).`,
      'grace_period_seconds',
    );
  }
  return value;
}
