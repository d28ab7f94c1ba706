import {
  canApproveAssessment,
  canAssess,
  canGrantAssessmentException,
  carryOver,
  cleanForm,
  currentRound,
  formatDate,
  formChanges,
  formProblems,
  goalMask,
  goalsExpected,
  goalsMet,
  lastOpenDay,
  movementOf,
  previousRound,
  roundWindowState,
  tierOf,
  type AssessmentFormConflict,
  type ReportState,
  type TambonForm,
  type TierThresholds,
  type WindowState,
} from '@otou/domain';
import type { InputOf, approveFormInput, formHistoryInput, getFormInput, grantFormExceptionInput, listFormsInput, reopenFormInput, saveFormInput } from '@otou/domain/assessment/schemas';
import type { Actor } from '../../context.ts';
import { appError, conflictError, fieldError } from '../../errors.ts';
import { isoFromPb, toPbDate } from '../../pocketbase/dates.ts';
import { loadPeriod, loadTambon, type TambonInfo } from '../budget/read.ts';
import { writeWithEvents } from './audit.ts';
import { toEvidenceFile } from './files.ts';
import { formId } from './ids.ts';
import { loadRound, loadRounds, loadTambonForms, loadThresholds, toStoredForm, type StoredForm, type StoredRound } from './read.ts';

/** The window of a round as the browser gets it: ISO dates, and why it is (not) open. */
export function windowOut(w: WindowState) {
  return w.open
    ? { open: true as const, why: w.why, closes: w.closes?.toISOString() ?? null }
    : { open: false as const, why: w.why, at: (w.why === 'notYet' ? w.opens : w.closedAt).toISOString() };
}

/** What the database keeps beside a form so it can count tiers and goals: computed here, never taken from input. */
export function formFigures(form: TambonForm) {
  const met = goalsMet(form);
  return { goals_met: met.length, goals_mask: goalMask(met), expected_mask: goalMask(goalsExpected(form)) };
}

/** Everything a form's workflow looks at: the round, the tambon, the form stored (or what a new one starts from). */
export interface FormContext {
  round: StoredRound;
  tambon: TambonInfo;
  stored: StoredForm | undefined;
  /** The latest earlier round of the period that has a form of this tambon: what a new form starts from. */
  previousRound: StoredRound | null;
  previous: StoredForm | null;
  /** The form as the tambon has it now: stored, or carried over from the previous round when none is yet. */
  form: TambonForm;
  thresholds: TierThresholds;
}

export async function formContext(a: Actor, tambonId: string, roundId: string): Promise<FormContext> {
  const round = await loadRound(a.pb, roundId);
  const [tambon, rounds, forms, { thresholds }] = await Promise.all([loadTambon(a.pb, tambonId), loadRounds(a.pb, round.periodId), loadTambonForms(a.pb, tambonId, round.periodId), loadThresholds(a.pb)]);
  // A round the tambon skipped is stepped over: the next form starts from the latest one there is.
  let prevRound = previousRound(rounds, round) as StoredRound | null;
  while (prevRound && !forms.has(prevRound.id)) prevRound = previousRound(rounds, prevRound) as StoredRound | null;
  const previous = prevRound ? forms.get(prevRound.id)! : null;
  const stored = forms.get(round.id);
  return { round, tambon, stored, previousRound: prevRound, previous, form: stored?.form ?? carryOver(previous?.form ?? null), thresholds };
}

/** How the form looks to someone who must decide again: as stored now, with its version (0 and the carried form when none). */
async function formConflict(a: Actor, tambonId: string, roundId: string) {
  const c = await formContext(a, tambonId, roundId);
  const current: AssessmentFormConflict = { form: c.form, status: c.stored?.status ?? 'draft' };
  return conflictError(c.stored?.version ?? 0, current);
}

const windowOf = (a: Actor, c: FormContext) => roundWindowState(a.now, c.round, { lateUntil: c.stored?.lateUntil ?? null, reopened: c.stored?.reopened ?? false });

