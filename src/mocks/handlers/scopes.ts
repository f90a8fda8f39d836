/** `/scopes`: the scopes a token can be limited to, worded in the request's `Accept-Language`. */
import type { HttpHandler } from 'msw';
import { localizeScope, negotiateLanguage } from '../scopes.js';
import { route } from './route.js';
import type { FakeState } from '../state.js';

export function scopeHandlers(state: FakeState): HttpHandler[] {
  return [
    route(state, 'scopes.list', 'get', '/scopes', ({ request }) => {
      const language = negotiateLanguage(request.headers.get('Accept-Language'));
      return {
        status: 200,
        body: { data: state.scopes.map((scope) => localizeScope(scope, language)) },
        headers: { 'Content-Language': language, Vary: 'Accept-Language' },
      };
    }),
  ];
}
