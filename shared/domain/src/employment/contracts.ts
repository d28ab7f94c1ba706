import { formatDate } from '../format.ts';
import type { Locale } from '../i18n.ts';
import { toSatang } from '../money.ts';
import { addDays, addMonths, dayBE, isDay, maxDay, minDay, type IsoDay } from './days.ts';
import { heldUntil, type ContractSpan } from './eligibility.ts';
import type { EmploymentProblem } from './problem.ts';
import { POSITION_LIMITS, isWorkerType, type WorkerType } from './workers.ts';

/** A hiring contract (สัญญาจ้าง): who, where, what type and rate, from which day to which (both included). */
export interface Contract extends ContractSpan {
  tambonId: string;
  type: WorkerType;
  /** Monthly rate in baht, to the satang. */
  rate: number;
}

/** A contract runs at most 24 months: the programme's periods are a year or two; more is a typing slip. */
export const MAX_CONTRACT_MONTHS = 24;

/** The years (CE) a contract's days may fall in. */
export const CONTRACT_YEARS = { min: 2000, max: 2200 } as const;

/** What is wrong with a contract's days, type and rate, each at its field. */
export function contractProblems(c: { start: unknown; end: unknown; type: unknown; rate: unknown }): EmploymentProblem[] {
  const problems: EmploymentProblem[] = [];
  // A CE year typed where a BE one was meant (or the reverse) lands centuries away: caught here, not stored.
  const inYears = (d: string) => Number(d.slice(0, 4)) >= CONTRACT_YEARS.min && Number(d.slice(0, 4)) <= CONTRACT_YEARS.max;
  if (!isDay(c.start)) problems.push({ field: 'start', key: 'employment.contract.start' });
  else if (!inYears(c.start)) problems.push({ field: 'start', key: 'employment.contract.year' });
  if (!isDay(c.end)) problems.push({ field: 'end', key: 'employment.contract.end' });
  else if (!inYears(c.end)) problems.push({ field: 'end', key: 'employment.contract.year' });
  else if (isDay(c.start) && inYears(c.start)) {
    if (c.end < c.start) problems.push({ field: 'end', key: 'employment.contract.endBeforeStart' });
    else if (c.end >= addMonths(c.start, MAX_CONTRACT_MONTHS)) problems.push({ field: 'end', key: 'employment.contract.tooLong' });
  }
  if (!isWorkerType(c.type)) problems.push({ field: 'type', key: 'employment.workerType' });
  const rate = c.rate;
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < POSITION_LIMITS.minRate || rate > POSITION_LIMITS.maxRate || Math.abs(rate * 100 - toSatang(rate)) > 1e-6)
    problems.push({ field: 'rate', key: 'employment.positions.rate' });
  return problems;
}

/** "1 ม.ค. 2564 – 31 ธ.ค. 2564" / "1 Jan 2564 BE – 31 Dec 2564 BE": a contract's days as pages show them. */
export function contractPeriodText(c: { start: IsoDay; end: IsoDay }, locale: Locale = 'th'): string {
  return `${formatDate(c.start, locale)} – ${formatDate(c.end, locale)}`;
}

// ───────────── resignation ─────────────

/**
 * Notice (การลาออก): the deck asks a worker to tell the university (and the host agency) at least one month ahead.
 * Decision: "one month" after the day notice is given is the same day next month, or that month's last day when it is
 * shorter (addMonths): notice on 15 Mar allows a last working day of 15 Apr at the earliest; notice on 31 Jan allows
 * 28 Feb (29 in a leap year); notice on 31 Mar allows 30 Apr.
 */
export function earliestLastWorkingDay(noticeOn: IsoDay): IsoDay {
  return addMonths(noticeOn, 1);
}

export interface Resignation {
  /** The day the worker told the university. */
  noticeOn: IsoDay;
  /** The last day the worker works and is paid for. */
  lastWorkingDay: IsoDay;
}

/**
 * What is wrong with a resignation against its contract: real days, notice given within the contract, at least one
 * month's notice, and a last working day inside the contract (a contract simply ends on its end day; resigning is
 * leaving before it).
 */
