import type { Role, ScopeLevel } from './roles.ts';
import { ROLE_LEVELS } from './roles.ts';

/** Where a piece of data sits in the organisation. Lower levels are filled in when the data belongs there. */
export interface OrgPath {
  networkId: string;
  universityId?: string;
  tambonId?: string;
}

/**
 * Where a user sits, fully resolved: a tambon coordinator's placement names the tambon, its university
 * and its network, so every check below is a comparison, never a lookup.
 */
export interface Placement {
  level: ScopeLevel;
  networkId?: string;
  universityId?: string;
  tambonId?: string;
}

export interface ScopedUser {
  role: Role;
  placement: Placement;
}

/** Why a placement is incomplete for its level, or null when it is whole. */
export function placementProblem(role: Role, p: Placement): string | null {
  if (!ROLE_LEVELS[role].includes(p.level)) return `role ${role} cannot be placed at level ${p.level}`;
  if (p.level === 'network' && !p.networkId) return 'a network-level user needs a network';
  if (p.level === 'university' && !(p.universityId && p.networkId)) return 'a university-level user needs a university';
  if (p.level === 'tambon' && !(p.tambonId && p.universityId && p.networkId)) return 'a tambon-level user needs a tambon';
  return null;
}

/** May this user see data at that place? Central sees everything; everyone else sees their own subtree. */
export function canSee(user: ScopedUser, target: OrgPath): boolean {
  const p = user.placement;
  switch (p.level) {
    case 'central':
      return true;
    case 'network':
      return p.networkId !== undefined && target.networkId === p.networkId;
    case 'university':
      return p.universityId !== undefined && target.universityId === p.universityId;
    case 'tambon':
      return p.tambonId !== undefined && target.tambonId === p.tambonId;
  }
}

/** Which networks' module settings this user may change: all (central admin), their own (network admin), none. */
export function canManageModulesOf(user: ScopedUser, networkId: string): boolean {
  if (user.role === 'central_admin') return true;
  return user.role === 'network_admin' && user.placement.level === 'network' && user.placement.networkId === networkId;
}

export function isModuleAdmin(user: ScopedUser): boolean {
  return user.role === 'central_admin' || user.role === 'network_admin';
}
