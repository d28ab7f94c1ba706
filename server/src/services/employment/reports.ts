import type { RecordModel } from 'pocketbase';
import {
  monthBE,
  monthPay,
  paymentDue,
  paymentForReport,
  reportActionAllowed,
  reportMonthProblems,
  toBaht,
  translateEmployment,
  EMPLOYMENT_LINES,
  type EmploymentProblem,
  type IsoDay,
  type PayableContract,
  type ReportStatus,
  type WorkerType,
  type YearMonth,
} from '@otou/domain';
import type { acceptReportInput, InputOf, returnReportInput, submitReportInput } from '@otou/domain/employment/schemas';
import type { Actor } from '../../context.ts';
import { AppError, appError, conflictError, fieldError } from '../../errors.ts';
import { addAuditRows } from '../../pocketbase/auditedWrites.ts';
import { isoFromPb, toPbDate } from '../../pocketbase/dates.ts';
import { VersionConflict, type WriteBatch } from '../../pocketbase/superuserWrites.ts';
import { stableId } from '../../seed/ids.ts';
import { budgetMonthOf, paymentsOf, writeComputedActuals } from '../budget/employmentLink.ts';
import { addEvents, type EmploymentEvent } from './audit.ts';
import { loadContract as loadStoredContract, toContract, type StoredContract } from './contracts.ts';
import { todayOf } from './scope.ts';

/**
 * The monthly cycle (issue 9): the worker writes and submits the month's work report; university staff — or, when the
 * worker is placed with a user agency, that agency's supervisor — accept it with the month's evaluation or return it
 * with a reason. Accepting writes, in one transaction: the report, the month's payment (domain paymentForReport), the
 * budget month's 1.1–1.3 actuals (services/budget/employmentLink.ts) and the audit row.
 */

/**
 * A contract as the cycle needs it, read with the caller's token (a worker their own, a supervisor their agency's):
 * the one mapping of the record (contracts.ts toContract), payable by the domain, with the places its payments and
 * reports copy under those rows' field names ('' where none).
 */
export type CycleContract = StoredContract & PayableContract & { university: string; network: string; agency: string; worker: string };

const cycleOf = (c: StoredContract): CycleContract => ({ ...c, nationalId: '', university: c.universityId, network: c.networkId, agency: c.agencyId ?? '', worker: c.workerId ?? '' });

export const toCycleContract = (r: RecordModel): CycleContract => cycleOf(toContract(r));

/** A contract the caller may read; "not found" otherwise (PocketBase's rule answers 404), as for any record. */
export const loadContract = async (a: Actor, id: string): Promise<CycleContract> => cycleOf(await loadStoredContract(a, id));

export interface Report {
  id: string | null;
  contractId: string;
  year: number;
  month: number;
  status: ReportStatus;
  evaluation: '' | 'passed' | 'failed';
  work: string;
  training: string;
  returnReason: string;
  submittedAt: string;
  decidedAt: string;
  /** Who accepted or returned it (a user id; '' while undecided). */
  decidedBy: string;
  version: number;
}

export function toReport(r: RecordModel): Report {
  return {
    id: r.id,
    contractId: r['contract'],
    year: Number(r['year']),
    month: Number(r['month']),
    status: r['status'] as ReportStatus,
    evaluation: (r['evaluation'] ?? '') as Report['evaluation'],
    work: r['work'] ?? '',
    training: r['training'] ?? '',
    returnReason: r['return_reason'] ?? '',
    submittedAt: isoFromPb(r['submitted_at']) ?? '',
    decidedAt: isoFromPb(r['decided_at']) ?? '',
    decidedBy: r['decided_by'] ?? '',
    version: Number(r['version'] ?? 0),
  };
}

const unwritten = (contractId: string, m: YearMonth): Report => ({
  id: null,
  contractId,
  year: m.year,
  month: m.month,
  status: 'draft',
  evaluation: '',
  work: '',
  training: '',
  returnReason: '',
  submittedAt: '',
  decidedAt: '',
  decidedBy: '',
  version: 0,
});

/** A month's report has an id derived from its contract and month: two first submissions of it conflict. */
export const reportIdOf = (contractId: string, m: YearMonth) => stableId('employment_report', `${contractId}/${m.year}/${m.month}`);

async function findReport(a: Actor, contractId: string, m: YearMonth): Promise<Report | null> {
  const rows = await a.pb.collection('employment_reports').getList(1, 1, { filter: a.pb.filter('contract = {:c} && year = {:y} && month = {:m}', { c: contractId, y: m.year, m: m.month }) });
  return rows.items[0] ? toReport(rows.items[0]) : null;
}

