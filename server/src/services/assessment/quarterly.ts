import type { RecordModel } from 'pocketbase';
import {
  canReadAssessment,
  canReopenRsi,
  canReopenUsi,
  canReportRsi,
  canReportUsi,
  cleanQuarterlyReport,
  countsOn,
  goalCoverage,
  goalsOfMask,
  quarterlyProblems,
  REPORT_BASES,
  type GoalCode,
  type OrgPath,
  type QuarterlyKind,
  type QuarterlyReport,
  type QuarterlyStatus,
  type ReportState,
} from '@otou/domain';
import type { InputOf, rsiReopenInput, rsiSaveInput, usiReopenInput, usiSaveInput } from '@otou/domain/assessment/schemas';
import type { Actor } from '../../context.ts';
import { appError, conflictError, fieldError } from '../../errors.ts';
import { isoFromPb, toPbDate } from '../../pocketbase/dates.ts';
import { stableId } from '../../seed/ids.ts';
import { loadPlace, type PlaceInfo } from '../budget/read.ts';
import { writeWithEvents } from './audit.ts';
import { loadRound, type StoredRound } from './read.ts';

/**
 * The quarterly reports above the tambons: a university's USI report (its staff fill it, the network over it reopens
 * it) and a network's RSI report (its admins fill it, the centre reopens it). One description of both; each comes
 * with the 16-goal coverage of the tambons beneath it in that round, counted from their forms.
 */
interface Kind {
  kind: QuarterlyKind;
  level: 'university' | 'network';
  collection: 'assessment_university' | 'assessment_network';
  canReport(a: Actor, place: PlaceInfo): boolean;
  canReopen(a: Actor, place: PlaceInfo): boolean;
}

const KINDS: Record<QuarterlyKind, Kind> = {
  usi: {
    kind: 'usi',
    level: 'university',
    collection: 'assessment_university',
    canReport: (a, p) => canReportUsi(a.user, p.id),
    canReopen: (a, p) => canReopenUsi(a.user, p.network),
  },
  rsi: {
    kind: 'rsi',
    level: 'network',
    collection: 'assessment_network',
    canReport: (a, p) => canReportRsi(a.user, p.id),
    canReopen: (a) => canReopenRsi(a.user),
  },
};

const pathOf = (k: Kind, p: PlaceInfo): OrgPath => (k.level === 'university' ? { networkId: p.network, universityId: p.id } : { networkId: p.id });

/** A report's id follows from what it is (place and round): a retried first save addresses the same record. */
export const quarterlyId = (kind: QuarterlyKind, placeId: string, roundId: string) => stableId(`assessment_${kind}`, `${placeId}/${roundId}`);

interface StoredReport extends QuarterlyReport {
  id: string;
  status: QuarterlyStatus;
  submittedBy: string | null;
  submittedAt: string | null;
  version: number;
}

const texts = (raw: unknown): Record<string, string> =>
  raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};

function toStored(r: RecordModel): StoredReport {
  return {
    id: r.id,
    status: r['status'] === 'submitted' ? 'submitted' : 'draft',
    indicators: texts(r['indicators']),
    goalNotes: texts(r['goal_notes']) as Partial<Record<GoalCode, string>>,
    impact: String(r['impact'] ?? ''),
    submittedBy: r['submitted_by'] || null,
    submittedAt: isoFromPb(r['submitted_at']),
    version: Number(r['version'] ?? 0),
  };
}

/** The place, the round and the stored report, read with the caller's token; refused when the caller may not see the place. */
async function reportContext(a: Actor, k: Kind, placeId: string, roundId: string) {
  const place = await loadPlace(a.pb, k.level, placeId);
  if (!canReadAssessment(a.user, pathOf(k, place))) throw appError('FORBIDDEN', 'error.forbidden');
  const round = await loadRound(a.pb, roundId);
  const rows = await a.pb.collection(k.collection).getList(1, 1, { filter: a.pb.filter(`${k.level} = {:p} && round = {:r}`, { p: place.id, r: round.id }) });
  return { place, round, stored: rows.items[0] ? toStored(rows.items[0]) : undefined };
}

const contentOf = (r: QuarterlyReport | undefined): QuarterlyReport => ({ indicators: r?.indicators ?? {}, goalNotes: r?.goalNotes ?? {}, impact: r?.impact ?? '' });

/** What the report looks like to someone who must decide again: as stored now, with its version (0 when nobody saved it). */
async function reportConflict(a: Actor, k: Kind, placeId: string, roundId: string) {
  const { stored } = await reportContext(a, k, placeId, roundId);
  return conflictError(stored?.version ?? 0, { ...contentOf(stored), status: stored?.status ?? 'draft' });
}

