import type { LeafLine } from '../budget/lines.ts';
import { toBaht, toSatang } from '../money.ts';
import { daysInMonth } from '../calendar.ts';
import { daysBetween, firstDayOf, lastDayOf, maxDay, minDay, sameMonth, type IsoDay, type YearMonth } from './days.ts';
import { heldUntil, type ContractSpan } from './eligibility.ts';
import { WORKER_TYPES, type WorkerType } from './workers.ts';

/**
 * Wages are the actuals of the budget's employment lines. The deck's progress report puts 1.1 ประชาชน, 1.2 บัณฑิต,
 * 1.3 นักศึกษา under "1. การจ้างงาน" (45,000 / 150,000 / 25,000 a month at Huai Haeng = the default positions), so
 * each worker type pays out of exactly one line. budgetActualsFromPayments is the one sum both modules use: the
 * budget's 1.x actual of a month is, by construction, what the payments of that month add up to.
 */
export const WORKER_TYPE_LINE: Readonly<Record<WorkerType, Extract<LeafLine, '1.1' | '1.2' | '1.3'>>> = Object.freeze({
  citizen: '1.1',
  graduate: '1.2',
  student: '1.3',
});
export type EmploymentLine = (typeof WORKER_TYPE_LINE)[WorkerType];
export const EMPLOYMENT_LINES: readonly EmploymentLine[] = WORKER_TYPES.map((t) => WORKER_TYPE_LINE[t]);

/** A month's pay under a contract: the days worked in that month, of how many, and the amount in satang. */
export interface MonthPay {
  daysWorked: number;
  daysInMonth: number;
  amountSatang: number;
}

/**
 * The wage a contract earns in a month. Decision: a whole month earns the rate; a month the contract starts or ends
 * in (a late start, a resignation, a replacement) earns the rate × days under contract ÷ days of that calendar
 * month, rounded DOWN to the satang so that a payment never overstates what was earned (9,000 for 15 of 31 days is
 * 4,354.83). A month outside the contract earns nothing.
 */
export function monthPay(contract: Pick<ContractSpan, 'start' | 'end' | 'lastWorkingDay'> & { rate: number }, month: YearMonth): MonthPay {
  const days = daysInMonth(month.year, month.month);
  const from = maxDay(contract.start, firstDayOf(month));
  const to = minDay(heldUntil(contract), lastDayOf(month));
  const worked = to >= from ? daysBetween(from, to) + 1 : 0;
  const rate = toSatang(contract.rate);
  // Integer arithmetic: rate (satang) × days stays far below 2^53.
  const amountSatang = worked === days ? rate : Math.floor((rate * worked) / days);
  return { daysWorked: worked, daysInMonth: days, amountSatang };
}

/** A payment record: what an accepted monthly report pays, and the budget line it is an actual of. */
export interface Payment extends YearMonth {
  contractId: string;
  tambonId: string;
  type: WorkerType;
  line: EmploymentLine;
  amountSatang: number;
  daysWorked: number;
}

export interface PayableContract extends ContractSpan {
  id: string;
  tambonId: string;
  type: WorkerType;
  rate: number;
}

/**
 * The payment an accepted report produces; null for a report that is not accepted (returned or waiting) or a month
 * the contract does not cover — only accepted work is paid.
 */
export function paymentForReport(report: YearMonth & { contractId: string; status: string }, contract: PayableContract): Payment | null {
  if (report.status !== 'accepted' || report.contractId !== contract.id) return null;
  const pay = monthPay(contract, report);
  if (pay.daysWorked === 0) return null;
  return {
    contractId: contract.id,
    tambonId: contract.tambonId,
    type: contract.type,
    line: WORKER_TYPE_LINE[contract.type],
    year: report.year,
    month: report.month,
    amountSatang: pay.amountSatang,
    daysWorked: pay.daysWorked,
  };
}

/**
 * The budget's employment actuals of one month from its payments, per line in baht (summed in satang): 1.1, 1.2 and
 * 1.3 always present, 0 when nothing was paid. Pass one tambon's payments for its budget form, or any set for a
 * roll-up; payments of other months are left out.
 */
export function budgetActualsFromPayments(payments: Iterable<Pick<Payment, 'year' | 'month' | 'line' | 'amountSatang'>>, month: YearMonth): Record<EmploymentLine, number> {
  const satang: Record<EmploymentLine, number> = { '1.1': 0, '1.2': 0, '1.3': 0 };
  for (const p of payments) if (sameMonth(p, month) && Object.hasOwn(satang, p.line)) satang[p.line] += p.amountSatang;
  return { '1.1': toBaht(satang['1.1']), '1.2': toBaht(satang['1.2']), '1.3': toBaht(satang['1.3']) };
}

/**
 * The day a month's payment is due. Decision: day 2 of the next month, the day the deck's monthly hiring summary
 * reaches the ministry (PBM); a payment made after it counts as late on the dashboards.
 */
export function paymentDue(month: YearMonth): IsoDay {
  const next = month.month === 12 ? { year: month.year + 1, month: 1 } : { year: month.year, month: month.month + 1 };
  return `${firstDayOf(next).slice(0, 8)}02`;
}
