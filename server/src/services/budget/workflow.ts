import {
  actualProblems,
  approvalProblems,
  canApprove,
  canGrantException,
  canPlan,
  canReport,
  periodMonth,
  planProblems,
  windowState,
  formatDate,
  instalmentAmount,
  sumBaht,
  lastOpenDay,
  type BudgetMessageKey,
  type Params,
} from '@otou/domain';
import type { InputOf, approveMonthInput, grantExceptionInput, recordInstalmentInput, reopenMonthInput, saveMonthInput, savePlanInput } from '@otou/domain/budget/schemas';
import type { Actor } from '../../context.ts';
import { toPbDate } from '../../pocketbase/dates.ts';
import { AppError, appError, conflictError, fieldError } from '../../errors.ts';
import { writeAudited } from '../../pocketbase/auditedWrites.ts';
import type { WriteBatch } from '../../pocketbase/superuserWrites.ts';
import { computedActualsOf, computedLineProblems, withComputedLines } from './employmentLink.ts';
import { instalmentId, lineId, reportId } from './ids.ts';
import { loadPeriod, loadPlan, loadReports, loadTambon, toMonthReport, type MonthReport, type PeriodInfo, type TambonInfo } from './read.ts';

type Action = 'plan' | 'save' | 'submit' | 'approve' | 'reopen' | 'exception' | 'instalment';

/**
 * Writes a change and its history row in one transaction, as the platform, after the caller's checks have passed.
 * The row names the actor from the session (never from the input); `created` is when; before → after is what.
 * A versioned record that changed since the caller read it is answered by `onConflict` (nothing is written).
 */
function writeWithHistory(
  a: Actor,
  writes: (batch: WriteBatch) => void,
  rows: { tambon: string; period: string; month: number; action: Action; reason?: string; before?: unknown; after?: unknown }[],
  onConflict?: () => Promise<AppError>,
): Promise<void> {
  const history = rows.map((r) => ({ tambon: r.tambon, period: r.period, month: r.month, action: r.action, reason: r.reason ?? '', before: r.before ?? null, after: r.after ?? null }));
  return writeAudited(a, writes, 'budget_events', history, onConflict);
}

/** What a month looks like to someone who must decide again: its values stored now, with their version. */
const monthConflict = (report: MonthReport | undefined) =>
  conflictError(report?.version ?? 0, { actuals: report?.actuals ?? {}, remarks: report?.remarks ?? {}, status: report?.status ?? 'draft' });

async function currentMonth(a: Actor, tambonId: string, periodId: string, month: number): Promise<MonthReport | undefined> {
  const rows = await a.pb.collection('budget_reports').getList(1, 1, { filter: a.pb.filter('tambon = {:t} && period = {:p} && month = {:m}', { t: tambonId, p: periodId, m: month }) });
  return rows.items[0] ? toMonthReport(rows.items[0]) : undefined;
}

const planConflict = (plan: { code: string; budget: number; plan: number[]; version: number }[]) =>
  conflictError(null, { lines: plan.map((l) => ({ line: l.code, budget: l.budget, plan: l.plan, version: l.version })) });

/**
 * Sets a tambon's budget and monthly plan, all nine lines or some of them, in one transaction. Every plan must add
 * up to its line's budget; nothing is written when any line is wrong.
 */
export async function savePlan(a: Actor, { tambonId, periodId, lines }: InputOf<typeof savePlanInput>) {
  const period = await loadPeriod(a.pb, periodId);
  const tambon = await loadTambon(a.pb, tambonId);
  if (!canPlan(a.user, tambon.path)) throw appError('FORBIDDEN', 'error.forbidden');
  const problems = lines.flatMap((l): { field: string; key: BudgetMessageKey; params?: Params }[] =>
    l.plan.length !== period.months
      ? [{ field: `${l.line}.plan`, key: 'budget.monthOutside' as const }]
      : planProblems(l.line, l.budget, l.plan),
  );
  if (problems.length) throw fieldError(problems);
  const stored = await loadPlan(a.pb, tambonId, period);
  const existing = new Map(stored.map((l) => [l.code, l]));
  if (lines.some((l) => (existing.get(l.line)?.version ?? 0) !== l.version)) throw planConflict(stored);
  await writeWithHistory(
    a,
    (batch) => {
      for (const l of lines) {
        const prev = existing.get(l.line);
        if (prev) batch.update('budget_lines', prev.id, { budget: l.budget, plan: l.plan }, { version: l.version });
        else batch.create('budget_lines', { id: lineId(tambonId, period.id, l.line), tambon: tambonId, period: period.id, line: l.line, budget: l.budget, plan: l.plan });
      }
    },
    [
      {
        tambon: tambonId,
        period: period.id,
        month: 0,
        action: 'plan',
        before: lines.flatMap((l) => { const prev = existing.get(l.line); return prev ? [{ line: l.line, budget: prev.budget, plan: prev.plan }] : []; }),
        after: lines.map((l) => ({ line: l.line, budget: l.budget, plan: l.plan })),
      },
    ],
    async () => planConflict(await loadPlan(a.pb, tambonId, period)),
  );
  return { ok: true as const };
}

