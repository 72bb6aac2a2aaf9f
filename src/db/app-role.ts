/**
 * The two non-owner roles application transactions run as (docs/decisions/0002).
 *
 * - `consort_app`: a partner-side caller. Row-level security limits it to rows of the partner in
 *   the transaction setting `consort.partner_id`; with none set it sees no partner rows at all.
 *   Pool connections start in this role, so a query outside a scoped transaction fails closed.
 * - `consort_staff`: vendor staff and the system, who see the whole ecosystem. Its policies are
 *   a plain `true`, which lets the planner use the same indexes as for the owner (a combined
 *   "scope = all OR partner_id = …" policy made it estimate 0.5% of rows and scan sequentially).
 *
 * The owner (migrations) bypasses row-level security; the application never runs as it.
 */
export const APP_ROLE = 'consort_app';
export const STAFF_ROLE = 'consort_staff';
export const APP_ROLES = [APP_ROLE, STAFF_ROLE] as const;
