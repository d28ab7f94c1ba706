import { z } from 'zod';
import {
  BUDGET_ROLES,
  LEAF_LINES,
  boardStatus,
  canApprove,
  canGrantException,
  canPlan,
  canReport,
  canSee,
  computeReport,
  indexOfMonth,
  periodMonth,
  periodMonths,
  reportingMonthAt,
  windowState,
  type BoardStatus,
  type LeafLine,
} from '@otou/domain';
import { appError } from '../errors.ts';
import { budgetExport } from '../services/budgetExportTarget.ts';
import { actualsByMonth, leafFigures, loadPeriod, loadPlan, loadReports, loadTambon, toMonthReport, toPeriod, type PeriodInfo } from '../services/budget/read.ts';
import { rollupChildren, rollupReport, rollupSums, type RollupLevel } from '../services/budget/rollup.ts';
import { approve, grantException, recordInstalment, reopen, saveActuals, savePlan } from '../services/budget/workflow.ts';
import type { Context } from '../context.ts';
import type { SessionUser } from '../session.ts';
import { router, signedInProcedure } from '../trpc.ts';

/** Guarantees the caller has a role that works with budgets. */
const budgetProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (!(BUDGET_ROLES as readonly string[]).includes(ctx.sessionUser.role)) throw appError('FORBIDDEN', 'error.forbidden');
  return next();
});

const id = z.string().min(1).max(30);
const amount = z.number({ error: 'budget.notANumber' }).finite({ error: 'budget.notANumber' });
const leafMap = <T extends z.ZodType>(value: T) => z.partialRecord(z.enum(LEAF_LINES), value);

/** The month "to date" means: asked for, else the month being reported now, kept inside the period. */
export function defaultAsOf(period: PeriodInfo, now: Date, asked?: number): number {
  if (asked !== undefined) return Math.min(Math.max(asked, 1), period.months);
  const due = reportingMonthAt(now);
  const i = indexOfMonth(period, due.year, due.month);
  if (i !== null) return i;
  const first = periodMonth(period, 1);
  return due.year * 12 + due.month < first.year * 12 + first.month ? 1 : period.months;
}

/** What every budget procedure's context carries: the request's and the signed-in user. */
type BudgetCtx = Context & { sessionUser: SessionUser };

const actor = (ctx: BudgetCtx) => ({ pb: ctx.pb, user: ctx.sessionUser, now: ctx.now(), locale: ctx.locale });

async function tambonReport(ctx: BudgetCtx, tambonId: string, periodId: string | undefined, asked: number | undefined) {
  const period = await loadPeriod(ctx.pb, periodId);
  const [tambon, plan, reports, instalments] = await Promise.all([
    loadTambon(ctx.pb, tambonId),
    loadPlan(ctx.pb, tambonId, period),
    loadReports(ctx.pb, tambonId, period.id),
    ctx.pb.collection('budget_instalments').getFullList({ filter: ctx.pb.filter('tambon = {:t} && period = {:p}', { t: tambonId, p: period.id }), sort: 'number' }),
  ]);
  const now = ctx.now();
  const asOf = defaultAsOf(period, now, asked);
  const latestRemarks = Object.assign({}, ...reports.filter((r) => r.month <= asOf).map((r) => r.remarks)) as Partial<Record<LeafLine, string>>;
  const report = computeReport(leafFigures(plan, actualsByMonth(reports), period.months, latestRemarks), period.months, asOf);
  const u = ctx.sessionUser;
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
    };
  });
  const received = instalments.filter((i) => i['received_on']).reduce((a, i) => a + Number(i['amount'] ?? 0), 0);
  return {
    tambon: { id: tambon.id, code: tambon.code, name_th: tambon.name_th, district_th: tambon.district_th, province_th: tambon.province_th, university: tambon.university },
    period,
    asOf,
    report,
    plan: plan.map((l) => ({ line: l.code, budget: l.budget, plan: l.plan })),
    months,
    instalments: instalments.map((i) => ({ number: Number(i['number']), amount: Number(i['amount'] ?? 0), receivedOn: (i['received_on'] as string) || null })),
    money: { received, spent: report.rows[0]!.actualToDate, remaining: received - report.rows[0]!.actualToDate },
    can: {
      plan: canPlan(u, tambon.path),
      report: canReport(u, tambon.path),
      approve: canApprove(u, tambon.path),
      grantException: canGrantException(u),
    },
  };
}

