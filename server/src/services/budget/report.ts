import {
  boardStatus,
  canApprove,
  canGrantException,
  canPlan,
  canReport,
  computeReport,
  countsOn,
  defaultAsOf,
  moneyToDate,
  periodMonths,
  windowState,
  type LeafLine,
} from '@otou/domain';
import type { InputOf, historyInput, tambonReportInput } from '@otou/domain/budget/schemas';
import type { Actor } from '../../context.ts';
import { isoFromPb } from '../../pocketbase/dates.ts';
import { computedLinesOf } from './employmentLink.ts';
import { actualsByMonth, leafFigures, loadInstalments, loadPeriod, loadPlan, loadReports, loadTambon, receivedOf } from './read.ts';

/** One tambon's progress report in the ministry's shape, its months' states and what the caller may do. */
export async function tambonReport(a: Actor, input: InputOf<typeof tambonReportInput>) {
  const period = await loadPeriod(a.pb, input.periodId);
  const [tambon, plan, reports, instalments] = await Promise.all([
    loadTambon(a.pb, input.tambonId),
    loadPlan(a.pb, input.tambonId, period),
    loadReports(a.pb, input.tambonId, period.id),
    loadInstalments(a.pb, input.tambonId, period.id),
  ]);
  const computed = await computedLinesOf(a.pb, tambon.path.networkId);
  const now = a.now;
  const asOf = defaultAsOf(period, now, input.asOf);
  const counted = reports.filter((r) => countsOn(input.basis, r.status));
  const latestRemarks = Object.assign({}, ...counted.filter((r) => r.month <= asOf).map((r) => r.remarks)) as Partial<Record<LeafLine, string>>;
  const report = computeReport(leafFigures(plan, actualsByMonth(counted), period.months, latestRemarks), period.months, asOf);
  const u = a.user;
  const months = periodMonths(period).map((m) => {
    const r = reports.find((x) => x.month === m.index);
    const w = windowState(now, m.year, m.month, { lateUntil: r?.lateUntil ?? null, reopened: r?.reopened ?? false });
    return {
      ...m,
      status: r?.status ?? ('draft' as const),
      board: boardStatus(now, m.year, m.month, r ?? null),
      window: w.open
        ? { open: true as const, why: w.why, closes: w.closes?.toISOString() ?? null }
        : { open: false as const, why: w.why, at: (w.why === 'notYet' ? w.opens : w.closedAt).toISOString() },
      actuals: r?.actuals ?? {},
      remarks: r?.remarks ?? {},
      lateUntil: r?.lateUntil?.toISOString() ?? null,
      lateReason: r?.lateReason ?? '',
      reopened: r?.reopened ?? false,
      submittedByMe: r?.submittedBy === u.id,
      approvedByMe: r?.approvedBy === u.id,
      /** Sent back with a save or an approval: the state the person started from (0: nobody saved this month yet). */
      version: r?.version ?? 0,
    };
  });
  return {
    tambon: {
      id: tambon.id,
      code: tambon.code,
      name_th: tambon.name_th,
      district_th: tambon.district_th,
      province_th: tambon.province_th,
      name_en: tambon.name_en,
      district_en: tambon.district_en,
      province_en: tambon.province_en,
      university: tambon.university,
    },
    period,
    asOf,
    basis: input.basis,
    /** The months up to `asOf` whose figures the report counts, on its basis. */
    counted: counted.filter((r) => r.month <= asOf).map((r) => r.month).sort((x, y) => x - y),
    report,
    plan: plan.map((l) => ({ line: l.code, budget: l.budget, plan: l.plan, version: l.version })),
    /** Lines whose actuals are the employment module's pay (1.1–1.3 where it is on): shown, never typed. */
    computed,
    months,
    instalments: instalments.map((i) => ({ number: i.number, amount: i.amount, receivedOn: i.receivedOn })),
    money: moneyToDate(report, receivedOf(instalments)),
    can: {
      plan: canPlan(u, tambon.path),
      report: canReport(u, tambon.path),
      approve: canApprove(u, tambon.path),
      grantException: canGrantException(u),
    },
  };
}

/** Every change to a tambon's budget, newest first. */
export async function history(a: Actor, input: InputOf<typeof historyInput>) {
  // A tambon outside the caller's scope is "not found", as its report is, not an empty history.
  await loadTambon(a.pb, input.tambonId);
  const rows = await a.pb.collection('budget_events').getFullList({ filter: a.pb.filter('tambon = {:t} && period = {:p}', { t: input.tambonId, p: input.periodId }), sort: '-created,-@rowid' });
  return rows.map((r) => ({ id: r.id, at: isoFromPb(r['created']) ?? '', action: r['action'] as string, month: Number(r['month'] ?? 0), byName: r['by_name'] as string, reason: r['reason'] as string, changes: r['changes'] as unknown, before: (r['before'] ?? null) as unknown, after: (r['after'] ?? null) as unknown }));
}
