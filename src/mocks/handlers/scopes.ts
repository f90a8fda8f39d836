/** `/scopes`: the scopes a token can be limited to. */
import type { HttpHandler } from 'msw';
import type { Scope } from '../../client/types.js';
import { ok, route } from './route.js';
import type { FakeState } from './state.js';

export function scopeHandlers(state: FakeState): HttpHandler[] {
  return [
    route(state, 'scopes.list', 'get', '/scopes', () =>
      ok({ data: state.scopes.map((scope): Scope => ({ ...scope })) }),
    ),
  ];
}
