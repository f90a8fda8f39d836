/**
 * `Operator-Actor`: the user on whose behalf a trusted proxy calls the API with the account's
 * credential, so that a token's `created_by` names the dashboard's user, not the partner's key.
 *
 * The value is the actor's `id` and `name`, form-encoded as `URLSearchParams` writes them:
 * `Operator-Actor: id=usr_8Hq2Lw&name=Ada+Lovelace`. Any name fits (spaces, `;`, `"`, non-Latin
 * scripts), and the header stays ASCII as HTTP requires. Other fields are ignored.
 */
import type { Actor } from '../client/types.js';
import { badRequest } from './errors.js';

export const ACTOR_HEADER = 'Operator-Actor';
const MAX_LENGTH = 255;

/** The header's value for `actor`. */
export const formatActor = (actor: Actor): string =>
  new URLSearchParams({ id: actor.id, name: actor.name }).toString();

/**
 * The actor a request names, or `undefined` when it names none. A header that is present but not
 * an actor is a 400 naming it, so a proxy that sends it wrong finds out at once.
 */
export function requestActor(request: Request): Actor | undefined {
  const value = request.headers.get(ACTOR_HEADER);
  if (value === null) return undefined;
  const fields = new URLSearchParams(value);
  const id = fields.get('id')?.trim() ?? '';
  const name = fields.get('name')?.trim() ?? '';
  if (id === '' || name === '' || id.length > MAX_LENGTH || name.length > MAX_LENGTH) {
    throw badRequest(
      `${ACTOR_HEADER} must be id=<user id>&name=<display name>, form-encoded, each 1 to ${MAX_LENGTH} characters.`,
      ACTOR_HEADER,
    );
  }
  return { id, name };
}
