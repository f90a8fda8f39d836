/** The `Operator-Actor` header a host's proxy sends: who, among the host's users, is acting. */
import type { Actor } from '../../client/types.js';
import { badRequest } from '../errors.js';
import type { FakeState } from '../state.js';

const ACTOR_HEADER = 'Operator-Actor';

/** The actor named by the request's `Operator-Actor` (`id=<id>; name=<name>`), else the fake's own. */
export function actorOf(state: FakeState, request: Request): Actor {
  const header = request.headers.get(ACTOR_HEADER);
  if (header === null) return state.actor;
  const [, id, name] = /^id=([^;]+); name=([^;]+)$/.exec(header) ?? [];
  try {
    if (id && name) return { id: decodeURIComponent(id), name: decodeURIComponent(name) };
  } catch {
    // A malformed percent-encoding: the 400 below.
  }
  throw badRequest(
    `${ACTOR_HEADER} must be id=<id>; name=<name>, both percent-encoded.`,
    ACTOR_HEADER,
  );
}