async function reportById(a: Actor, id: string): Promise<Report> {
  const r = await a.pb.collection('employment_reports').getOne(id).catch(() => null);
  if (!r) throw appError('NOT_FOUND', 'error.notFound');
  return toReport(r);
}

/** What a report and a payment copy from their contract: who, with which agency, where (the read rules compare them). */
const copiesOf = (c: CycleContract) => ({ contract: c.id, worker: c.worker, agency: c.agency, tambon: c.tambonId, university: c.university, network: c.network });

/** Whether the caller writes this contract's reports: its worker, or the staff of the hiring university. */
const maySubmit = (a: Actor, c: CycleContract) =>
  (a.user.role === 'worker' && c.worker === a.user.id) || (a.user.role === 'university_staff' && a.user.placement.universityId === c.university);

/**
 * Who decides a report: the supervisors of the agency the worker is placed with, else the staff of the hiring
 * university. Central and network offices watch but do not evaluate a month's work.
 */
export async function deciderRefusal(a: Actor, c: CycleContract): Promise<AppError | null> {
  if (c.agency) {
    if (a.user.role === 'agency_supervisor') {
      const agency = await a.pb.collection('employment_agencies').getOne(c.agency, { fields: 'supervisors' }).catch(() => null);
      if (agency && (agency['supervisors'] as string[]).includes(a.user.id)) return null;
    }
    if (a.user.role === 'university_staff' && a.user.placement.universityId === c.university) return appError('FORBIDDEN', 'employment.report.agencyDecides');
    return appError('FORBIDDEN', 'employment.report.notDecider');
  }
  if (a.user.role === 'university_staff' && a.user.placement.universityId === c.university) return null;
  return appError('FORBIDDEN', 'employment.report.notDecider');
}

const problemsIn = (a: Actor, problems: EmploymentProblem[]) => problems.map((p) => translateEmployment(a.locale, p.key, p.params));

/** A month's report under a contract, or an unwritten one; what the caller may do with it and why not. */
export async function getReport(a: Actor, input: { contractId: string; year: number; month: number }) {
  const contract = await loadContract(a, input.contractId);
  const report = (await findReport(a, contract.id, input)) ?? unwritten(contract.id, input);
  const problems = reportMonthProblems(contract, input, todayOf(a));
  return {
    ...report,
    problems: problemsIn(a, problems),
    can: {
      submit: maySubmit(a, contract) && problems.length === 0 && reportActionAllowed(report.status, 'submit'),
      decide: report.status === 'submitted' && (await deciderRefusal(a, contract)) === null,
    },
  };
}

/**
 * Someone else acted on the report since the caller read it: CONFLICT with the report as it is now and, when decided,
 * the decider's name (read as the platform: people may not read each other's accounts).
 */
async function reportConflict(a: Actor, now: Report | null): Promise<AppError> {
  if (!now) return conflictError(0, {});
  const decider = now.decidedBy ? await a.superuserWrites.read((pb) => pb.collection('users').getOne(now.decidedBy, { fields: 'name' })).catch(() => null) : null;
  return conflictError(now.version, { ...now, decidedByName: (decider?.['name'] as string | undefined) ?? '' });
}

/** Sends a batch; a version that moved on is answered with the report as it is now. */
async function sendOrConflict(a: Actor, batch: WriteBatch, current: () => Promise<Report | null>, onConflict?: () => Promise<void>): Promise<void> {
  try {
    await batch.send();
  } catch (e) {
    if (!(e instanceof VersionConflict)) throw e;
    if (onConflict) return onConflict();
    throw await reportConflict(a, await current());
  }
}

const event = (c: CycleContract, action: 'report.submit' | 'report.accept' | 'report.return', changes: unknown, reason = ''): EmploymentEvent => ({
  action,
  contract: c.id,
  tambon: c.tambonId,
  university: c.university,
  network: c.network,
  reason,
  changes,
});