function assertWindow(a: Actor, period: PeriodInfo, month: number, report: MonthReport | undefined) {
  const m = periodMonth(period, month);
  const w = windowState(a.now, m.year, m.month, { lateUntil: report?.lateUntil ?? null, reopened: report?.reopened ?? false });
  if (w.open) return;
  if (w.why === 'notYet') throw appError('PRECONDITION_FAILED', 'budget.windowNotYet', { opens: formatDate(w.opens, a.locale, 'long') });
  throw appError('PRECONDITION_FAILED', 'budget.windowClosed', { closed: formatDate(lastOpenDay(w.closedAt), a.locale, 'long') });
}

/**
 * Saves a month's actuals (and submits them when asked) inside the reporting window, an exception or a reopening.
 * A submitted or approved month is locked. No line may spend more than its budget over the whole period.
 */
export async function saveMonth(a: Actor, input: InputOf<typeof saveMonthInput>): Promise<{ status: MonthReport['status'] }> {
  const { tambonId } = input;
  const period = await loadPeriod(a.pb, input.periodId);
  if (input.month < 1 || input.month > period.months) throw appError('BAD_REQUEST', 'budget.monthOutside');
  const tambon = await loadTambon(a.pb, tambonId);
  if (!canReport(a.user, tambon.path)) throw appError('FORBIDDEN', 'error.forbidden');
  const [plan, reports] = await Promise.all([loadPlan(a.pb, tambonId, period), loadReports(a.pb, tambonId, period.id)]);
  if (plan.length === 0) throw appError('PRECONDITION_FAILED', 'budget.noPlan');
  const report = reports.find((r) => r.month === input.month);
  if ((report?.version ?? 0) !== input.version) throw monthConflict(report);
  if (report && report.status !== 'draft') throw appError('PRECONDITION_FAILED', 'budget.locked');
  assertWindow(a, period, input.month, report);

  // Where employment is on, 1.1–1.3 are the month's pay: kept as computed, never typed over.
  const computed = await computedActualsOf(a.pb, { tambon: tambonId, network: tambon.path.networkId }, periodMonth(period, input.month));
  const actuals = withComputedLines(input.actuals, computed);
  const problems = [
    ...computedLineProblems(input.actuals, computed),
    ...actualProblems(
      actuals,
      plan.map((l) => ({
        code: l.code,
        budget: l.budget,
        otherMonthsActual: sumBaht(reports.filter((r) => r.month !== input.month).map((r) => r.actuals[l.code])),
      })),
    ),
  ];
  if (problems.length) throw fieldError(problems);

  const status = input.submit ? 'submitted' : 'draft';
  const body = {
    actuals,
    remarks: input.remarks,
    status,
    ...(input.submit ? { submitted_by: a.user.id, submitted_at: toPbDate(a.now) } : {}),
    // Submitting a reopened month closes the reopening.
    ...(input.submit && report?.reopened ? { reopened: false } : {}),
  };
  await writeWithHistory(
    a,
    (batch) => {
      // A month nobody saved yet has a deterministic id: of two people creating it at once, the second conflicts.
      if (report) batch.update('budget_reports', report.id, body, { version: input.version });
      else batch.create('budget_reports', { id: reportId(tambonId, period.id, input.month), tambon: tambonId, period: period.id, month: input.month, ...body });
    },
    [
      {
        tambon: tambonId,
        period: period.id,
        month: input.month,
        action: input.submit ? 'submit' : 'save',
        before: report ? { actuals: report.actuals, remarks: report.remarks, status: report.status } : null,
        after: { actuals, remarks: input.remarks, status },
      },
    ],
    async () => monthConflict(await currentMonth(a, tambonId, period.id, input.month)),
  );
  return { status };
}

