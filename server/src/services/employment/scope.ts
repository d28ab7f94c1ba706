import { bangkokDay, isoDate, type IsoDay, type OrgPath, type Role, type SessionUser } from '@otou/domain';
import type { Actor } from '../../context.ts';
import { appError } from '../../errors.ts';
import type { TambonInfo } from '../budget/read.ts';

/** Where an employment record sits: the copies of its tambon, university and network the read rules compare. */
export interface Place {
  tambon: string;
  university: string;
  network: string;
}

export const placeOf = (t: TambonInfo): Place => ({ tambon: t.id, university: t.path.universityId ?? '', network: t.path.networkId });

/** The roles that read employment data by their scope (a worker and an agency supervisor read only their own). */
const STAFF_ROLES: readonly Role[] = ['central_admin', 'network_admin', 'university_staff', 'tambon_coordinator'];
export const isStaff = (u: Pick<SessionUser, 'role'>) => STAFF_ROLES.includes(u.role);

/**
 * Who hires for a tambon (applicants, imports, selection, contracts, resignations on the worker's behalf): the staff of
 * the tambon's university and the central office. Networks and coordinators read only.
 */
export function canHire(u: Pick<SessionUser, 'role' | 'placement'>, path: Pick<OrgPath, 'universityId'>): boolean {
  if (u.role === 'central_admin') return true;
  return u.role === 'university_staff' && u.placement.universityId !== undefined && u.placement.universityId === path.universityId;
}

export function assertHire(a: Actor, path: Pick<OrgPath, 'universityId'>): void {
  if (!canHire(a.user, path)) throw appError('FORBIDDEN', 'employment.forbidden.hire');
}

/** Applicants are read by staff only (the PocketBase rule says the same); a worker or supervisor is told so. */
export function assertStaff(a: Actor): void {
  if (!isStaff(a.user)) throw appError('FORBIDDEN', 'employment.forbidden.applicants');
}

/** A national ID is shown whole only to those who hire for its university; everyone else sees it masked. */
export const seesWholeId = (u: Pick<SessionUser, 'role' | 'placement'>, universityId: string) => canHire(u, { universityId });

/** Today in Thailand, as contracts count days. */
export const todayOf = (a: Pick<Actor, 'now'>): IsoDay => isoDate(bangkokDay(a.now));

/** A relation field as PocketBase returns it: '' when empty. */
export const orNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
