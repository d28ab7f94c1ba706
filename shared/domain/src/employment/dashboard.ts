import { bangkokDay } from '../calendar.ts';
import { isoDate } from '../dateInputBE.ts';
import type { IsoDay } from './days.ts';
import { heldUntil, type ContractSpan } from './eligibility.ts';
import { WORKER_TYPES, type Positions, type WorkerType } from './workers.ts';

/**
 * The hiring dashboards' figures. Decisions:
 * - Hired = contracts in force on the day asked: start ≤ day ≤ heldUntil (the end, or a resignation's last working
 *   day), whatever the stored status says — nothing moves a contract to 'ended' when its end passes, so a contract
 *   past its end or last working day is not hired and its position shows open. The database's views use the same rule
 *   on the Bangkok day (date('now', '+7 hours')).
 * - Open positions = the positions set for the place minus those hired, per worker type and never below zero per row
 *   (a tambon hired past its positions does not fill another tambon's).
 * - A payment is late when the Thai calendar day it was recorded on is after its due day (paymentDue: day 2 of the
 *   next month). The database's dashboard views use the same rule (date(recorded_at, '+7 hours') > due).
 */

/** The Thai calendar day of a moment, as ISO text. */
export const thaiDayOf = (at: Date): IsoDay => isoDate(bangkokDay(at));

export function isLatePayment(recordedAt: Date, due: IsoDay): boolean {
  return thaiDayOf(recordedAt) > due;
}

/** Whether a contract holds its position on `day`: started, not past its end or last working day, not ended. */
export function inForceOn(c: Pick<ContractSpan, 'start' | 'end' | 'lastWorkingDay' | 'status'>, day: IsoDay): boolean {
  if (c.status === 'ended' || c.status === 'cancelled') return false;
  return c.start <= day && day <= heldUntil(c);
}

/** The status a list shows on `day`: an active contract past its end shows 'ended' (derived, never stored); a resigned one stays 'resigned'. */
export function statusOn<S extends 'active' | 'resigned' | 'ended'>(c: Pick<ContractSpan, 'end' | 'lastWorkingDay'> & { status: S }, day: IsoDay): S | 'ended' {
  return c.status === 'active' && heldUntil(c) < day ? 'ended' : c.status;
}

export interface HiringCell {
  target: number;
  hired: number;
  open: number;
}
export type HiringFigures = Record<WorkerType | 'total', HiringCell>;

/** Targets and hired by type → the figures with open positions and the totals. */
export function hiringFigures(target: Record<WorkerType, number>, hired: Record<WorkerType, number>): HiringFigures {
  const out = {} as HiringFigures;
  const total: HiringCell = { target: 0, hired: 0, open: 0 };
  for (const t of WORKER_TYPES) {
    const cell = { target: target[t], hired: hired[t], open: Math.max(0, target[t] - hired[t]) };
    out[t] = cell;
    total.target += cell.target;
    total.hired += cell.hired;
    total.open += cell.open;
  }
  out.total = total;
  return out;
}

/**
 * The positions of a set of tambons: `tambons` of them take `byDefault`, except those with their own positions
 * (`own`, one entry per such tambon in the set).
 */
export function positionsOfTambons(tambons: number, byDefault: Positions, own: readonly Positions[]): Record<WorkerType, number> {
  const plain = Math.max(0, tambons - own.length);
  const out = Object.fromEntries(WORKER_TYPES.map((t) => [t, plain * byDefault[t].count])) as Record<WorkerType, number>;
  for (const p of own) for (const t of WORKER_TYPES) out[t] += p[t].count;
  return out;
}
