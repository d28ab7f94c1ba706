import {
  actualProblems,
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
import { appError, fieldError } from '../../errors.ts';
import { instalmentId, lineId, reportId } from './ids.ts';
import { loadPeriod, loadPlan, loadReports, loadTambon, toMonthReport, type MonthReport, type PeriodInfo, type TambonInfo } from './read.ts';


function event(a: Actor, tambon: string, period: string, month: number, action: string, extra: { reason?: string; changes?: unknown } = {}) {
  return { tambon, period, month, action, by: a.user.id, by_name: a.user.name, reason: extra.reason ?? '', changes: extra.changes ?? null };
}

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
  const existing = new Map((await loadPlan(a.pb, tambonId, period)).map((l) => [l.code, l]));
  const batch = a.pb.createBatch();
  for (const l of lines) {
    const prev = existing.get(l.line);
    if (prev) batch.collection('budget_lines').update(prev.id, { budget: l.budget, plan: l.plan });
    else batch.collection('budget_lines').create({ id: lineId(tambonId, period.id, l.line), tambon: tambonId, period: period.id, line: l.line, budget: l.budget, plan: l.plan });
  }
  batch.collection('budget_events').create(event(a, tambonId, period.id, 0, 'plan', { changes: lines.map((l) => ({ line: l.line, budget: l.budget, before: existing.get(l.line)?.budget ?? null })) }));
  await batch.send();
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
  if (report && report.status !== 'draft') throw appError('PRECONDITION_FAILED', 'budget.locked');
  assertWindow(a, period, input.month, report);

  const problems = actualProblems(
    input.actuals,
    plan.map((l) => ({
      code: l.code,
      budget: l.budget,
      otherMonthsActual: sumBaht(reports.filter((r) => r.month !== input.month).map((r) => r.actuals[l.code])),
    })),
  );
  if (problems.length) throw fieldError(problems);

  const status = input.submit ? 'submitted' : 'draft';
  const body = {
    actuals: input.actuals,
    remarks: input.remarks,
    status,
    ...(input.submit ? { submitted_by: a.user.id, submitted_at: toPbDate(a.now) } : {}),
    // Submitting a reopened month closes the reopening.
    ...(input.submit && report?.reopened ? { reopened: false } : {}),
  };
  const batch = a.pb.createBatch();
  if (report) batch.collection('budget_reports').update(report.id, body);
  else batch.collection('budget_reports').create({ id: reportId(tambonId, period.id, input.month), tambon: tambonId, period: period.id, month: input.month, ...body });
  batch.collection('budget_events').create(event(a, tambonId, period.id, input.month, input.submit ? 'submit' : 'save', { changes: { before: report?.actuals ?? null, after: input.actuals } }));
  await batch.send();
  return { status };
}

async function reportFor(a: Actor, tambonId: string, period: PeriodInfo, month: number): Promise<{ tambon: TambonInfo; report: MonthReport | undefined }> {
  const [tambon, rows] = await Promise.all([
    loadTambon(a.pb, tambonId),
    a.pb.collection('budget_reports').getList(1, 1, { filter: a.pb.filter('tambon = {:t} && period = {:p} && month = {:m}', { t: tambonId, p: period.id, m: month }) }),
  ]);
  return { tambon, report: rows.items[0] ? toMonthReport(rows.items[0]) : undefined };
}

/** The university approves a submitted month; the submitter cannot approve their own report. */
export async function approveMonth(a: Actor, { tambonId, periodId, month }: InputOf<typeof approveMonthInput>) {
  const period = await loadPeriod(a.pb, periodId);
  const { tambon, report } = await reportFor(a, tambonId, period, month);
  if (!canApprove(a.user, tambon.path)) throw appError('FORBIDDEN', 'error.forbidden');
  if (!report || report.status !== 'submitted') throw appError('PRECONDITION_FAILED', 'budget.notSubmitted');
  if (report.submittedBy === a.user.id) throw appError('FORBIDDEN', 'budget.selfApproval');
  const batch = a.pb.createBatch();
  batch.collection('budget_reports').update(report.id, { status: 'approved', approved_by: a.user.id, approved_at: toPbDate(a.now) });
  batch.collection('budget_events').create(event(a, tambonId, period.id, month, 'approve'));
  await batch.send();
  return { ok: true as const };
}

/** Only the approver reopens an approved month, with a reason; the month can then be corrected and submitted again. */
export async function reopenMonth(a: Actor, { tambonId, periodId, month, reason }: InputOf<typeof reopenMonthInput>) {
  const period = await loadPeriod(a.pb, periodId);
  const { report } = await reportFor(a, tambonId, period, month);
  if (!reason.trim()) throw fieldError([{ field: 'reason', key: 'budget.reasonRequired' }]);
  if (!report || report.status !== 'approved') throw appError('PRECONDITION_FAILED', 'budget.notApproved');
  if (report.approvedBy !== a.user.id) throw appError('FORBIDDEN', 'budget.onlyApproverReopens');
  const batch = a.pb.createBatch();
  batch.collection('budget_reports').update(report.id, { status: 'draft', reopened: true });
  batch.collection('budget_events').create(event(a, tambonId, period.id, month, 'reopen', { reason: reason.trim() }));
  await batch.send();
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
  const batch = a.pb.createBatch();
  if (report) batch.collection('budget_reports').update(report.id, body);
  else batch.collection('budget_reports').create({ id: reportId(tambonId, period.id, month), tambon: tambonId, period: period.id, month, status: 'draft', actuals: {}, remarks: {}, ...body });
  batch.collection('budget_events').create(event(a, tambonId, period.id, month, 'exception', { reason: reason.trim(), changes: { until: until.toISOString() } }));
  await batch.send();
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
  const batch = a.pb.createBatch();
  let recorded = 0;
  for (const t of tambons) {
    const budget = sumBaht(lines.filter((l) => l['tambon'] === t).map((l) => Number(l['budget'] ?? 0)));
    if (budget === 0) continue; // no budget yet: nothing is owed
    recorded += 1;
    const body = { amount: instalmentAmount(budget, number), received_on: toPbDate(receivedOn) };
    const prev = existing.find((i) => i['tambon'] === t);
    if (prev) batch.collection('budget_instalments').update(prev.id, body);
    else batch.collection('budget_instalments').create({ id: instalmentId(t, period.id, number), tambon: t, period: period.id, number, ...body });
    batch.collection('budget_events').create(event(a, t, period.id, 0, 'instalment', { changes: { number, ...body } }));
  }
  if (recorded) await batch.send();
  return { tambons: recorded };
}