/** The worker (or the university's staff for them) submits a month's report: first time, or again after a return. */
export async function submitReport(a: Actor, input: InputOf<typeof submitReportInput>): Promise<Report> {
  const contract = await loadContract(a, input.contractId);
  if (!maySubmit(a, contract)) throw appError('FORBIDDEN', 'employment.report.notWorker');
  const month = { year: input.year, month: input.month };
  const problems = reportMonthProblems(contract, month, todayOf(a));
  if (problems.length) throw fieldError(problems);
  const stored = await findReport(a, contract.id, month);
  if ((stored?.version ?? 0) !== input.version) throw await reportConflict(a, stored ?? unwritten(contract.id, month));
  if (stored && !reportActionAllowed(stored.status, 'submit')) throw appError('PRECONDITION_FAILED', 'employment.report.notEditable');

  const body = { work: input.work, training: input.training, status: 'submitted', submitted_at: toPbDate(a.now) };
  const batch = a.superuserWrites.batch();
  const id = stored?.id ?? reportIdOf(contract.id, month);
  if (stored) batch.update('employment_reports', id, body, { version: stored.version });
  else
    batch.create('employment_reports', {
      id,
      ...copiesOf(contract),
      ...month,
      evaluation: '',
      return_reason: '',
      ...body,
    });
  addEvents(a, batch, [event(contract, 'report.submit', { ...month, before: stored ? { status: stored.status, work: stored.work, training: stored.training } : null, after: { status: 'submitted', work: input.work, training: input.training } })]);
  await sendOrConflict(a, batch, () => findReport(a, contract.id, month));
  return (await findReport(a, contract.id, month))!;
}

/** A submitted report the caller may decide, at the version they read. */
async function decidable(a: Actor, reportId: string, version: number): Promise<{ report: Report; contract: CycleContract }> {
  const report = await reportById(a, reportId);
  const contract = await loadContract(a, report.contractId);
  const refusal = await deciderRefusal(a, contract);
  if (refusal) throw refusal;
  if (report.version !== version) throw await reportConflict(a, report);
  if (!reportActionAllowed(report.status, 'accept')) throw appError('PRECONDITION_FAILED', 'employment.report.notEditable');
  return { report, contract };
}

export interface PaymentView {
  id: string;
  contractId: string;
  year: number;
  month: number;
  line: string;
  /** Baht. */
  amount: number;
  days: number;
  due: IsoDay;
  recordedAt: string;
  type: WorkerType;
}

/**
 * Accepts a submitted report with the month's evaluation. One transaction: the report, its payment, the budget
 * month's 1.1–1.3 actuals (where employment is on) and the audit row. A budget month already submitted or approved is
 * not changed behind its approver's back: the acceptance is refused, naming the fix. Of two people accepting the same
 * report, the second is told it changed (CONFLICT with the report as it is now).
 */
export async function acceptReport(a: Actor, input: InputOf<typeof acceptReportInput>) {
  const { report, contract } = await decidable(a, input.reportId, input.version);
  const month = { year: report.year, month: report.month };
  const payment = paymentForReport({ contractId: contract.id, ...month, status: 'accepted' }, contract);
  const recordedAt = toPbDate(a.now);

  const attempt = async () => {
    // Read as the platform: the supervisor who accepts may read neither the budget nor the tambon's other payments.
    const { target, others } = await a.superuserWrites.read(async (pb) => {
      const target = await budgetMonthOf(pb, { tambon: contract.tambonId, network: contract.network }, month);
      return { target, others: target && payment ? await paymentsOf(pb, contract.tambonId, month) : [] };
    });
    if (target?.report && target.report.status !== 'draft') throw appError('PRECONDITION_FAILED', 'employment.report.budgetLocked', { month: monthBE(month) });

    const batch = a.superuserWrites.batch();
    // The report first: of two acceptances, the second fails on its version before anything else.
    batch.update('employment_reports', report.id!, { status: 'accepted', evaluation: input.evaluation, decided_by: a.user.id, decided_at: recordedAt }, { version: report.version });
    if (payment)
      batch.create('employment_payments', {
        ...copiesOf(contract),
        report: report.id,
        ...month,
        line: payment.line,
        amount_satang: payment.amountSatang,
        days: payment.daysWorked,
        due: paymentDue(month),
        recorded_at: recordedAt,
      });
    const actuals = target && payment ? writeComputedActuals(batch, contract.tambonId, target, [...others, payment], month) : null;
    // The budget month's history says what the pay changed, and who accepted it.
    if (target && actuals)
      addAuditRows(a, batch, 'budget_events', [
        { tambon: contract.tambonId, period: target.period.id, month: target.index, action: 'pay', reason: '', before: { actuals: pickLines(target.report?.actuals ?? {}) }, after: { actuals } },
      ]);
    addEvents(a, batch, [
      event(contract, 'report.accept', { ...month, before: { status: report.status }, after: { status: 'accepted', evaluation: input.evaluation }, payment: payment && { line: payment.line, amountSatang: payment.amountSatang, days: payment.daysWorked }, budget: actuals }),
    ]);
    await batch.send();
    return { actuals, target };
  };

  // Acceptances of other reports in the same tambon and month move its budget month on: while this report is as it
  // was, try again from what is stored (a few times); once the report itself changed, the caller is told.
  let result: Awaited<ReturnType<typeof attempt>> | null = null;
  for (let tries = 1; !result; tries++) {
    try {
      result = await attempt();
    } catch (e) {
      if (!(e instanceof VersionConflict)) throw e;
      const now = await reportById(a, report.id!);
      if (now.version !== report.version || tries === ACCEPT_TRIES) throw await reportConflict(a, now);
    }
  }
  const saved = await reportById(a, report.id!);
  const row = payment ? (await a.pb.collection('employment_payments').getList(1, 1, { filter: a.pb.filter('report = {:r}', { r: report.id }) })).items[0] : undefined;
  return {
    report: saved,
    payment: row ? toPaymentView(row) : null,
    budget: result.actuals && result.target ? { periodId: result.target.period.id, month: result.target.index, actuals: result.actuals } : null,
  };
}

