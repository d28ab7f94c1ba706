import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { DEFAULT_THRESHOLDS, EMPTY_FORM, isRoundKind, type ReportState, type Round, type TambonForm, type TierThresholds } from '@otou/domain';
import { appError } from '../../errors.ts';
import { fromPbDate, isoFromPb } from '../../pocketbase/dates.ts';
import { settingsId, TIER_SETTINGS_KEY } from './ids.ts';

export interface StoredRound extends Round {
  /** Sent back with a save: the state the central office started from. */
  version: number;
}

export function toRound(r: RecordModel): StoredRound {
  return {
    id: r.id,
    periodId: r['period'],
    kind: isRoundKind(r['kind']) ? r['kind'] : 'quarterly',
    quarter: Number(r['quarter'] ?? 0),
    opens: isoFromPb(r['opens']) ?? '',
    closes: isoFromPb(r['closes']) ?? '',
    version: Number(r['version'] ?? 0),
  };
}

/** Every round of a period (of all periods when none is named). */
export async function loadRounds(pb: PocketBase, periodId?: string): Promise<StoredRound[]> {
  const rows = await pb.collection('assessment_rounds').getFullList(periodId ? { filter: pb.filter('period = {:p}', { p: periodId }), sort: 'opens' } : { sort: 'opens' });
  return rows.map(toRound);
}

/** @throws NOT_FOUND assessment.roundMissing when there is no such round (or the caller may not read rounds). */
export async function loadRound(pb: PocketBase, id: string): Promise<StoredRound> {
  try {
    return toRound(await pb.collection('assessment_rounds').getOne(id));
  } catch {
    throw appError('NOT_FOUND', 'assessment.roundMissing');
  }
}

/** The central office's tier thresholds; the deck's 14/11/8 until someone saves others (version 0). */
export async function loadThresholds(pb: PocketBase): Promise<{ thresholds: TierThresholds; version: number }> {
  try {
    const r = await pb.collection('assessment_settings').getOne(settingsId(TIER_SETTINGS_KEY));
    return { thresholds: { sustainable: Number(r['sustainable']), sufficiency: Number(r['sufficiency']), survive: Number(r['survive']) }, version: Number(r['version'] ?? 0) };
  } catch {
    return { thresholds: { ...DEFAULT_THRESHOLDS }, version: 0 };
  }
}

export interface StoredForm {
  id: string;
  tambon: string;
  round: string;
  status: ReportState;
  form: TambonForm;
  goalsMet: number;
  submittedBy: string | null;
  submittedAt: Date | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  reopened: boolean;
  lateUntil: Date | null;
  lateReason: string;
  /** The stored version: a save names it to say which state it started from (0: nobody saved this form yet). */
  version: number;
}

/** A stored form as the TambonForm shape, whatever PocketBase holds (a form written before a field existed stays readable). */
function asTambonForm(raw: unknown): TambonForm {
  const f = raw && typeof raw === 'object' ? (raw as Partial<TambonForm>) : {};
  const obj = <T>(v: unknown, empty: T): T => (v && typeof v === 'object' && !Array.isArray(v) ? (v as T) : empty);
  return {
    activities: Array.isArray(f.activities) ? f.activities : [],
    goals: obj(f.goals, { ...EMPTY_FORM.goals }),
    texts: obj(f.texts, { ...EMPTY_FORM.texts }),
    links: obj(f.links, { ...EMPTY_FORM.links }),
  };
}

export function toStoredForm(r: RecordModel): StoredForm {
  return {
    id: r.id,
    tambon: r['tambon'],
    round: r['round'],
    status: r['status'],
    form: asTambonForm(r['form']),
    goalsMet: Number(r['goals_met'] ?? 0),
    submittedBy: r['submitted_by'] || null,
    submittedAt: fromPbDate(r['submitted_at']),
    approvedBy: r['approved_by'] || null,
    approvedAt: fromPbDate(r['approved_at']),
    reopened: Boolean(r['reopened']),
    lateUntil: fromPbDate(r['late_until']),
    lateReason: r['late_reason'] ?? '',
    version: Number(r['version'] ?? 0),
  };
}

/** A tambon's form of a round as stored, or undefined when nobody saved it yet. */
export async function loadForm(pb: PocketBase, tambonId: string, roundId: string): Promise<StoredForm | undefined> {
  const rows = await pb.collection('assessment_forms').getList(1, 1, { filter: pb.filter('tambon = {:t} && round = {:r}', { t: tambonId, r: roundId }) });
  return rows.items[0] ? toStoredForm(rows.items[0]) : undefined;
}

/** A tambon's stored forms in every round of a period, by round id. */
export async function loadTambonForms(pb: PocketBase, tambonId: string, periodId: string): Promise<Map<string, StoredForm>> {
  const rows = await pb.collection('assessment_forms').getFullList({ filter: pb.filter('tambon = {:t} && round.period = {:p}', { t: tambonId, p: periodId }) });
  return new Map(rows.map((r) => [r['round'] as string, toStoredForm(r)]));
}
