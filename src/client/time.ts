/** Time units, in milliseconds: the one definition the client, the fake and the elements import. */
export const SECOND = 1000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