/**
 * Roll-ups are only for those who oversee that level: the view's API rule would otherwise answer an outsider with
 * empty rows, which would read as a roll-up of zeros.
 */
async function assertRollupScope(ctx: BudgetCtx, level: RollupLevel, scopeId: string | null) {
  const u = ctx.sessionUser;
  let allowed = u.placement.level === 'central';
  if (level === 'network') allowed ||= canSee(u, { networkId: scopeId ?? '' });
  if (level === 'university') {
    const uni = await ctx.pb.collection('universities').getOne(scopeId ?? '', { fields: 'id,network' });
    allowed ||= canSee(u, { networkId: uni['network'], universityId: uni.id });
  }
  if (!allowed) throw appError('FORBIDDEN', 'error.forbidden');
}

async function rollup(ctx: BudgetCtx, level: RollupLevel, scopeId: string | null, periodId: string | undefined, asked: number | undefined) {
  await assertRollupScope(ctx, level, scopeId);
  const period = await loadPeriod(ctx.pb, periodId);
  const asOf = defaultAsOf(period, ctx.now(), asked);
  const [sums, children, title] = await Promise.all([
    rollupSums(ctx.pb, level, scopeId, period, asOf),
    rollupChildren(ctx.pb, level, scopeId, period, asOf),
    level === 'national'
      ? Promise.resolve({ name_th: 'ภาพรวมประเทศ', name_en: 'National' })
      : ctx.pb.collection(level === 'network' ? 'networks' : 'universities').getOne(scopeId ?? '', { fields: 'name_th,name_en' }).then((r) => ({ name_th: r['name_th'] as string, name_en: r['name_en'] as string })),
  ]);
  const report = rollupReport(sums, period.months, asOf);
  return { level, id: scopeId, title, period, asOf, report, children, money: { received: sums.received, spent: report.rows[0]!.actualToDate, remaining: sums.received - report.rows[0]!.actualToDate } };
}

const rollupTarget = z.discriminatedUnion('level', [
  z.object({ level: z.literal('national') }),
  z.object({ level: z.literal('network'), id }),
  z.object({ level: z.literal('university'), id }),
]);

