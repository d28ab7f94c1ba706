import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { addLeafFigures, budgetMessages, canSee, computeReport, countsOn, defaultAsOf, isLeafLine, moneyToDate, sumBaht, totalRow, type BudgetReport, type LeafFigures, type LeafLine, type ReportBasis } from '@otou/domain';
import type { InputOf, rollupInput } from '@otou/domain/budget/schemas';
import type { Actor } from '../../context.ts';
import { appError } from '../../errors.ts';
import { actualsByMonth, leafFigures, loadPeriod, loadPlace, receivedOf, toInstalment, toMonthReport, toPlannedLines, type PeriodInfo } from './read.ts';

export type RollupLevel = 'national' | 'network' | 'university';

const VIEW: Record<RollupLevel, string> = {
  national: 'budget_rollup_national',
  network: 'budget_rollup_network',
  university: 'budget_rollup_university',
};

interface Sums {
  figures: LeafFigures[];
  received: number;
  /** The months up to `asOf` that someone in scope reported on the basis asked for. */
  counted: number[];
}

/** What a row adds on a basis: approved actuals, plus those awaiting approval for provisional figures. */
const actualOf = (r: RecordModel, basis: ReportBasis) => Number(r['actual'] ?? 0) + (basis === 'provisional' ? Number(r['awaiting'] ?? 0) : 0);
const SUM_FIELDS = 'line,month,budget,plan,actual,awaiting';

/**
 * Turns view rows (line × month, month 0 = budget; line 'received' the money received, line 'reports' the number of
 * approved reports per month) into leaf figures. A month shows actuals only when it is up to `asOf` and someone in
 * the scope has an approved report for it; otherwise it is empty (null), as in a tambon's report, never a 0 that
 * reads as nothing spent.
 */
function fromRows(rows: RecordModel[], months: number, asOf: number, basis: ReportBasis): Sums {
  const byLine = new Map<LeafLine, LeafFigures>();
  const received: number[] = [];
  const reported = new Set<number>();
  for (const r of rows) {
    const line = r['line'] as string;
    const m = Number(r['month']);
    if (line === 'received') received.push(Number(r['budget'] ?? 0));
    else if (line === 'reports') {
      if (actualOf(r, basis) > 0) reported.add(m);
    } else if (isLeafLine(line)) {
      const f = byLine.get(line) ?? { code: line, budget: 0, plan: Array(months).fill(0), actual: Array(months).fill(null) };
      if (m === 0) f.budget = sumBaht([f.budget, Number(r['budget'] ?? 0)]);
      else if (m <= months) {
        f.plan[m - 1] = Number(r['plan'] ?? 0);
        f.actual[m - 1] = actualOf(r, basis);
      }
      byLine.set(line, f);
    }
  }
  for (const f of byLine.values()) f.actual = f.actual.map((a, i) => (i + 1 <= asOf && reported.has(i + 1) ? a : null));
  return { figures: [...byLine.values()], received: sumBaht(received), counted: [...reported].filter((m) => m <= asOf).sort((x, y) => x - y) };
}

/**
 * Roll-up figures added up by the database (views over the running totals that pb_hooks/budget_sums keeps), filtered
 * to one network or university, read with the caller's token so the view's API rule applies.
 */
export async function rollupSums(pb: PocketBase, level: RollupLevel, id: string | null, period: PeriodInfo, asOf: number, basis: ReportBasis): Promise<Sums> {
  const rows = await pb.collection(VIEW[level]).getFullList({ filter: scopeFilter(pb, level, id, period), fields: SUM_FIELDS, batch: 2000 });
  return fromRows(rows, period.months, asOf, basis);
}

const scopeFilter = (pb: PocketBase, level: RollupLevel, id: string | null, period: PeriodInfo) =>
  level === 'national' ? pb.filter('period = {:p}', { p: period.id }) : pb.filter(`period = {:p} && ${level} = {:id}`, { p: period.id, id: id ?? '' });


export interface RollupChild {
  id: string;
  code: string;
  name_th: string;
  name_en: string;
  budget: number;
  planToDate: number;
  actualToDate: number;
  achieved: number | null;
  remaining: number;
  received: number;
}

function childRow(info: { id: string; code: string; name_th: string; name_en: string }, sums: Sums, months: number, asOf: number): RollupChild {
  const total = totalRow(computeReport(sums.figures, months, asOf));
  return { ...info, budget: total.budget, planToDate: total.planToDate, actualToDate: total.actualToDate, achieved: total.achieved, remaining: total.remaining, received: sums.received };
}

