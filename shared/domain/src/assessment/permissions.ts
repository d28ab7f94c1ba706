import type { OrgPath, ScopedUser } from '../scope.ts';
import { canSee } from '../scope.ts';
import { ASSESSMENT_ROLES } from './module.ts';

/**
 * Who does what with assessments. The server checks these before it writes (as the superuser), so the user gets a
 * clear message; the collections' read rules say the same in PocketBase's words. University and network arguments
 * may be given as an id or as a place ({ universityId } / { networkId }).
 */
type UniversityRef = string | Pick<OrgPath, 'universityId'>;
type NetworkRef = string | Pick<OrgPath, 'networkId'>;
const universityIdOf = (r: UniversityRef) => (typeof r === 'string' ? r : r.universityId);
const networkIdOf = (r: NetworkRef) => (typeof r === 'string' ? r : r.networkId);

const universityStaffOf = (u: ScopedUser, universityId: string | undefined) =>
  u.role === 'university_staff' && u.placement.level === 'university' && !!universityId && u.placement.universityId === universityId;

const networkAdminOf = (u: ScopedUser, networkId: string | undefined) =>
  u.role === 'network_admin' && u.placement.level === 'network' && !!networkId && u.placement.networkId === networkId;

/** Read a tambon's (or a university's, a network's) assessments: an assessment role over that place. Tambon coordinators read their own tambon's. */
export function canReadAssessment(u: ScopedUser, place: OrgPath): boolean {
  return ASSESSMENT_ROLES.includes(u.role) && canSee(u, place);
}

/** Fill in and submit a tambon's form: staff of the university that runs the tambon. */
export function canAssess(u: ScopedUser, tambon: OrgPath): boolean {
  return universityStaffOf(u, tambon.universityId);
}

/** Approve (and reopen) a submitted form: staff of the tambon's university — the server also refuses the submitter. */
export const canApproveAssessment = canAssess;

/** Report a university's 14 USI indicators: that university's staff. */
export function canReportUsi(u: ScopedUser, university: UniversityRef): boolean {
  return universityStaffOf(u, universityIdOf(university));
}

/** Report a network's 4 RSI indicators: that network's admins. */
export function canReportRsi(u: ScopedUser, network: NetworkRef): boolean {
  return networkAdminOf(u, networkIdOf(network));
}

/** Reopen a university's submitted USI report: the admins of the network over that university. */
export function canReopenUsi(u: ScopedUser, network: NetworkRef): boolean {
  return networkAdminOf(u, networkIdOf(network));
}

/** Reopen a network's submitted RSI report: the central office. */
export function canReopenRsi(u: ScopedUser): boolean {
  return u.role === 'central_admin';
}

/** Define rounds and set the tier thresholds: the central office. */
export function canManageRounds(u: ScopedUser): boolean {
  return u.role === 'central_admin';
}

/** Grant a late-entry exception for a round: the central office. */
export const canGrantAssessmentException = canManageRounds;
