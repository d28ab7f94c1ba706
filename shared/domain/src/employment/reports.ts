import { firstDayOf, lastDayOf, maxDay, minDay, monthBE, type IsoDay, type YearMonth } from './days.ts';
import { heldUntil, type ContractSpan } from './eligibility.ts';
import type { EmploymentProblem } from './problem.ts';

/**
 * A worker's monthly work report (รายงานผลการปฏิบัติงานรายเดือน): the worker writes and submits it; university staff, or
 * the host agency's supervisor in the government-data track, accept it with the month's evaluation or return it with a
 * reason; a returned report is corrected and submitted again. Only an accepted report is paid (paymentForReport).
 */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type ReportAction = 'save' | 'submit' | 'accept' | 'return';

const ALLOWED: Record<ReportAction, readonly ReportStatus[]> = {
  save: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  accept: ['submitted'],
  return: ['submitted'],
};

/** Whether an action may be taken on a report in this status; an accepted report is final (it has been paid). */
export function reportActionAllowed(status: ReportStatus, action: ReportAction): boolean {
  return ALLOWED[action].includes(status);
}

/**
 * What is wrong with reporting `month` under a contract on `today`: the contract must cover a day of that month, and
 * the month must have begun (a worker reports work done, not work planned). A report may be written during the month.
 */
export function reportMonthProblems(contract: Pick<ContractSpan, 'start' | 'end' | 'lastWorkingDay'>, month: YearMonth, today: IsoDay): EmploymentProblem[] {
  const from = maxDay(contract.start, firstDayOf(month));
  const to = minDay(heldUntil(contract), lastDayOf(month));
  if (from > to) return [{ field: 'month', key: 'employment.report.outsideContract', params: { month: monthBE(month) } }];
  if (firstDayOf(month) > today) return [{ field: 'month', key: 'employment.report.future', params: { month: monthBE(month) } }];
  return [];
}
