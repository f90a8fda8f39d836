/** The credentials the fake knows. */

/** The fake's admin credential: full access. */
export const FAKE_CREDENTIAL = `op_test_${'fakeadmin'.padEnd(32, '0')}`;
/** A credential whose role may read but not manage tokens: writes get a 403. */
export const FAKE_READONLY_CREDENTIAL = `op_test_${'fakereadonly'.padEnd(32, '0')}`;
/** A credential the fake refuses with 401, as an expired session's is. */
export const FAKE_EXPIRED_CREDENTIAL = `op_test_${'expired'.padEnd(32, '0')}`;
