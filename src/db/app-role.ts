/**
 * The non-owner role every application transaction runs as. Row-level security policies on
 * partner-scoped tables apply to it; the owner (migrations) bypasses them.
 */
export const APP_ROLE = 'consort_app';