export const budgetRouter = router({
  periods: budgetProcedure.query(async ({ ctx }) =>
    (await ctx.pb.collection('budget_periods').getFullList({ sort: '-first_year,-first_month' })).map((r) => ({ ...toPeriod(r), active: Boolean(r['active']) })),
  ),

  /**
   * The central office sets up a programme period (the demo's is Jan–Dec 2564) and which one is active; making one
   * active makes the others inactive in the same transaction.
   */
  savePeriod: budgetProcedure
    .input(
      z.object({
        id: id.optional(),
        code: z.string().trim().regex(/^[A-Za-z0-9-]{1,32}$/, { error: 'budget.periodCode' }),
        name_th: z.string().trim().min(1, { error: 'budget.periodName' }).max(200),
        name_en: z.string().trim().min(1, { error: 'budget.periodName' }).max(200),
        firstYear: z.number().int().min(2000).max(2200),
        firstMonth: z.number().int().min(1).max(12),
        months: z.number().int().min(1, { error: 'budget.periodMonths' }).max(36, { error: 'budget.periodMonths' }),
        active: z.boolean(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (!canGrantException(ctx.sessionUser)) throw appError('FORBIDDEN', 'error.forbidden');
      const body = { code: input.code, name_th: input.name_th, name_en: input.name_en, first_year: input.firstYear, first_month: input.firstMonth, months: input.months, active: input.active };
      const others = input.active ? await ctx.pb.collection('budget_periods').getFullList({ filter: 'active = true', fields: 'id' }) : [];
      const batch = ctx.pb.createBatch();
      for (const o of others) if (o.id !== input.id) batch.collection('budget_periods').update(o.id, { active: false });
      if (input.id) batch.collection('budget_periods').update(input.id, body);
      else batch.collection('budget_periods').create(body);
      await batch.send();
      return { ok: true };
    }),

  /** One tambon's progress report in the ministry's shape, its months' states and what the caller may do. */
  tambonReport: budgetProcedure
    .input(z.object({ tambonId: id, periodId: id.optional(), asOf: z.number().int().min(1).max(36).optional() }))
    .query(({ ctx, input }) => tambonReport(ctx, input.tambonId, input.periodId, input.asOf)),

  savePlan: budgetProcedure
    .input(z.object({ tambonId: id, periodId: id, lines: z.array(z.object({ line: z.enum(LEAF_LINES), budget: amount, plan: z.array(amount).max(36) })).min(1).max(9) }))
    .mutation(async ({ ctx, input }) => {
      await savePlan(actor(ctx), input.tambonId, await loadPeriod(ctx.pb, input.periodId), input.lines);
      return { ok: true };
    }),

  saveActuals: budgetProcedure
    .input(z.object({ tambonId: id, periodId: id, month: z.number().int().min(1).max(36), actuals: leafMap(amount), remarks: leafMap(z.string().max(500)).default({}), submit: z.boolean().default(false) }))
    .mutation(async ({ ctx, input }) => ({ status: await saveActuals(actor(ctx), input.tambonId, await loadPeriod(ctx.pb, input.periodId), input) })),

  approve: budgetProcedure.input(z.object({ tambonId: id, periodId: id, month: z.number().int().min(1).max(36) })).mutation(async ({ ctx, input }) => {
    await approve(actor(ctx), input.tambonId, await loadPeriod(ctx.pb, input.periodId), input.month);
    return { ok: true };
  }),

  reopen: budgetProcedure.input(z.object({ tambonId: id, periodId: id, month: z.number().int().min(1).max(36), reason: z.string().max(1000) })).mutation(async ({ ctx, input }) => {
    await reopen(actor(ctx), input.tambonId, await loadPeriod(ctx.pb, input.periodId), input.month, input.reason);
    return { ok: true };
  }),

  grantException: budgetProcedure
    .input(z.object({ tambonId: id, periodId: id, month: z.number().int().min(1).max(36), until: z.iso.datetime({ offset: true }), reason: z.string().max(1000) }))
    .mutation(async ({ ctx, input }) => {
      await grantException(actor(ctx), input.tambonId, await loadPeriod(ctx.pb, input.periodId), input.month, new Date(input.until), input.reason);
      return { ok: true };
    }),

  /** The central office records an instalment (50% of each tambon's budget) as received. */
  recordInstalment: budgetProcedure
    .input(z.object({ target: z.object({ level: z.enum(['tambon', 'university']), id }), periodId: id, number: z.union([z.literal(1), z.literal(2)]), receivedOn: z.iso.date() }))
    .mutation(async ({ ctx, input }) => ({
      tambons: await recordInstalment(actor(ctx), input.target, await loadPeriod(ctx.pb, input.periodId), input.number, new Date(`${input.receivedOn}T12:00:00+07:00`)),
    })),

  /** Every change to a tambon's budget, newest first. */
  history: budgetProcedure.input(z.object({ tambonId: id, periodId: id })).query(async ({ ctx, input }) => {
    const rows = await ctx.pb.collection('budget_events').getFullList({ filter: ctx.pb.filter('tambon = {:t} && period = {:p}', { t: input.tambonId, p: input.periodId }), sort: '-created,-@rowid' });
    return rows.map((r) => ({ id: r.id, at: String(r['created']), action: r['action'] as string, month: Number(r['month'] ?? 0), byName: r['by_name'] as string, reason: r['reason'] as string, changes: r['changes'] as unknown }));
  }),

  /** University → network → national totals with the same columns, the next level down for drilling, and money. */
  rollup: budgetProcedure
    .input(z.object({ target: rollupTarget, periodId: id.optional(), asOf: z.number().int().min(1).max(36).optional() }))
    .query(({ ctx, input }) => rollup(ctx, input.target.level, 'id' in input.target ? input.target.id : null, input.periodId, input.asOf)),

  /** Which tambons have submitted, are late, await approval or are approved for a month. */
  statusBoard: budgetProcedure
    .input(z.object({ periodId: id.optional(), month: z.number().int().min(1).max(36).optional(), universityId: id.optional() }))
    .query(async ({ ctx, input }) => {
      const period = await loadPeriod(ctx.pb, input.periodId);
      const now = ctx.now();
      const month = input.month ?? defaultAsOf(period, now);
      const m = periodMonth(period, month);
      const tambonFilter = input.universityId ? ctx.pb.filter('university = {:u}', { u: input.universityId }) : '';
      const [tambons, reports] = await Promise.all([
        ctx.pb.collection('tambons').getFullList({
          filter: tambonFilter,
          sort: 'code',
          expand: 'university',
          fields: 'id,code,name_th,district_th,university,expand.university.id,expand.university.name_th,expand.university.name_en,expand.university.code,expand.university.network',
          batch: 1000,
        }),
        ctx.pb.collection('budget_reports').getFullList({ filter: ctx.pb.filter('period = {:p} && month = {:m}' + (input.universityId ? ' && tambon.university = {:u}' : ''), { p: period.id, m: month, u: input.universityId ?? '' }), batch: 1000 }),
      ]);
      const byTambon = new Map(reports.map((r) => [r['tambon'] as string, toMonthReport(r)]));
      const empty = (): Record<BoardStatus, number> => ({ approved: 0, awaitingApproval: 0, late: 0, open: 0, notYet: 0 });
      interface BoardTambon {
        id: string;
        code: string;
        name_th: string;
        district_th: string;
        status: BoardStatus;
      }
      const universities = new Map<string, { id: string; code: string; name_th: string; name_en: string; network: string; counts: Record<BoardStatus, number>; tambons: BoardTambon[] }>();
      for (const t of tambons) {
        const u = t.expand?.['university'];
        const key = t['university'] as string;
        const entry = universities.get(key) ?? { id: key, code: u?.['code'] ?? '', name_th: u?.['name_th'] ?? '', name_en: u?.['name_en'] ?? '', network: u?.['network'] ?? '', counts: empty(), tambons: [] as BoardTambon[] };
        const status = boardStatus(now, m.year, m.month, byTambon.get(t.id) ?? null);
        entry.counts[status] += 1;
        entry.tambons.push({ id: t.id, code: t['code'], name_th: t['name_th'], district_th: t['district_th'], status });
        universities.set(key, entry);
      }
      const list = [...universities.values()].sort((a, b) => a.code.localeCompare(b.code));
      const totals = empty();
      for (const u of list) for (const k of Object.keys(totals) as BoardStatus[]) totals[k] += u.counts[k];
      // Per network too, for those who oversee more than one.
      const networkIds = [...new Set(list.map((u) => u.network))];
      const networkNames = networkIds.length > 1 ? await ctx.pb.collection('networks').getFullList({ sort: 'order,code', fields: 'id,code,name_th,name_en' }) : [];
      const networks = networkNames
        .filter((n) => networkIds.includes(n.id))
        .map((n) => {
          const counts = empty();
          for (const u of list.filter((x) => x.network === n.id)) for (const k of Object.keys(counts) as BoardStatus[]) counts[k] += u.counts[k];
          return { id: n.id, code: n['code'] as string, name_th: n['name_th'] as string, name_en: n['name_en'] as string, counts };
        });
      // A national board lists universities; their tambons come with a university's own board.
      const withTambons = Boolean(input.universityId) || list.length <= 3;
      return { period, month, monthKey: m.key, totals, networks, universities: list.map((u) => (withTambons ? u : { ...u, tambons: [] as BoardTambon[] })) };
    }),

  /** The report or roll-up as the ministry wants it: Excel laid out like the deck's report, or CSV. */
  export: budgetProcedure
    .input(
      z.object({
        target: z.discriminatedUnion('level', [z.object({ level: z.literal('tambon'), id }), ...rollupTarget.options]),
        periodId: id.optional(),
        asOf: z.number().int().min(1).max(36).optional(),
        format: z.enum(['xlsx', 'csv']),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const t = input.target;
      const data =
        t.level === 'tambon'
          ? await tambonReport(ctx, t.id, input.periodId, input.asOf).then((r) => ({
              report: r.report,
              period: r.period,
              title: `ตำบล${r.tambon.name_th} อำเภอ${r.tambon.district_th} จังหวัด${r.tambon.province_th}`,
              subtitle: r.tambon.university.name_th,
              file: `budget-${r.tambon.code}`,
            }))
          : await rollup(ctx, t.level, 'id' in t ? t.id : null, input.periodId, input.asOf).then((r) => ({
              report: r.report,
              period: r.period,
              title: ctx.locale === 'en' ? r.title.name_en : r.title.name_th,
              subtitle: ctx.locale === 'en' ? 'Roll-up of approved reports' : 'รวมผลจากรายงานที่อนุมัติแล้ว',
              file: `budget-${t.level}`,
            }));
      return budgetExport(data, input.format, ctx.locale, ctx.now());
    }),
});