export function assertWindow(a: Actor, c: FormContext) {
  const w = windowOf(a, c);
  if (w.open) return;
  if (w.why === 'notYet') throw appError('PRECONDITION_FAILED', 'assessment.windowNotYet', { opens: formatDate(w.opens, a.locale, 'long') });
  throw appError('PRECONDITION_FAILED', 'assessment.windowClosed', { closed: formatDate(lastOpenDay(w.closedAt), a.locale, 'long') });
}

/** The people named on a form (submitted by, approved by), as its audit rows recorded them when they acted. */
async function namesOnForm(a: Actor, stored: StoredForm | undefined) {
  if (!stored || (!stored.submittedBy && !stored.approvedBy)) return { submittedBy: null, approvedBy: null };
  const rows = await a.pb.collection('assessment_events').getFullList({ filter: a.pb.filter('record = {:r} && (action = "submit" || action = "approve")', { r: stored.id }), sort: '-created,-@rowid', fields: 'action,by,by_name' });
  const person = (id: string | null, action: string, at: Date | null) => {
    if (!id) return null;
    const row = rows.find((r) => r['action'] === action && r['by'] === id);
    return { id, name: (row?.['by_name'] as string | undefined) ?? '', at: at?.toISOString() ?? null };
  };
  return { submittedBy: person(stored.submittedBy, 'submit', stored.submittedAt), approvedBy: person(stored.approvedBy, 'approve', stored.approvedAt) };
}

const roundOut = (r: StoredRound | null) => (r ? { id: r.id, periodId: r.periodId, kind: r.kind, quarter: r.quarter, opens: r.opens, closes: r.closes } : null);

/**
 * A tambon's form of a round as its page shows it: the form stored, or the previous round's carried over when nobody
 * saved this round yet; what changed since the previous round, cell by cell; the goals met and the tier under the
 * stored thresholds; the round's window for this tambon; and what the caller may do.
 */
export async function getForm(a: Actor, input: InputOf<typeof getFormInput>) {
  const c = await formContext(a, input.tambonId, input.roundId);
  const { stored, tambon } = c;
  const u = a.user;
  const w = windowOf(a, c);
  const status: ReportState = stored?.status ?? 'draft';
  const met = goalsMet(c.form);
  const tier = tierOf(met.length, c.thresholds);
  const previousTier = c.previous ? tierOf(goalsMet(c.previous.form).length, c.thresholds) : null;
  const assess = canAssess(u, tambon.path);
  const approver = canApproveAssessment(u, tambon.path);
  const [names, files] = await Promise.all([
    namesOnForm(a, stored),
    a.pb.collection('assessment_files').getFullList({ filter: a.pb.filter('tambon = {:t} && round = {:r}', { t: tambon.id, r: c.round.id }), sort: 'created,@rowid' }),
  ]);
  const { path, ...named } = tambon;
  return {
    tambon: { ...named, networkId: path.networkId },
    round: roundOut(c.round)!,
    previousRound: roundOut(c.previousRound),
    status,
    /** Sent back with a save or an approval: the state the person started from (0: nobody saved this form yet). */
    version: stored?.version ?? 0,
    /** True when nobody saved this round's form yet and it shows the previous round's, carried over. */
    carried: !stored && c.previous !== null,
    form: c.form,
    previous: c.previous?.form ?? null,
    /** The previous round's form as it stands: only an approved one is official. */
    previousStatus: c.previous?.status ?? null,
    changes: c.previous ? formChanges(c.previous.form, c.form) : [],
    goalsMet: met,
    tier,
    previousTier,
    movement: movementOf(previousTier, tier),
    thresholds: c.thresholds,
    window: windowOut(w),
    lateUntil: stored?.lateUntil?.toISOString() ?? null,
    lateReason: stored?.lateReason ?? '',
    reopened: stored?.reopened ?? false,
    submittedBy: names.submittedBy,
    approvedBy: names.approvedBy,
    /** Evidence files of the form's cells (column × indicator 2–14), oldest first. */
    files: files.map(toEvidenceFile),
    can: {
      edit: assess && status === 'draft' && w.open,
      submit: assess && status === 'draft' && w.open,
      approve: approver && status === 'submitted' && stored?.submittedBy !== u.id,
      reopen: approver && ((status === 'submitted' && stored?.submittedBy !== u.id) || (status === 'approved' && stored?.approvedBy === u.id)),
      grantException: canGrantAssessmentException(u),
    },
  };
}