export function noticeProblems(r: { noticeOn: unknown; lastWorkingDay: unknown }, contract: { start: IsoDay; end: IsoDay }): EmploymentProblem[] {
  const problems: EmploymentProblem[] = [];
  if (!isDay(r.noticeOn)) problems.push({ field: 'noticeOn', key: 'employment.notice.noticeOn' });
  else if (r.noticeOn < contract.start || r.noticeOn > contract.end) problems.push({ field: 'noticeOn', key: 'employment.notice.outsideContract' });
  if (!isDay(r.lastWorkingDay)) problems.push({ field: 'lastWorkingDay', key: 'employment.notice.lastWorkingDay' });
  else if (r.lastWorkingDay < contract.start || r.lastWorkingDay >= contract.end)
    problems.push({ field: 'lastWorkingDay', key: 'employment.notice.afterEnd', params: { end: dayBE(contract.end) } });
  else if (isDay(r.noticeOn) && r.lastWorkingDay < earliestLastWorkingDay(r.noticeOn))
    problems.push({ field: 'lastWorkingDay', key: 'employment.notice.short', params: { notice: dayBE(r.noticeOn), earliest: dayBE(earliestLastWorkingDay(r.noticeOn)) } });
  return problems;
}

/**
 * The last working day a resignation can have: the day asked for when it gives a month's notice, else the earliest
 * one that does; never after the contract's end (a contract that ends sooner simply ends).
 */
export function lastWorkingDay(contract: { end: IsoDay }, noticeOn: IsoDay, asked?: IsoDay): IsoDay {
  const earliest = earliestLastWorkingDay(noticeOn);
  return minDay(asked && asked >= earliest ? asked : earliest, contract.end);
}

// ───────────── reserves ─────────────

/** An applicant on a tambon's ranked reserve list (ลำดับสำรอง). */
export interface ReserveEntry {
  applicantId: string;
  nationalId: string;
  type: WorkerType;
  /** 1 is first in line. */
  rank: number;
  status: 'reserve' | 'contracted' | 'withdrawn';
}

/** A position left open: the leaver's contract, and the day they last worked. */
export interface Vacancy {
  tambonId: string;
  type: WorkerType;
  rate: number;
  /** The leaver's contract end: the replacement's contract runs to it. */
  end: IsoDay;
  lastWorkingDay: IsoDay;
}

export type Promotion =
  | { ok: true; entry: ReserveEntry; contract: { tambonId: string; type: WorkerType; rate: number; start: IsoDay; end: IsoDay } }
  | { ok: false; reason: 'noReserve' | 'noTimeLeft' };

/**
 * The replacement for a vacancy: the next in rank of the same worker type who is still available — on the reserve
 * list, not withdrawn, and not under contract anywhere (`heldIds`: national IDs with a contract the server found).
 * The new contract takes the same rate and end, and starts the day after the leaver's last working day, or on
 * `notBefore` (the day it is made) when that is later: a contract never starts in the past.
 */
export function reservePromotion(reserve: readonly ReserveEntry[], vacancy: Vacancy, opts: { heldIds?: ReadonlySet<string>; notBefore?: IsoDay } = {}): Promotion {
  const next = reserve
    .filter((e) => e.type === vacancy.type && e.status === 'reserve' && !opts.heldIds?.has(e.nationalId))
    .sort((a, b) => a.rank - b.rank || (a.applicantId < b.applicantId ? -1 : a.applicantId > b.applicantId ? 1 : 0))[0];
  if (!next) return { ok: false, reason: 'noReserve' };
  const dayAfter = addDays(vacancy.lastWorkingDay, 1);
  const start = opts.notBefore ? maxDay(dayAfter, opts.notBefore) : dayAfter;
  if (start > vacancy.end) return { ok: false, reason: 'noTimeLeft' };
  return { ok: true, entry: next, contract: { tambonId: vacancy.tambonId, type: vacancy.type, rate: vacancy.rate, start, end: vacancy.end } };
}

/** The vacancy a resigned contract leaves. */
export function vacancyOf(c: Contract): Vacancy {
  return { tambonId: c.tambonId, type: c.type, rate: c.rate, end: c.end, lastWorkingDay: heldUntil(c) };
}
