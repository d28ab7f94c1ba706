import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { addLeafFigures, computeReport, isLeafLine, type BudgetReport, type LeafFigures, type LeafLine } from '@otou/domain';
import type { PeriodInfo } from './read.ts';
import { actualsByMonth, leafFigures, toMonthReport } from './read.ts';

export type RollupLevel = 'national' | 'network' | 'university';

const VIEW: Record<RollupLevel, string> = {
  national: 'budget_rollup_national',
  network: 'budget_rollup_network',
  university: 'budget_rollup_university',
};

interface Sums {
  figures: LeafFigures[];
  received: number;
}

/** Turns view rows (line × month, month 0 = budget) into leaf figures; months after `asOf` show nothing reported. */
function fromRows(rows: RecordModel[], months: number, asOf: number): Sums {
  const byLine = new Map<LeafLine, LeafFigures>();
  let received = 0;
  for (const r of rows) {
    const line = r['line'] as string;
    if (line === 'received') {
      received += Number(r['budget'] ?? 0);
      continue;
    }
    if (!isLeafLine(line)) continue;
    const f = byLine.get(line) ?? { code: line, budget: 0, plan: Array(months).fill(0), actual: Array(months).fill(null) };
    const m = Number(r['month']);
    if (m === 0) f.budget += Number(r['budget'] ?? 0);
    else if (m <= months) {
      f.plan[m - 1] = Number(r['plan'] ?? 0);
      f.actual[m - 1] = m <= asOf ? Number(r['actual'] ?? 0) : null;
    }
    byLine.set(line, f);
  }
  return { figures: [...byLine.values()], received };
}

/**
 * Roll-up figures added up by the database (views over the running totals that pb_hooks/budget_sums keeps), filtered
 * to one network or university, read with the caller's token so the view's API rule applies.
 */
export async function rollupSums(pb: PocketBase, level: RollupLevel, id: string | null, period: PeriodInfo, asOf: number): Promise<Sums> {
  const filter =
    level === 'national'
      ? pb.filter('period = {:p}', { p: period.id })
      : pb.filter(`period = {:p} && ${level} = {:id}`, { p: period.id, id: id ?? '' });
  const rows = await pb.collection(VIEW[level]).getFullList({ filter, fields: 'line,month,budget,plan,actual', batch: 2000 });
  return fromRows(rows, period.months, asOf);
}

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
  const total = computeReport(sums.figures, months, asOf).rows[0]!;
  return { ...info, budget: total.budget, planToDate: total.planToDate, actualToDate: total.actualToDate, achieved: total.achieved, remaining: total.remaining, received: sums.received };
}

/** The next level down, each with its totals, for drilling down: networks, universities, or tambons. */
export async function rollupChildren(pb: PocketBase, level: RollupLevel, id: string | null, period: PeriodInfo, asOf: number): Promise<{ level: 'network' | 'university' | 'tambon'; items: RollupChild[] }> {
  if (level === 'national' || level === 'network') {
    const childLevel = level === 'national' ? 'network' : 'university';
    const view = level === 'national' ? VIEW.network : VIEW.university;
    const filter = level === 'national' ? pb.filter('period = {:p}', { p: period.id }) : pb.filter('period = {:p} && network = {:id}', { p: period.id, id: id ?? '' });
    const [rows, names] = await Promise.all([
      pb.collection(view).getFullList({ filter, fields: `${childLevel},line,month,budget,plan,actual`, batch: 2000 }),
      pb.collection(childLevel === 'network' ? 'networks' : 'universities').getFullList({
        filter: childLevel === 'university' ? pb.filter('network = {:id}', { id: id ?? '' }) : '',
        sort: childLevel === 'network' ? 'order,code' : 'code',
        fields: 'id,code,name_th,name_en',
      }),
    ]);
    const grouped = new Map<string, RecordModel[]>();
    for (const r of rows) grouped.set(r[childLevel], [...(grouped.get(r[childLevel]) ?? []), r]);
    const items = names.map((n) =>
      childRow({ id: n.id, code: n['code'], name_th: n['name_th'], name_en: n['name_en'] }, fromRows(grouped.get(n.id) ?? [], period.months, asOf), period.months, asOf),
    );
    return { level: childLevel, items };
  }
  // A university's tambons: few enough (tens) to add up per tambon from their own records.
  const tambons = await pb.collection('tambons').getFullList({ filter: pb.filter('university = {:u}', { u: id ?? '' }), sort: 'code', fields: 'id,code,name_th,district_th' });
  const [lines, reports, instalments] = await Promise.all([
    pb.collection('budget_lines').getFullList({ filter: pb.filter('period = {:p} && tambon.university = {:u}', { p: period.id, u: id ?? '' }) }),
    pb.collection('budget_reports').getFullList({ filter: pb.filter("period = {:p} && tambon.university = {:u} && status = 'approved'", { p: period.id, u: id ?? '' }) }),
    pb.collection('budget_instalments').getFullList({ filter: pb.filter("period = {:p} && tambon.university = {:u} && received_on != ''", { p: period.id, u: id ?? '' }) }),
  ]);
  const items = tambons.map((t) => {
    const plan = lines
      .filter((l) => l['tambon'] === t.id && isLeafLine(l['line']))
      .map((l) => ({ id: l.id, code: l['line'] as LeafLine, budget: Number(l['budget'] ?? 0), plan: Array.from({ length: period.months }, (_, i) => Number((l['plan'] as unknown[] | null)?.[i] ?? 0)) }));
    const acts = actualsByMonth(reports.filter((r) => r['tambon'] === t.id).map(toMonthReport), (r) => r.month <= asOf);
    const received = instalments.filter((i) => i['tambon'] === t.id).reduce((a, i) => a + Number(i['amount'] ?? 0), 0);
    return childRow({ id: t.id, code: t['code'], name_th: t['name_th'], name_en: t['name_th'] }, { figures: leafFigures(plan, acts, period.months), received }, period.months, asOf);
  });
  return { level: 'tambon', items };
}

export function rollupReport(sums: Sums, months: number, asOf: number): BudgetReport {
  return computeReport(addLeafFigures([sums.figures], months), months, asOf);
}
