import type { Placement } from '@otou/domain';
import type { RouterInputs, RouterOutputs } from '@otou/server/router';

export type DashboardTarget = RouterInputs['assessment']['dashboard']['tiers']['target'];
export type TiersData = RouterOutputs['assessment']['dashboard']['tiers'];
export type MovementData = RouterOutputs['assessment']['dashboard']['movement'];
export type GoalsData = RouterOutputs['assessment']['dashboard']['goals'];
export type CoverageData = RouterOutputs['assessment']['dashboard']['coverage'];

/**
 * Which dashboard a page shows: the university (`?u=`) or network (`?n=`) the user drilled down to, else the level
 * the user oversees — the nation for the central office, their network, their university. Null for someone who
 * oversees no level (a tambon's coordinator), who has their tambon's form instead.
 */
export function dashboardTarget(query: URLSearchParams, placement: Placement | undefined): DashboardTarget | null {
  const u = query.get('u');
  const n = query.get('n');
  if (u) return { level: 'university', id: u };
  if (n) return { level: 'network', id: n };
  if (placement?.level === 'central') return { level: 'national' };
  if (placement?.level === 'network' && placement.networkId) return { level: 'network', id: placement.networkId };
  if (placement?.level === 'university' && placement.universityId) return { level: 'university', id: placement.universityId };
  return null;
}

/**
 * The address of the dashboard one level down: a network's keeps the round and basis; a university's also keeps the
 * network it was reached from (`n`), so the way back up is one link.
 */
export function drillQuery(query: URLSearchParams, level: 'network' | 'university', id: string): Record<string, string | null> {
  const kept = { r: query.get('r'), b: query.get('b') };
  return level === 'network' ? { ...kept, n: id, u: null } : { ...kept, n: query.get('n'), u: id };
}
