/**
 * The fake's msw handlers, grouped by resource, then a catch-all: any other request under the
 * base URL is a 404 with the contract's error body, never a silent pass-through.
 */
import type { HttpHandler } from 'msw';
import { FakeApiError } from '../errors.js';
import { accessLogHandlers } from './access-logs.js';
import { route, type RouteResolver } from './route.js';
import { scopeHandlers } from './scopes.js';
import type { FakeState } from '../state.js';
import { tokenHandlers } from './tokens.js';

const noRoute: RouteResolver = ({ request, url }) => {
  throw new FakeApiError(404, `The Operator API has no route ${request.method} ${url.pathname}.`);
};

export function createHandlers(state: FakeState): HttpHandler[] {
  return [
    ...tokenHandlers(state),
    ...scopeHandlers(state),
    ...accessLogHandlers(state),
    route(state, null, 'all', '/*', noRoute),
    route(state, null, 'all', '', noRoute),
  ];
}
