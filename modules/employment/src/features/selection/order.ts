import type { WorkerType } from '@otou/domain';
import type { ApplicantRow } from '../applicants/types.ts';

/**
 * The starting order of a type's ranking: those already ranked by their rank (the chosen before the reserve), then the
 * others by selection score, highest first, then by name. Only eligible applicants still to be decided take part —
 * an ineligible one cannot be chosen (the domain's selectionOutcome refuses them), a contracted or withdrawn one is done.
 */
export function startingOrder(applicants: readonly ApplicantRow[], type: WorkerType): ApplicantRow[] {
  const place = (a: ApplicantRow) => (a.status === 'chosen' ? 0 : a.status === 'reserve' ? 1 : 2);
  return applicants
    .filter((a) => a.type === type && a.eligibility.eligible && (a.status === 'applicant' || a.status === 'chosen' || a.status === 'reserve'))
    .sort(
      (a, b) =>
        place(a) - place(b) ||
        (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
        (b.score ?? -1) - (a.score ?? -1) ||
        `${a.firstName} ${a.lastName}`.localeCompare(`${b.firstName} ${b.lastName}`, 'th'),
    );
}

/** The positions of a type still open: the tambon's count less those already under contract. */
export function openPositions(count: number, applicants: readonly ApplicantRow[], type: WorkerType): number {
  return Math.max(0, count - applicants.filter((a) => a.type === type && a.status === 'contracted').length);
}