/** Per basis (approved; provisional = approved or submitted), per goal: tambons with ✓, with ✗ only, with neither. */
export interface Coverage {
  tambons: number;
  /** Tambons whose form counts on each basis (a draft never counts). */
  counted: Record<'approved' | 'provisional', number>;
  goals: { goal: GoalCode; approved: { have: number; expected: number; neither: number }; provisional: { have: number; expected: number; neither: number } }[];
}

/** The 16-goal coverage of the tambons under a university or network in a round, from their forms' stored masks. */
async function coverageOf(a: Actor, k: Kind, place: PlaceInfo, round: StoredRound): Promise<Coverage> {
  const [tambons, forms] = await Promise.all([
    a.pb.collection('tambons').getList(1, 1, { filter: a.pb.filter(k.level === 'university' ? 'university = {:p}' : 'university.network = {:p}', { p: place.id }), fields: 'id' }),
    a.pb.collection('assessment_forms').getFullList({ filter: a.pb.filter(`${k.level} = {:p} && round = {:r}`, { p: place.id, r: round.id }), fields: 'status,goals_mask,expected_mask', batch: 1000 }),
  ]);
  const byBasis = Object.fromEntries(
    REPORT_BASES.map((basis) => {
      const counted = forms.filter((f) => countsOn(basis, f['status'] as ReportState));
      const cover = goalCoverage(
        counted.map((f) => ({ met: goalsOfMask(Number(f['goals_mask'] ?? 0)), expected: goalsOfMask(Number(f['expected_mask'] ?? 0)) })),
        tambons.totalItems,
      );
      return [basis, { counted: counted.length, cover }];
    }),
  ) as Record<'approved' | 'provisional', { counted: number; cover: ReturnType<typeof goalCoverage> }>;
  return {
    tambons: tambons.totalItems,
    counted: { approved: byBasis.approved.counted, provisional: byBasis.provisional.counted },
    goals: byBasis.approved.cover.map((g, i) => {
      const p = byBasis.provisional.cover[i]!;
      return { goal: g.goal, approved: { have: g.have, expected: g.expected, neither: g.neither }, provisional: { have: p.have, expected: p.expected, neither: p.neither } };
    }),
  };
}

/** Who submitted, by the name the audit row recorded when they did (people may not read each other's records). */
async function submitter(a: Actor, stored: StoredReport | undefined) {
  if (!stored?.submittedBy) return null;
  const rows = await a.pb.collection('assessment_events').getList(1, 1, { filter: a.pb.filter('record = {:r} && action = "submit" && by = {:b}', { r: stored.id, b: stored.submittedBy }), sort: '-created,-@rowid', fields: 'by_name' });
  return { id: stored.submittedBy, name: String(rows.items[0]?.['by_name'] ?? ''), at: stored.submittedAt };
}

/** A USI or RSI report as its page shows it, with what the caller may do and the coverage of the goals beneath it. */
async function getReport(a: Actor, k: Kind, placeId: string, roundId: string) {
  const { place, round, stored } = await reportContext(a, k, placeId, roundId);
  const status: QuarterlyStatus = stored?.status ?? 'draft';
  const mayReport = k.canReport(a, place);
  const [coverage, submittedBy] = await Promise.all([coverageOf(a, k, place, round), submitter(a, stored)]);
  return {
    kind: k.kind,
    place: { id: place.id, code: place.code, name_th: place.name_th, name_en: place.name_en, networkId: place.network },
    round: { id: round.id, periodId: round.periodId, kind: round.kind, quarter: round.quarter, opens: round.opens, closes: round.closes },
    report: contentOf(stored),
    status,
    /** Sent back with a save: the state the person started from (0: nobody saved this report yet). */
    version: stored?.version ?? 0,
    submittedBy,
    can: { edit: mayReport && status === 'draft', submit: mayReport && status === 'draft', reopen: k.canReopen(a, place) && status === 'submitted' },
    coverage,
  };
}

/** As long as the audit row keeps (assessment_events.reason). */
const REASON_MAX = 1000;

type SaveInput = Omit<InputOf<typeof usiSaveInput>, 'universityId' | 'indicators'> & { indicators: Partial<Record<string, string>> };

/**
 * Saves a report (and submits it when asked). A submitted report is locked until its overseer reopens it; a
 * submitted report answers every indicator. Every problem is named at its field, and then nothing is written.
 */