/**
 * Saves a tambon's form (and submits it when asked) inside the round's window, an exception or a reopening. A
 * submitted or approved form is locked. The goals met and the masks the dashboards count are computed here from the
 * form. Every problem of the form is named at its field, and then nothing is written.
 */
export async function saveForm(a: Actor, input: InputOf<typeof saveFormInput>): Promise<{ status: ReportState; version: number }> {
  const c = await formContext(a, input.tambonId, input.roundId);
  if (!canAssess(a.user, c.tambon.path)) throw appError('FORBIDDEN', 'error.forbidden');
  const { stored } = c;
  if ((stored?.version ?? 0) !== input.version) throw await formConflict(a, input.tambonId, input.roundId);
  if (stored && stored.status !== 'draft') throw appError('PRECONDITION_FAILED', 'assessment.locked');
  assertWindow(a, c);
  const problems = formProblems(input.form);
  if (problems.length) throw fieldError(problems);
  // Stored tidy: trimmed texts, no empty cells, no cells of a column the form no longer has.
  const form = cleanForm(input.form);

  const status: ReportState = input.submit ? 'submitted' : 'draft';
  const body = {
    // Copied from the tambon on every save, so grouping by university and network follows the tambon.
    university: c.tambon.university.id,
    network: c.tambon.path.networkId,
    form,
    ...formFigures(form),
    status,
    ...(input.submit ? { submitted_by: a.user.id, submitted_at: toPbDate(a.now) } : {}),
    // Submitting a reopened form closes the reopening.
    ...(input.submit && stored?.reopened ? { reopened: false } : {}),
  };
  const id = stored?.id ?? formId(c.tambon.id, c.round.id);
  await writeWithEvents(
    a,
    (batch) => {
      // A form nobody saved yet has a deterministic id: of two people creating it at once, the second conflicts.
      if (stored) batch.update('assessment_forms', stored.id, body, { version: input.version });
      else batch.create('assessment_forms', { id, tambon: c.tambon.id, round: c.round.id, ...body });
    },
    [
      {
        kind: 'form',
        record: id,
        tambon: c.tambon.id,
        university: c.tambon.university.id,
        network: c.tambon.path.networkId,
        round: c.round.id,
        action: input.submit ? 'submit' : 'save',
        before: stored ? { status: stored.status, goalsMet: stored.goalsMet } : null,
        after: { status, goalsMet: body.goals_met },
        // What this save changed: against the stored form, or (the first save) the form it started from.
        changes: formChanges(c.form, form),
      },
    ],
    () => formConflict(a, input.tambonId, input.roundId),
  );
  return { status, version: input.version + 1 };
}

/**
 * Another staff member of the tambon's university approves a submitted form: never the one who submitted it. The
 * approver approves the version they saw, not one changed since.
 */
export async function approveForm(a: Actor, input: InputOf<typeof approveFormInput>) {
  const c = await formContext(a, input.tambonId, input.roundId);
  if (!canApproveAssessment(a.user, c.tambon.path)) throw appError('FORBIDDEN', 'error.forbidden');
  const { stored } = c;
  if (!stored || stored.status !== 'submitted') throw appError('PRECONDITION_FAILED', 'assessment.notSubmitted');
  if (stored.version !== input.version) throw await formConflict(a, input.tambonId, input.roundId);
  if (stored.submittedBy === a.user.id) throw appError('FORBIDDEN', 'assessment.selfApproval');
  // What is approved must still be a sound form (a record written before a check existed is not approved blind).
  const problems = formProblems(stored.form);
  if (problems.length) throw fieldError(problems);
  await writeWithEvents(
    a,
    (batch) => batch.update('assessment_forms', stored.id, { status: 'approved', approved_by: a.user.id, approved_at: toPbDate(a.now), ...formFigures(stored.form) }, { version: input.version }),
    [{ kind: 'form', record: stored.id, tambon: c.tambon.id, university: c.tambon.university.id, network: c.tambon.path.networkId, round: c.round.id, action: 'approve', before: { status: 'submitted', goalsMet: stored.goalsMet }, after: { status: 'approved', goalsMet: stored.goalsMet } }],
    () => formConflict(a, input.tambonId, input.roundId),
  );
  return { ok: true as const };
}