async function reportFor(a: Actor, tambonId: string, period: PeriodInfo, month: number): Promise<{ tambon: TambonInfo; report: MonthReport | undefined }> {
  const [tambon, report] = await Promise.all([loadTambon(a.pb, tambonId), currentMonth(a, tambonId, period.id, month)]);
  return { tambon, report };
}

/**
 * The university approves a submitted month; the submitter cannot approve their own report. Approval re-checks
 * what it approves from the stored month (inside the period, submitted while it could be, real budget lines, sound
 * amounts within budget), and approves the version the approver saw, not one changed since.
 */
export async function approveMonth(a: Actor, { tambonId, periodId, month, version }: InputOf<typeof approveMonthInput>) {
  const period = await loadPeriod(a.pb, periodId);
  const { tambon, report } = await reportFor(a, tambonId, period, month);
  if (!canApprove(a.user, tambon.path)) throw appError('FORBIDDEN', 'error.forbidden');
  if (!report || report.status !== 'submitted') throw appError('PRECONDITION_FAILED', 'budget.notSubmitted');
  if (report.version !== version) throw monthConflict(report);
  if (report.submittedBy === a.user.id) throw appError('FORBIDDEN', 'budget.selfApproval');
  const [plan, reports, reopenings] = await Promise.all([
    loadPlan(a.pb, tambonId, period),
    loadReports(a.pb, tambonId, period.id),
    a.pb.collection('budget_events').getList(1, 1, { filter: a.pb.filter('tambon = {:t} && period = {:p} && month = {:m} && action = "reopen"', { t: tambonId, p: period.id, m: month }), fields: 'id' }),
  ]);
  const problems = approvalProblems(
    period,
    { month: report.month, actuals: report.storedActuals, submittedAt: report.submittedAt, lateUntil: report.lateUntil, reopenedBefore: reopenings.totalItems > 0 },
    // Approving must not take the approved spending of a line over its budget.
    plan.map((l) => ({ code: l.code, budget: l.budget, otherMonthsActual: sumBaht(reports.filter((r) => r.month !== report.month && r.status === 'approved').map((r) => r.actuals[l.code])) })),
  );
  const whole = problems.find((p) => p.field === null);
  if (whole?.key === 'budget.monthOutside') throw appError('BAD_REQUEST', 'budget.monthOutside');
  if (whole) throw appError('PRECONDITION_FAILED', whole.key);
  if (problems.length) {
    const e = fieldError(problems.flatMap((p) => (p.field === null ? [] : [{ field: p.field, key: p.key, ...(p.params ? { params: p.params } : {}) }])));
    throw new AppError('PRECONDITION_FAILED', 'budget.unsoundReport', undefined, e.fieldErrors);
  }
  await writeWithHistory(
    a,
    (batch) => batch.update('budget_reports', report.id, { status: 'approved', approved_by: a.user.id, approved_at: toPbDate(a.now) }, { version }),
    [{ tambon: tambonId, period: period.id, month, action: 'approve', before: { status: 'submitted', actuals: report.actuals }, after: { status: 'approved', actuals: report.actuals } }],
    async () => monthConflict(await currentMonth(a, tambonId, period.id, month)),
  );
  return { ok: true as const };
}

/** Only the approver reopens an approved month, with a reason; the month can then be corrected and submitted again. */
export async function reopenMonth(a: Actor, { tambonId, periodId, month, reason }: InputOf<typeof reopenMonthInput>) {
  const period = await loadPeriod(a.pb, periodId);
  const { tambon, report } = await reportFor(a, tambonId, period, month);
  // Who may reopen comes before what they typed: the access matrix holds every procedure to that order.
  if (!canApprove(a.user, tambon.path)) throw appError('FORBIDDEN', 'error.forbidden');
  if (!reason.trim()) throw fieldError([{ field: 'reason', key: 'budget.reasonRequired' }]);
  if (!report || report.status !== 'approved') throw appError('PRECONDITION_FAILED', 'budget.notApproved');
  if (report.approvedBy !== a.user.id) throw appError('FORBIDDEN', 'budget.onlyApproverReopens');
  // The reopening and its history row land together or not at all: a reopened month always says who and why.
  await writeWithHistory(
    a,
    (batch) => batch.update('budget_reports', report.id, { status: 'draft', reopened: true }, { version: report.version }),
    [{ tambon: tambonId, period: period.id, month, action: 'reopen', reason: reason.trim(), before: { status: 'approved' }, after: { status: 'draft', reopened: true } }],
    async () => monthConflict(await currentMonth(a, tambonId, period.id, month)),
  );
  return { ok: true as const };
}

