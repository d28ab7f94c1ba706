import type PocketBase from 'pocketbase';
import { budgetActualsFromPayments, indexOfMonth, EMPLOYMENT_LINES, type EmploymentLine, type LeafLine, type Payment, type YearMonth } from '@otou/domain';
import type { WriteBatch } from '../../pocketbase/superuserWrites.ts';
import { enabledModulesOf } from '../registry.ts';
import { reportId } from './ids.ts';
import { toMonthReport, toPeriod, type MonthReport, type PeriodInfo } from './read.ts';

/**
 * The budget link (issue 9): where the employment module is switched on for a tambon's network, the actuals of budget
 * lines 1.1–1.3 are the payments of accepted work reports, never typed. Accepting a report writes the month's 1.x
 * actuals — budgetActualsFromPayments over every payment of that tambon and month — into the budget month in the
 * same transaction as the payment; budget saves keep them as they are; the budget form shows them as computed.
 */
export const COMPUTED_LINES: readonly EmploymentLine[] = EMPLOYMENT_LINES;

const isComputedLine = (line: string): line is EmploymentLine => (COMPUTED_LINES as readonly string[]).includes(line);

/** The budget lines computed from employment pay for a tambon of this network: 1.1–1.3, or none. */
export async function computedLinesOf(pb: PocketBase, networkId: string): Promise<readonly EmploymentLine[]> {
  return (await enabledModulesOf(pb, networkId)).has('employment') ? COMPUTED_LINES : [];
}

/**
 * What a budget save may do with the computed lines: leave them out, or send the figure they have (a form that shows
 * them). Typing another figure is refused at its field, naming where the figure comes from.
 */
export function computedLineProblems(typed: Partial<Record<LeafLine, number>>, computed: Partial<Record<EmploymentLine, number>>): { field: string; key: 'employment.budget.computedLine' }[] {
  return (Object.keys(computed) as EmploymentLine[]).filter((l) => typed[l] !== undefined && typed[l] !== computed[l]).map((l) => ({ field: `${l}.actual`, key: 'employment.budget.computedLine' as const }));
}

/** The actuals a budget save stores: what was typed for the other lines, and the computed lines as computed. */
export function withComputedLines(typed: Partial<Record<LeafLine, number>>, computed: Partial<Record<EmploymentLine, number>>): Partial<Record<LeafLine, number>> {
  const out: Partial<Record<LeafLine, number>> = {};
  for (const [line, v] of Object.entries(typed) as [LeafLine, number][]) if (!Object.hasOwn(computed, line)) out[line] = v;
  return { ...out, ...computed };
}

/**
 * The computed lines of a tambon's calendar month, from its payments, read with the caller's token (the budget's
 * editors read every payment of their tambon); an empty record where the network has not switched employment on.
 */
export async function computedActualsOf(pb: PocketBase, place: { tambon: string; network: string }, month: YearMonth): Promise<Partial<Record<EmploymentLine, number>>> {
  if ((await computedLinesOf(pb, place.network)).length === 0) return {};
  return budgetActualsFromPayments(await paymentsOf(pb, place.tambon, month), month);
}

/** The budget month a calendar month's pay lands in: the period that covers it (the active one first) and its row. */
export interface BudgetMonth {
  period: PeriodInfo;
  index: number;
  report: MonthReport | undefined;
}

/**
 * Read as the platform: an agency supervisor who accepts a report may not read the budget. Null when the network has
 * not switched employment on, or no programme period covers the month (no budget month to disagree with).
 */
export async function budgetMonthOf(pb: PocketBase, place: { tambon: string; network: string }, month: YearMonth): Promise<BudgetMonth | null> {
  if ((await computedLinesOf(pb, place.network)).length === 0) return null;
  const periods = (await pb.collection('budget_periods').getFullList({ sort: '-active,-first_year,-first_month' })).map(toPeriod);
  for (const period of periods) {
    const index = indexOfMonth(period, month.year, month.month);
    if (index === null) continue;
    const rows = await pb.collection('budget_reports').getList(1, 1, { filter: pb.filter('tambon = {:t} && period = {:p} && month = {:m}', { t: place.tambon, p: period.id, m: index }) });
    return { period, index, report: rows.items[0] ? toMonthReport(rows.items[0]) : undefined };
  }
  return null;
}

/** Every payment of a tambon in a calendar month (read as the platform: the sum must see all of them). */
export async function paymentsOf(pb: PocketBase, tambon: string, month: YearMonth): Promise<Pick<Payment, 'year' | 'month' | 'line' | 'amountSatang'>[]> {
  const rows = await pb.collection('employment_payments').getFullList({ filter: pb.filter('tambon = {:t} && year = {:y} && month = {:m}', { t: tambon, y: month.year, m: month.month }), fields: 'year,month,line,amount_satang' });
  return rows.flatMap((r) => (isComputedLine(r['line']) ? [{ year: Number(r['year']), month: Number(r['month']), line: r['line'], amountSatang: Number(r['amount_satang']) }] : []));
}

/**
 * Adds to `batch` the budget month's computed actuals after the payments `payments` (all of the tambon's in that
 * month, the new one included): the row's other lines stay as typed; a month nobody has saved is created as a draft.
 * Versioned: an acceptance racing another in the same tambon and month conflicts instead of losing a payment.
 */
export function writeComputedActuals(batch: WriteBatch, tambon: string, target: BudgetMonth, payments: Iterable<Pick<Payment, 'year' | 'month' | 'line' | 'amountSatang'>>, month: YearMonth): Record<EmploymentLine, number> {
  const actuals = budgetActualsFromPayments(payments, month);
  const r = target.report;
  if (r) batch.update('budget_reports', r.id, { actuals: { ...r.storedActuals, ...actuals } }, { version: r.version });
  else batch.create('budget_reports', { id: reportId(tambon, target.period.id, target.index), tambon, period: target.period.id, month: target.index, status: 'draft', actuals, remarks: {} });
  return actuals;
}