async function saveReport(a: Actor, k: Kind, placeId: string, input: SaveInput): Promise<{ status: QuarterlyStatus; version: number }> {
  const { place, round, stored } = await reportContext(a, k, placeId, input.roundId);
  if (!k.canReport(a, place)) throw appError('FORBIDDEN', 'error.forbidden');
  if ((stored?.version ?? 0) !== input.version) throw await reportConflict(a, k, placeId, input.roundId);
  if (stored?.status === 'submitted') throw appError('PRECONDITION_FAILED', 'assessment.report.locked');
  const typed = { indicators: input.indicators, goalNotes: input.goalNotes, impact: input.impact } as QuarterlyReport;
  const problems = quarterlyProblems(k.kind, typed, input.submit);
  if (problems.length) throw fieldError(problems);
  const report = cleanQuarterlyReport(k.kind, typed);
  const status: QuarterlyStatus = input.submit ? 'submitted' : 'draft';
  const body = {
    indicators: report.indicators,
    goal_notes: report.goalNotes,
    impact: report.impact,
    status,
    ...(input.submit ? { submitted_by: a.user.id, submitted_at: toPbDate(a.now) } : {}),
  };
  const id = stored?.id ?? quarterlyId(k.kind, place.id, round.id);
  const network = k.level === 'university' ? place.network : place.id;
  await writeWithEvents(
    a,
    (batch) => {
      // A report nobody saved yet has a deterministic id: of two people creating it at once, the second conflicts.
      if (stored) batch.update(k.collection, stored.id, body, { version: input.version });
      else batch.create(k.collection, { id, [k.level]: place.id, ...(k.level === 'university' ? { network } : {}), round: round.id, ...body });
    },
    [
      {
        kind: k.kind,
        record: id,
        ...(k.level === 'university' ? { university: place.id } : {}),
        network,
        round: round.id,
        action: input.submit ? 'submit' : 'save',
        before: stored ? { ...contentOf(stored), status: stored.status } : null,
        after: { ...report, status },
      },
    ],
    () => reportConflict(a, k, placeId, input.roundId),
  );
  return { status, version: input.version + 1 };
}

/** The overseer opens a submitted report again for correction, with a reason that the audit row keeps. */
async function reopenReport(a: Actor, k: Kind, placeId: string, roundId: string, reason: string) {
  const { place, round, stored } = await reportContext(a, k, placeId, roundId);
  // Who may reopen comes before what they typed: the access matrix holds every procedure to that order.
  if (!k.canReopen(a, place)) throw appError('FORBIDDEN', 'error.forbidden');
  if (!reason.trim()) throw fieldError([{ field: 'reason', key: 'assessment.report.reasonRequired' }]);
  if (reason.length > REASON_MAX) throw fieldError([{ field: 'reason', key: 'assessment.reasonTooLong', params: { max: REASON_MAX } }]);
  if (!stored || stored.status !== 'submitted') throw appError('PRECONDITION_FAILED', 'assessment.report.notSubmitted');
  await writeWithEvents(
    a,
    (batch) => batch.update(k.collection, stored.id, { status: 'draft' }, { version: stored.version }),
    [
      {
        kind: k.kind,
        record: stored.id,
        ...(k.level === 'university' ? { university: place.id } : {}),
        network: k.level === 'university' ? place.network : place.id,
        round: round.id,
        action: 'reopen',
        reason: reason.trim(),
        before: { status: 'submitted' },
        after: { status: 'draft' },
      },
    ],
    () => reportConflict(a, k, placeId, roundId),
  );
  return { ok: true as const };
}

export const getUsi = (a: Actor, i: { universityId: string; roundId: string }) => getReport(a, KINDS.usi, i.universityId, i.roundId);
export const saveUsi = (a: Actor, { universityId, ...i }: InputOf<typeof usiSaveInput>) => saveReport(a, KINDS.usi, universityId, i);
export const reopenUsi = (a: Actor, i: InputOf<typeof usiReopenInput>) => reopenReport(a, KINDS.usi, i.universityId, i.roundId, i.reason);
export const getRsi = (a: Actor, i: { networkId: string; roundId: string }) => getReport(a, KINDS.rsi, i.networkId, i.roundId);
export const saveRsi = (a: Actor, { networkId, ...i }: InputOf<typeof rsiSaveInput>) => saveReport(a, KINDS.rsi, networkId, i);
export const reopenRsi = (a: Actor, i: InputOf<typeof rsiReopenInput>) => reopenReport(a, KINDS.rsi, i.networkId, i.roundId, i.reason);

export type QuarterlyView = Awaited<ReturnType<typeof getReport>>;