/** The central office lets a tambon report a closed month late, until a date, for a recorded reason. */
export async function grantException(a: Actor, { tambonId, periodId, month, reason, ...input }: InputOf<typeof grantExceptionInput>) {
  const until = new Date(input.until);
  const period = await loadPeriod(a.pb, periodId);
  if (!canGrantException(a.user)) throw appError('FORBIDDEN', 'error.forbidden');
  if (!reason.trim()) throw fieldError([{ field: 'reason', key: 'budget.reasonRequired' }]);
  if (month < 1 || month > period.months) throw appError('BAD_REQUEST', 'budget.monthOutside');
  const { report } = await reportFor(a, tambonId, period, month);
  const body = { late_until: toPbDate(until), late_reason: reason.trim(), late_by: a.user.id };
  await writeWithHistory(
    a,
    (batch) => {
      if (report) batch.update('budget_reports', report.id, body, { version: report.version });
      else batch.create('budget_reports', { id: reportId(tambonId, period.id, month), tambon: tambonId, period: period.id, month, status: 'draft', actuals: {}, remarks: {}, ...body });
    },
    [{ tambon: tambonId, period: period.id, month, action: 'exception', reason: reason.trim(), before: { lateUntil: report?.lateUntil?.toISOString() ?? null }, after: { lateUntil: until.toISOString() } }],
    async () => monthConflict(await currentMonth(a, tambonId, period.id, month)),
  );
  return { ok: true as const };
}

/**
 * The central office records an instalment as received for a tambon or for every tambon of a university: each
 * instalment is half of the tambon's total budget (the programme pays 50% + 50%; the second after the 6-month
 * report). One transaction for the whole university.
 */
export async function recordInstalment(a: Actor, { target, periodId, number, ...input }: InputOf<typeof recordInstalmentInput>): Promise<{ tambons: number }> {
  // Noon in Bangkok: the day received stays that day in every time zone that shows it.
  const receivedOn = new Date(`${input.receivedOn}T12:00:00+07:00`);
  const period = await loadPeriod(a.pb, periodId);
  if (!canGrantException(a.user)) throw appError('FORBIDDEN', 'error.forbidden');
  const tambons =
    target.level === 'tambon'
      ? [target.id]
      : (await a.pb.collection('tambons').getFullList({ filter: a.pb.filter('university = {:u}', { u: target.id }), fields: 'id' })).map((t) => t.id);
  const [lines, existing] = await Promise.all([
    a.pb.collection('budget_lines').getFullList({ filter: a.pb.filter(target.level === 'tambon' ? 'period = {:p} && tambon = {:id}' : 'period = {:p} && tambon.university = {:id}', { p: period.id, id: target.id }), fields: 'tambon,budget' }),
    a.pb.collection('budget_instalments').getFullList({ filter: a.pb.filter(target.level === 'tambon' ? 'period = {:p} && number = {:n} && tambon = {:id}' : 'period = {:p} && number = {:n} && tambon.university = {:id}', { p: period.id, n: number, id: target.id }) }),
  ]);
  const rows: Parameters<typeof writeWithHistory>[2] = [];
  const writes: ((batch: WriteBatch) => void)[] = [];
  for (const t of tambons) {
    const budget = sumBaht(lines.filter((l) => l['tambon'] === t).map((l) => Number(l['budget'] ?? 0)));
    if (budget === 0) continue; // no budget yet: nothing is owed
    const body = { amount: instalmentAmount(budget, number), received_on: toPbDate(receivedOn) };
    const prev = existing.find((i) => i['tambon'] === t);
    if (prev) writes.push((batch) => batch.update('budget_instalments', prev.id, body));
    else writes.push((batch) => batch.create('budget_instalments', { id: instalmentId(t, period.id, number), tambon: t, period: period.id, number, ...body }));
    rows.push({ tambon: t, period: period.id, month: 0, action: 'instalment', before: prev ? { number, amount: prev['amount'], received_on: prev['received_on'] } : null, after: { number, ...body } });
  }
  if (rows.length) await writeWithHistory(a, (batch) => writes.forEach((w) => w(batch)), rows);
  return { tambons: rows.length };
}
