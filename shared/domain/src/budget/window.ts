import { BANGKOK_OFFSET_MS, bangkokDay, daysInMonth } from '../calendar.ts';

/**
 * Monthly reporting window: actuals for month M may be submitted from the last 2 days of M through day 2 of M+1,
 * in Thai time (เปิดรายงาน 2 วันสุดท้ายของเดือน – วันที่ 2 ของเดือนถัดไป).
 */
export interface ReportingWindow {
  /** First instant of the window: 00:00 Bangkok on the second-last day of M. */
  opens: Date;
  /** First instant after the window: 00:00 Bangkok on day 3 of M+1. */
  closes: Date;
}

/** Midnight in Bangkok of a calendar day, as an instant. */
export function bangkokMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - BANGKOK_OFFSET_MS);
}

export function reportingWindow(year: number, month: number): ReportingWindow {
  const last = daysInMonth(year, month);
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return { opens: bangkokMidnight(year, month, last - 1), closes: bangkokMidnight(next.year, next.month, 3) };
}

/**
 * The last day a window is open, for saying "open until 2 Feb" or "closed on 2 Feb": a window's end is the first
 * instant after it (00:00 on day 3), which would read as the day after.
 */
export function lastOpenDay(end: Date | string): Date {
  return new Date(new Date(end).getTime() - 1);
}

export interface WindowOverrides {
  /** A late-submission exception granted by the central office, open until this instant. */
  lateUntil?: Date | null;
  /** The approver reopened the month for correction: open until it is submitted again. */
  reopened?: boolean;
}

export type WindowState =
  | { open: true; why: 'window' | 'exception' | 'reopened'; closes: Date | null }
  | { open: false; why: 'notYet'; opens: Date }
  | { open: false; why: 'closed'; closedAt: Date };

/**
 * Whether something with a window [opens, closes) may be entered and submitted now, and why (not): the one rule of
 * budget months and assessment rounds alike. A reopening outlasts the window; a late exception only extends it.
 */
export function windowBetween(now: Date, opens: Date, closes: Date, o: WindowOverrides = {}): WindowState {
  if (o.reopened) return { open: true, why: 'reopened', closes: null };
  if (now >= opens && now < closes) return { open: true, why: 'window', closes };
  if (o.lateUntil && now < o.lateUntil && now >= opens) return { open: true, why: 'exception', closes: o.lateUntil };
  if (now < opens) return { open: false, why: 'notYet', opens };
  return { open: false, why: 'closed', closedAt: closes };
}

/** Whether actuals for a month may be entered and submitted now, and why (not). */
export function windowState(now: Date, year: number, month: number, o: WindowOverrides = {}): WindowState {
  const w = reportingWindow(year, month);
  return windowBetween(now, w.opens, w.closes, o);
}

/** The month whose report is due now: the latest month whose window has opened. */
export function reportingMonthAt(now: Date): { year: number; month: number } {
  const d = bangkokDay(now);
  if (d.day >= daysInMonth(d.year, d.month) - 1) return { year: d.year, month: d.month };
  return d.month === 1 ? { year: d.year - 1, month: 12 } : { year: d.year, month: d.month - 1 };
}

export type ReportState = 'draft' | 'submitted' | 'approved';
/** What a status board shows for a tambon's month. */
export type BoardStatus = 'approved' | 'awaitingApproval' | 'late' | 'open' | 'notYet';

export function boardStatus(now: Date, year: number, month: number, report: { status: ReportState; lateUntil?: Date | null; reopened?: boolean } | null): BoardStatus {
  if (report?.status === 'approved') return 'approved';
  if (report?.status === 'submitted') return 'awaitingApproval';
  const w = windowState(now, year, month, report ?? {});
  if (w.open) return 'open';
  return w.why === 'notYet' ? 'notYet' : 'late';
}
