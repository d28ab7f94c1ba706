import type { OrgPath, ScopedUser } from '../scope.ts';

/**
 * Who does what with a tambon's budget. PocketBase's API rules say the same in their own words
 * (server/pb_migrations/*_budget.js); the server checks these first so the user gets a clear message.
 */
const universityStaffOf = (u: ScopedUser, t: OrgPath) =>
  u.role === 'university_staff' && u.placement.level === 'university' && t.universityId !== undefined && u.placement.universityId === t.universityId;

/** Set budgets and monthly plans: the university that runs the tambon. */
export const canPlan = universityStaffOf;

/** Enter and submit actuals: the university, or the tambon's own coordinator. */
export function canReport(u: ScopedUser, t: OrgPath): boolean {
  return universityStaffOf(u, t) || (u.role === 'tambon_coordinator' && t.tambonId !== undefined && u.placement.tambonId === t.tambonId);
}

/** Approve a submitted month: university staff of the tambon's university (someone other than the submitter). */
export const canApprove = universityStaffOf;

/** Grant a late-submission exception and record instalments: the central office. */
export function canGrantException(u: ScopedUser): boolean {
  return u.role === 'central_admin';
}