/** How often an acceptance is tried while other acceptances in its tambon and month keep moving the budget month on. */
const ACCEPT_TRIES = 5;

/** A budget month's employment lines, as they were before a payment. */
const pickLines = (actuals: Partial<Record<string, number>>) => Object.fromEntries(EMPLOYMENT_LINES.flatMap((l) => (actuals[l] === undefined ? [] : [[l, actuals[l]]])));

/** Returns a submitted report to the worker with a reason; they correct it and submit it again. */
export async function returnReport(a: Actor, input: InputOf<typeof returnReportInput>): Promise<Report> {
  const { report, contract } = await decidable(a, input.reportId, input.version);
  const batch = a.superuserWrites.batch();
  batch.update('employment_reports', report.id!, { status: 'returned', return_reason: input.reason, decided_by: a.user.id, decided_at: toPbDate(a.now) }, { version: report.version });
  addEvents(a, batch, [event(contract, 'report.return', { year: report.year, month: report.month, before: { status: report.status }, after: { status: 'returned' } }, input.reason)]);
  await sendOrConflict(a, batch, () => reportById(a, report.id!));
  return reportById(a, report.id!);
}

export function toPaymentView(r: RecordModel): PaymentView {
  const line = r['line'] as string;
  return {
    id: r.id,
    contractId: r['contract'],
    year: Number(r['year']),
    month: Number(r['month']),
    line,
    amount: toBaht(Number(r['amount_satang'])),
    days: Number(r['days']),
    due: r['due'],
    recordedAt: isoFromPb(r['recorded_at']) ?? '',
    type: line === '1.1' ? 'citizen' : line === '1.2' ? 'graduate' : 'student',
  };
}

/**
 * The reports waiting for the caller's decision, oldest first: for university staff their university's workers not
 * placed with an agency; for an agency supervisor the workers placed with their agencies. Names are the contract's
 * copies (a supervisor may not read applicants).
 */
export async function reportQueue(a: Actor) {
  const u = a.user;
  let filter: string;
  if (u.role === 'university_staff' && u.placement.universityId) filter = a.pb.filter('status = "submitted" && university = {:u} && agency = ""', { u: u.placement.universityId });
  // The read rule lets a supervisor see only the reports of their agencies' workers.
  else if (u.role === 'agency_supervisor') filter = 'status = "submitted" && agency != ""';
  else return [];
  const rows = await a.pb.collection('employment_reports').getList(1, 500, { filter, sort: 'submitted_at,@rowid', expand: 'contract,tambon,agency' });
  return rows.items.flatMap((r) => {
    const c = r.expand?.['contract'] as RecordModel | undefined;
    if (!c) return [];
    const contract = toCycleContract(c);
    const t = r.expand?.['tambon'] as RecordModel | undefined;
    const ag = r.expand?.['agency'] as RecordModel | undefined;
    const month = { year: Number(r['year']), month: Number(r['month']) };
    const pay = monthPay(contract, month);
    return [
      {
        id: r.id,
        contractId: contract.id,
        version: Number(r['version'] ?? 0),
        ...month,
        work: (r['work'] as string) ?? '',
        training: (r['training'] as string) ?? '',
        submittedAt: isoFromPb(r['submitted_at']) ?? '',
        type: contract.type,
        name: `${c['first_name'] ?? ''} ${c['last_name'] ?? ''}`.trim(),
        tambon: t ? { id: t.id, code: t['code'] as string, name_th: t['name_th'] as string, name_en: (t['name_en'] as string) ?? '' } : null,
        agency: ag ? { id: ag.id, name_th: ag['name_th'] as string, name_en: (ag['name_en'] as string) ?? '' } : null,
        pay: { amount: toBaht(pay.amountSatang), days: pay.daysWorked, daysInMonth: pay.daysInMonth },
      },
    ];
  });
}
