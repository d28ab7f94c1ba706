import type { RouterOutputs } from '@otou/server/router';

/** employment.dashboard.summary: hired against the target by type, the children of the place, a tambon's workers. */
export type Summary = RouterOutputs['employment']['dashboard']['summary'];
export type Counts = Summary['byType'];
export type UnitRow = Summary['rows']['items'][number];
export type WorkerRow = Summary['workers'][number];

/** Which place the dashboard shows, from the address: the deepest of `?t=`, `?u=`, `?n=`; none = the viewer's scope. */
export function summaryInput(query: URLSearchParams): { tambonId: string } | { universityId: string } | { networkId: string } | Record<string, never> {
  const t = query.get('t');
  if (t) return { tambonId: t };
  const u = query.get('u');
  if (u) return { universityId: u };
  const n = query.get('n');
  if (n) return { networkId: n };
  return {};
}

/** The address one level down: a child of a network is a university, of a university a tambon; the parents are kept. */
export function drillQuery(query: URLSearchParams, level: 'network' | 'university' | 'tambon', id: string): Record<string, string | null> {
  const key = { network: 'n', university: 'u', tambon: 't' }[level];
  const kept: Record<string, string | null> = { n: query.get('n'), u: query.get('u'), t: query.get('t') };
  if (level === 'network') return { n: id, u: null, t: null };
  if (level === 'university') return { n: kept.n ?? null, u: id, t: null };
  return { ...kept, [key]: id };
}
