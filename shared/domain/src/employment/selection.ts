import { normaliseThaiId } from '../thaiId.ts';
import type { EmploymentProblem } from './problem.ts';

/**
 * Selection (การสรรหา คัดเลือก): university staff rank the applicants of one worker type for a tambon; the first ones,
 * as many as the tambon has open positions of that type, get contracts; the deck asks for the next ones to be kept as
 * a ranked reserve (ลำดับสำรอง) for when a hired worker cannot finish the contract.
 */
export interface SelectionOutcome {
  /** In rank order, rank 1 first: the ones who get contracts. */
  chosen: { applicantId: string; rank: number }[];
  /** The rest in order; reserve rank 1 is the first called. */
  reserve: { applicantId: string; rank: number }[];
}

/**
 * Splits a ranked list into the chosen and the reserve. `open` is the type's positions less the contracts in force.
 * An applicant who is not eligible for the tambon (`eligibleIds` leaves them out) cannot be ranked at all: each is
 * named by rank in `problems`, and nothing is decided until the list is clean.
 */
export function selectionOutcome(order: readonly string[], open: number, eligibleIds?: ReadonlySet<string>): { ok: true; outcome: SelectionOutcome } | { ok: false; problems: EmploymentProblem[] } {
  const problems: EmploymentProblem[] = [];
  if (eligibleIds) order.forEach((id, i) => eligibleIds.has(id) || problems.push({ field: `order.${i}`, key: 'employment.selection.ineligible', params: { rank: i + 1 } }));
  if (problems.length) return { ok: false, problems };
  const n = Math.max(0, Math.floor(open));
  return {
    ok: true,
    outcome: {
      chosen: order.slice(0, n).map((applicantId, i) => ({ applicantId, rank: i + 1 })),
      reserve: order.slice(n).map((applicantId, i) => ({ applicantId, rank: i + 1 })),
    },
  };
}

/** A national ID as the card prints it: 1-1017-00230-70-8. */
export function formatThaiId(id: string): string {
  const d = normaliseThaiId(id);
  if (!/^\d{13}$/.test(d)) return id;
  return `${d[0]}-${d.slice(1, 5)}-${d.slice(5, 10)}-${d.slice(10, 12)}-${d[12]}`;
}

/**
 * A national ID as lists show it to those who do not need it whole: only the last three digits (the card's last two groups), x-xxxx-xxxxx-70-8.
 * Enough to tell two people apart on a page, not enough to use the number.
 */
export function maskNationalId(id: string): string {
  const d = normaliseThaiId(id);
  if (!/^\d{13}$/.test(d)) return 'x-xxxx-xxxxx-xx-x';
  return `x-xxxx-xxxxx-${d.slice(10, 12)}-${d[12]}`;
}