/** The next level down, each with its totals, for drilling down: networks, universities, or tambons. */
export async function rollupChildren(pb: PocketBase, level: RollupLevel, id: string | null, period: PeriodInfo, asOf: number, basis: ReportBasis): Promise<{ level: 'network' | 'university' | 'tambon'; items: RollupChild[] }> {
  if (level === 'national' || level === 'network') {
    const childLevel = level === 'national' ? 'network' : 'university';
    const view = level === 'national' ? VIEW.network : VIEW.university;
    const filter = scopeFilter(pb, level, id, period);
    const [rows, names] = await Promise.all([
      pb.collection(view).getFullList({ filter, fields: `${childLevel},${SUM_FIELDS}`, batch: 2000 }),
      pb.collection(childLevel === 'network' ? 'networks' : 'universities').getFullList({
        filter: childLevel === 'university' ? pb.filter('network = {:id}', { id: id ?? '' }) : '',
        sort: childLevel === 'network' ? 'order,code' : 'code',
        fields: 'id,code,name_th,name_en',
      }),
    ]);
    const grouped = new Map<string, RecordModel[]>();
    for (const r of rows) grouped.set(r[childLevel], [...(grouped.get(r[childLevel]) ?? []), r]);
    const items = names.map((n) =>
      childRow({ id: n.id, code: n['code'], name_th: n['name_th'], name_en: n['name_en'] }, fromRows(grouped.get(n.id) ?? [], period.months, asOf, basis), period.months, asOf),
    );
    return { level: childLevel, items };
  }
  // A university's tambons: few enough (tens) to add up per tambon from their own records.
  const tambons = await pb.collection('tambons').getFullList({ filter: pb.filter('university = {:u}', { u: id ?? '' }), sort: 'code', fields: 'id,code,name_th,name_en' });
  const [lines, reports, instalments] = await Promise.all([
    pb.collection('budget_lines').getFullList({ filter: pb.filter('period = {:p} && tambon.university = {:u}', { p: period.id, u: id ?? '' }) }),
    pb.collection('budget_reports').getFullList({ filter: pb.filter("period = {:p} && tambon.university = {:u} && status != 'draft'", { p: period.id, u: id ?? '' }) }),
    pb.collection('budget_instalments').getFullList({ filter: pb.filter("period = {:p} && tambon.university = {:u} && received_on != ''", { p: period.id, u: id ?? '' }) }),
  ]);
  const received = instalments.map(toInstalment);
  const items = tambons.map((t) => {
    const plan = toPlannedLines(lines.filter((l) => l['tambon'] === t.id), period.months);
    const acts = actualsByMonth(reports.filter((r) => r['tambon'] === t.id).map(toMonthReport), (r) => r.month <= asOf && countsOn(basis, r.status));
    return childRow(
      { id: t.id, code: t['code'], name_th: t['name_th'], name_en: t['name_en'] || t['name_th'] },
      { figures: leafFigures(plan, acts, period.months), received: receivedOf(received.filter((i) => i.tambon === t.id)), counted: [...acts.keys()] },
      period.months,
      asOf,
    );
  });
  return { level: 'tambon', items };
}

export function rollupReport(sums: Sums, months: number, asOf: number): BudgetReport {
  return computeReport(addLeafFigures([sums.figures], months), months, asOf);
}

/**
 * Roll-ups are only for those who oversee that level: the view's API rule would otherwise answer an outsider with
 * empty rows, which would read as a roll-up of zeros.
 */
async function assertRollupScope(a: Actor, level: RollupLevel, scopeId: string | null) {
  const u = a.user;
  if (u.placement.level === 'central') return;
  if (level === 'network' && canSee(u, { networkId: scopeId ?? '' })) return;
  if (level === 'university') {
    const uni = await loadPlace(a.pb, 'university', scopeId ?? '');
    if (canSee(u, { networkId: uni.network, universityId: uni.id })) return;
  }
  throw appError('FORBIDDEN', 'error.forbidden');
}

/** University → network → national totals with the same columns, the next level down for drilling, and money. */
export async function rollup(a: Actor, input: InputOf<typeof rollupInput>) {
  const level = input.target.level;
  const scopeId = 'id' in input.target ? input.target.id : null;
  await assertRollupScope(a, level, scopeId);
  const period = await loadPeriod(a.pb, input.periodId);
  const asOf = defaultAsOf(period, a.now, input.asOf);
  const [sums, children, title] = await Promise.all([
    rollupSums(a.pb, level, scopeId, period, asOf, input.basis),
    rollupChildren(a.pb, level, scopeId, period, asOf, input.basis),
    level === 'national' ? { name_th: budgetMessages.th['budget.national'], name_en: budgetMessages.en['budget.national'] } : loadPlace(a.pb, level, scopeId ?? '').then((p) => ({ name_th: p.name_th, name_en: p.name_en })),
  ]);
  const report = rollupReport(sums, period.months, asOf);
  return { level, id: scopeId, title, period, asOf, basis: input.basis, counted: sums.counted, report, children, money: moneyToDate(report, sums.received) };
}
