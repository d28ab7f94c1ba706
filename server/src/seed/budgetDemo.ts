import { budgetActualsFromPayments, periodMonth, DECK_ACTUALS, DECK_PERIOD, DECK_PLAN, EMPLOYMENT_LINES, LEAF_LINES, type LeafLine, type Payment } from '@otou/domain';
import type { Upsert } from './batch.ts';
import { stableId } from './ids.ts';
import { toPbDate } from '../pocketbase/dates.ts';
import { instalmentId, lineId, periodId, reportId } from '../services/budget/ids.ts';

export { lineId, periodId, reportId };
export const DEMO_PERIOD_CODE = '2564';

export function periodWrite(): Upsert {
  return {
    collection: 'budget_periods',
    body: {
      id: periodId(DEMO_PERIOD_CODE),
      code: DEMO_PERIOD_CODE,
      name_th: 'โครงการ ๑ ตำบล ๑ มหาวิทยาลัย ม.ค.–ธ.ค. 2564',
      name_en: 'One Tambon One University, Jan–Dec 2564 BE',
      first_year: DECK_PERIOD.firstYear,
      first_month: DECK_PERIOD.firstMonth,
      months: DECK_PERIOD.months,
      active: true,
    },
  };
}

/** Every leaf line of a tambon with the deck's budget and monthly plan. */
export function planWrites(tambon: string, period: string): Upsert[] {
  return LEAF_LINES.map((line) => ({
    collection: 'budget_lines',
    body: { id: lineId(tambon, period, line), tambon, period, line, budget: DECK_PLAN[line].budget, plan: DECK_PLAN[line].plan },
  }));
}

export interface Person {
  id: string;
  name: string;
}

/** A line of a tambon's history, as the server writes it when someone acts (services/budget/workflow.ts). */
export function eventWrite(tambon: string, period: string, month: number, action: 'plan' | 'submit' | 'approve' | 'instalment', by: Person, changes: unknown = null): Upsert {
  return {
    collection: 'budget_events',
    body: { id: stableId('budget_event', `${tambon}/${period}/${month}/${action}`), tambon, period, month, action, by: by.id, by_name: by.name, reason: '', changes },
  };
}

/** A tambon's budget and monthly plan set by its university, with the history line that says so when we know who. */
export function plannedWrites(tambon: string, period: string, by: Person | null): Upsert[] {
  const lines = planWrites(tambon, period);
  if (!by) return lines;
  return [...lines, eventWrite(tambon, period, 0, 'plan', by, LEAF_LINES.map((line) => ({ line, budget: DECK_PLAN[line].budget, before: null })))];
}

/**
 * A demo month's actuals where employment is on: the deck's figures for the other lines, and 1.1–1.3 computed from the
 * employment demo's payments of that tambon, as an acceptance writes them (never typed, so the two can't disagree).
 */
export function demoActuals(month: number, payments: readonly Payment[]): Partial<Record<LeafLine, number>> {
  const typed = Object.entries(DECK_ACTUALS[month] ?? {}).filter(([line]) => !(EMPLOYMENT_LINES as readonly string[]).includes(line));
  return { ...Object.fromEntries(typed), ...budgetActualsFromPayments(payments, periodMonth(DECK_PERIOD, month)) };
}

/** A month nobody has reported yet whose pay was accepted: a draft holding only the computed lines 1.1–1.3. */
export function paidDraftWrite(tambon: string, period: string, month: number, payments: readonly Payment[]): Upsert {
  const actuals = budgetActualsFromPayments(payments, periodMonth(DECK_PERIOD, month));
  return { collection: 'budget_reports', body: { id: reportId(tambon, period, month), tambon, period, month, actuals, remarks: {}, status: 'draft', reopened: false } };
}

/**
 * A month reported with the deck's actuals (or `actuals`), submitted and approved by two different people (the
 * approver may not be the submitter), with both history lines, so the history shows what the report's status says.
 */
export function approvedMonthWrites(tambon: string, period: string, month: number, by: { submitter: Person; approver: Person }, actuals: Partial<Record<LeafLine, number>> = DECK_ACTUALS[month] ?? {}): Upsert[] {
  const at = toPbDate(new Date(Date.UTC(2021, month, 1, 3)));
  return [
    {
      collection: 'budget_reports',
      body: {
        id: reportId(tambon, period, month),
        tambon,
        period,
        month,
        actuals,
        remarks: {},
        status: 'approved',
        submitted_by: by.submitter.id,
        submitted_at: at,
        approved_by: by.approver.id,
        approved_at: at,
        reopened: false,
      },
    },
    eventWrite(tambon, period, month, 'submit', by.submitter, { before: null, after: actuals }),
    eventWrite(tambon, period, month, 'approve', by.approver),
  ];
}

export function instalmentWrite(tambon: string, period: string, number: 1 | 2, amount: number, receivedOn: string | null): Upsert {
  return {
    collection: 'budget_instalments',
    body: { id: instalmentId(tambon, period, number), tambon, period, number, amount, received_on: receivedOn ?? '' },
  };
}

export const TAMBON_BUDGET = LEAF_LINES.reduce((a, l) => a + DECK_PLAN[l].budget, 0);