/**
 * Opens a form again for correction, with a reason: a submitted form by the staff member who would approve it (not
 * its submitter), an approved one by the person who approved it. It can then be corrected and submitted again, even
 * after the round has closed.
 */
export async function reopenForm(a: Actor, input: InputOf<typeof reopenFormInput>) {
  const c = await formContext(a, input.tambonId, input.roundId);
  // Who may reopen comes before what they typed: the access matrix holds every procedure to that order.
  if (!canApproveAssessment(a.user, c.tambon.path)) throw appError('FORBIDDEN', 'error.forbidden');
  const reason = input.reason.trim();
  if (!reason) throw fieldError([{ field: 'reason', key: 'assessment.reasonRequired' }]);
  const { stored } = c;
  if (!stored || stored.status === 'draft') throw appError('PRECONDITION_FAILED', 'assessment.notReopenable');
  if (stored.status === 'approved' && stored.approvedBy !== a.user.id) throw appError('FORBIDDEN', 'assessment.onlyApproverReopens');
  if (stored.status === 'submitted' && stored.submittedBy === a.user.id) throw appError('FORBIDDEN', 'assessment.selfApproval');
  // The reopening and its audit row land together or not at all: a reopened form always says who and why.
  await writeWithEvents(
    a,
    (batch) => batch.update('assessment_forms', stored.id, { status: 'draft', reopened: true, approved_by: '', approved_at: '' }, { version: stored.version }),
    [{ kind: 'form', record: stored.id, tambon: c.tambon.id, university: c.tambon.university.id, network: c.tambon.path.networkId, round: c.round.id, action: 'reopen', reason, before: { status: stored.status }, after: { status: 'draft', reopened: true } }],
    () => formConflict(a, input.tambonId, input.roundId),
  );
  return { ok: true as const };
}

/** The central office lets a tambon enter a closed round late, until a date, for a recorded reason. */
export async function grantFormException(a: Actor, input: InputOf<typeof grantFormExceptionInput>) {
  const c = await formContext(a, input.tambonId, input.roundId);
  if (!canGrantAssessmentException(a.user)) throw appError('FORBIDDEN', 'error.forbidden');
  const reason = input.reason.trim();
  if (!reason) throw fieldError([{ field: 'reason', key: 'assessment.reasonRequired' }]);
  const until = new Date(input.until);
  if (!(until > a.now)) throw fieldError([{ field: 'until', key: 'assessment.untilDate' }]);
  const { stored } = c;
  const body = { late_until: toPbDate(until), late_reason: reason, late_by: a.user.id };
  const id = stored?.id ?? formId(c.tambon.id, c.round.id);
  await writeWithEvents(
    a,
    (batch) => {
      if (stored) batch.update('assessment_forms', stored.id, body, { version: stored.version });
      // Nobody saved this form yet: it starts as the previous round's, as it would on its first save.
      else batch.create('assessment_forms', { id, tambon: c.tambon.id, university: c.tambon.university.id, network: c.tambon.path.networkId, round: c.round.id, status: 'draft', form: c.form, ...formFigures(c.form), ...body });
    },
    [{ kind: 'form', record: id, tambon: c.tambon.id, university: c.tambon.university.id, network: c.tambon.path.networkId, round: c.round.id, action: 'exception', reason, before: { lateUntil: stored?.lateUntil?.toISOString() ?? null }, after: { lateUntil: until.toISOString() } }],
    () => formConflict(a, input.tambonId, input.roundId),
  );
  return { ok: true as const };
}

