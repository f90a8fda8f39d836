/**
 * Opaque cursors. A cursor names the last item of a page by its sort key (time and a tiebreak),
 * not by its index, so it stays valid when newer items are added in front of it.
 */
import { badRequest } from './errors.js';

export type CursorKind = 'tokens' | 'logs';

const TAGS: Record<CursorKind, string> = { tokens: 't1', logs: 'l1' };

/** A cursor's position: the sort time and the tiebreak of the last item returned. */
export interface CursorKey {
  time: number;
  tiebreak: string;
}

export function encodeCursor(kind: CursorKind, key: CursorKey): string {
  return btoa(`${TAGS[kind]}:${key.time}:${key.tiebreak}`)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The cursor's key; a 400 with field `cursor` when it is not one of ours. */
export function decodeCursor(kind: CursorKind, cursor: string): CursorKey {
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    throw invalidCursor();
  }
  const [, tag, time, tiebreak] = /^([a-z]\d):(\d{1,16}):([A-Za-z0-9_]{1,64})$/.exec(text) ?? [];
  if (tag !== TAGS[kind] || time === undefined || tiebreak === undefined) throw invalidCursor();
  return { time: Number(time), tiebreak };
}

export const invalidCursor = () =>
  badRequest('cursor is not a cursor this list returned; start again without it.', 'cursor');
