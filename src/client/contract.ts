/**
 * The numbers of the Operator API's contract (`contract/openapi.json`), defined once for the
 * client, the elements and the fake. Durations on the wire are in seconds (`…_SECONDS`); the rest
 * of the code speaks milliseconds (`./time.ts`).
 */
import { DAY, HOUR, MINUTE } from './time.js';
import type { StatsBucket } from './types.js';

/** The most characters of a token's name. */
export const MAX_NAME_LENGTH = 64;

/** How long a rotated token's old secret keeps working when the rotation does not say: a day, in seconds. */
export const DEFAULT_GRACE_SECONDS = 86_400;

/** The longest grace period of a rotation: 7 days, in seconds. */
export const MAX_GRACE_SECONDS = 604_800;

/** A list page's size when the request gives no `limit`. */
export const DEFAULT_LIMIT = 50;

/** The largest `limit` of a list page. */
export const MAX_LIMIT = 100;

/** The width of each `stats` bucket, in milliseconds. */
export const BUCKET_MS: Record<StatsBucket, number> = { minute: MINUTE, hour: HOUR, day: DAY };