/** Every change to a tambon's form of a round, newest first, each with the cells it changed. */
export async function formHistory(a: Actor, input: InputOf<typeof formHistoryInput>) {
  // A tambon outside the caller's scope is "not found", as its form is, not an empty history.
  await Promise.all([loadTambon(a.pb, input.tambonId), loadRound(a.pb, input.roundId)]);
  const rows = await a.pb.collection('assessment_events').getFullList({ filter: a.pb.filter('kind = "form" && tambon = {:t} && round = {:r}', { t: input.tambonId, r: input.roundId }), sort: '-created,-@rowid' });
  return rows.map((r) => ({
    id: r.id,
    at: isoFromPb(r['created']) ?? '',
    action: r['action'] as 'save' | 'submit' | 'approve' | 'reopen' | 'exception' | 'file' | 'fileRemoved',
    byName: r['by_name'] as string,
    reason: r['reason'] as string,
    before: (r['before'] ?? null) as unknown,
    after: (r['after'] ?? null) as unknown,
    changes: (Array.isArray(r['changes']) ? r['changes'] : []) as ReturnType<typeof formChanges>,
  }));
}

/** The round a page shows when none is chosen: the latest to have opened in the active period. */
async function roundNow(a: Actor): Promise<StoredRound> {
  const period = await loadPeriod(a.pb);
  const round = currentRound(await loadRounds(a.pb, period.id), a.now);
  if (!round) throw appError('NOT_FOUND', 'assessment.roundMissing');
  return round as StoredRound;
}

/**
 * The tambons of a university (or all the caller sees) with their form's state in a round: the coverage board.
 * Tambons the caller may not see are simply not there (PocketBase's read rules), whatever university is asked for.
 */
export async function listForms(a: Actor, input: InputOf<typeof listFormsInput>) {
  const round = input.roundId ? await loadRound(a.pb, input.roundId) : await roundNow(a);
  const [tambons, forms, { thresholds }] = await Promise.all([
    a.pb.collection('tambons').getFullList({ ...(input.universityId ? { filter: a.pb.filter('university = {:u}', { u: input.universityId }) } : {}), expand: 'university', sort: 'code', batch: 1000 }),
    a.pb.collection('assessment_forms').getFullList({
      filter: a.pb.filter(input.universityId ? 'round = {:r} && university = {:u}' : 'round = {:r}', { r: round.id, u: input.universityId ?? '' }),
      fields: 'id,tambon,round,status,goals_met,submitted_by,approved_by,reopened,late_until,version',
      batch: 1000,
    }),
    loadThresholds(a.pb),
  ]);
  const byTambon = new Map(forms.map((f) => [f['tambon'] as string, toStoredForm(f)]));
  return {
    round: roundOut(round)!,
    thresholds,
    tambons: tambons.map((t) => {
      const f = byTambon.get(t.id);
      const u = t.expand?.['university'] as { id: string; code: string; name_th: string; name_en: string } | undefined;
      return {
        id: t.id,
        code: t['code'] as string,
        name_th: t['name_th'] as string,
        district_th: t['district_th'] as string,
        province_th: t['province_th'] as string,
        name_en: (t['name_en'] ?? '') as string,
        district_en: (t['district_en'] ?? '') as string,
        province_en: (t['province_en'] ?? '') as string,
        university: u ? { id: u.id, code: u.code, name_th: u.name_th, name_en: u.name_en } : null,
        /** 'none': nobody has saved this tambon's form of the round yet. */
        status: (f?.status ?? 'none') as ReportState | 'none',
        goalsMet: f ? f.goalsMet : null,
        tier: f ? tierOf(f.goalsMet, thresholds) : null,
        reopened: f?.reopened ?? false,
        lateUntil: f?.lateUntil?.toISOString() ?? null,
      };
    }),
  };
}
