import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import {
  isLeafLine,
  sumBaht,
  LEAF_LINES,
  type LeafFigures,
  type LeafLine,
  type OrgPath,
  type Period,
  type ReportState,
} from '@otou/domain';
import { appError } from '../../errors.ts';
import { fromPbDate, isoFromPb } from '../../pocketbase/dates.ts';

export interface PeriodInfo extends Period {
  id: string;
  code: string;
  name_th: string;
  name_en: string;
}

export function toPeriod(r: RecordModel): PeriodInfo {
  return {
    id: r.id,
    code: r['code'],
    name_th: r['name_th'],
    name_en: r['name_en'],
    firstYear: r['first_year'],
    firstMonth: r['first_month'],
    months: r['months'],
  };
}

/** The period asked for, or the active one. */
export async function loadPeriod(pb: PocketBase, id?: string): Promise<PeriodInfo> {
  try {
    if (id) return toPeriod(await pb.collection('budget_periods').getOne(id));
    return toPeriod(await pb.collection('budget_periods').getFirstListItem('active = true', { sort: '-first_year,-first_month' }));
  } catch {
    throw appError('NOT_FOUND', 'budget.periodMissing');
  }
}

export interface TambonInfo {
  id: string;
  code: string;
  name_th: string;
  district_th: string;
  province_th: string;
  /** English names; empty where none is known (screens then show the Thai one). */
  name_en: string;
  district_en: string;
  province_en: string;
  university: { id: string; code: string; name_th: string; name_en: string };
  path: OrgPath;
}

/** A tambon the caller may see (PocketBase's rule answers 404 otherwise), with its place in the hierarchy. */
export async function loadTambon(pb: PocketBase, id: string): Promise<TambonInfo> {
  const t = await pb.collection('tambons').getOne(id, { expand: 'university' });
  const u = t.expand?.['university'] as RecordModel | undefined;
  if (!u) throw appError('NOT_FOUND', 'error.notFound');
  return {
    id: t.id,
    code: t['code'],
    name_th: t['name_th'],
    district_th: t['district_th'],
    province_th: t['province_th'],
    name_en: t['name_en'] ?? '',
    district_en: t['district_en'] ?? '',
    province_en: t['province_en'] ?? '',
    university: { id: u.id, code: u['code'], name_th: u['name_th'], name_en: u['name_en'] },
    path: { networkId: u['network'], universityId: u.id, tambonId: t.id },
  };
}

export interface MonthReport {
  id: string;
  month: number;
  status: ReportState;
  actuals: Partial<Record<LeafLine, number>>;
  remarks: Partial<Record<LeafLine, string>>;
  submittedBy: string | null;
  approvedBy: string | null;
  reopened: boolean;
  lateUntil: Date | null;
  lateReason: string;
  submittedAt: Date | null;
  /** The stored version: a save names it to say which state it started from (0 for a month nobody saved yet). */
  version: number;
  /** The actuals exactly as stored, for the checks that must see what does not look like a budget line. */
  storedActuals: Record<string, unknown>;
}

const leafRecord = <T>(raw: unknown, pick: (v: unknown) => v is T): Partial<Record<LeafLine, T>> => {
  const out: Partial<Record<LeafLine, T>> = {};
  if (raw && typeof raw === 'object') for (const [k, v] of Object.entries(raw)) if (isLeafLine(k) && pick(v)) out[k] = v;
  return out;
};

export function toMonthReport(r: RecordModel): MonthReport {
  return {
    id: r.id,
    month: r['month'],
    status: r['status'],
    actuals: leafRecord(r['actuals'], (v): v is number => typeof v === 'number'),
    remarks: leafRecord(r['remarks'], (v): v is string => typeof v === 'string'),
    submittedBy: r['submitted_by'] || null,
    approvedBy: r['approved_by'] || null,
    reopened: Boolean(r['reopened']),
    lateUntil: fromPbDate(r['late_until']),
    lateReason: r['late_reason'] ?? '',
    submittedAt: fromPbDate(r['submitted_at']),
    version: Number(r['version'] ?? 0),
    storedActuals: r['actuals'] && typeof r['actuals'] === 'object' ? (r['actuals'] as Record<string, unknown>) : {},
  };
}

export async function loadReports(pb: PocketBase, tambonId: string, periodId: string): Promise<MonthReport[]> {
  const rows = await pb.collection('budget_reports').getFullList({ filter: pb.filter('tambon = {:t} && period = {:p}', { t: tambonId, p: periodId }), sort: 'month' });
  return rows.map(toMonthReport);
}

export interface PlannedLine {
  id: string;
  code: LeafLine;
  budget: number;
  plan: number[];
  version: number;
}

/** budget_lines records as planned lines, leaves only, in the report's order, one plan figure per period month. */
export function toPlannedLines(rows: RecordModel[], months: number): PlannedLine[] {
  return rows
    .filter((r) => isLeafLine(r['line']))
    .map((r) => ({
      id: r.id,
      code: r['line'] as LeafLine,
      budget: Number(r['budget'] ?? 0),
      plan: Array.from({ length: months }, (_, i) => Number((r['plan'] as unknown[] | null)?.[i] ?? 0)),
      version: Number(r['version'] ?? 0),
    }))
    .sort((a, b) => LEAF_LINES.indexOf(a.code) - LEAF_LINES.indexOf(b.code));
}

export async function loadPlan(pb: PocketBase, tambonId: string, period: Period & { id: string }): Promise<PlannedLine[]> {
  const rows = await pb.collection('budget_lines').getFullList({ filter: pb.filter('tambon = {:t} && period = {:p}', { t: tambonId, p: period.id }) });
  return toPlannedLines(rows, period.months);
}

export interface Instalment {
  tambon: string;
  number: number;
  amount: number;
  receivedOn: string | null;
}

export function toInstalment(r: RecordModel): Instalment {
  return { tambon: r['tambon'], number: Number(r['number']), amount: Number(r['amount'] ?? 0), receivedOn: isoFromPb(r['received_on']) };
}

/** A tambon's instalments in a period, first to last. */
export async function loadInstalments(pb: PocketBase, tambonId: string, periodId: string): Promise<Instalment[]> {
  const rows = await pb.collection('budget_instalments').getFullList({ filter: pb.filter('tambon = {:t} && period = {:p}', { t: tambonId, p: periodId }), sort: 'number' });
  return rows.map(toInstalment);
}

/** What has arrived of the instalments: the ones with a date received. */
export const receivedOf = (instalments: Instalment[]) => sumBaht(instalments.filter((i) => i.receivedOn).map((i) => i.amount));

export interface PlaceInfo {
  id: string;
  code: string;
  name_th: string;
  name_en: string;
  /** A university's network; a network's own id. */
  network: string;
}

/** A network or a university the caller may see, by id. */
export async function loadPlace(pb: PocketBase, level: 'network' | 'university', id: string): Promise<PlaceInfo> {
  const r = await pb.collection(level === 'network' ? 'networks' : 'universities').getOne(id, { fields: level === 'network' ? 'id,code,name_th,name_en' : 'id,code,name_th,name_en,network' });
  return { id: r.id, code: r['code'], name_th: r['name_th'], name_en: r['name_en'], network: level === 'network' ? r.id : r['network'] };
}

/**
 * Actual spending of a tambon per month and line. The one place actuals come from: the employment module's
 * payments will feed lines 1.1–1.3 here, and every report, roll-up and check reads them through this function.
 */
export function actualsByMonth(reports: MonthReport[], include: (r: MonthReport) => boolean = () => true): Map<number, Partial<Record<LeafLine, number>>> {
  return new Map(reports.filter(include).map((r) => [r.month, r.actuals]));
}

export function leafFigures(plan: PlannedLine[], actuals: Map<number, Partial<Record<LeafLine, number>>>, months: number, remarks: Partial<Record<LeafLine, string>> = {}): LeafFigures[] {
  return plan.map((l) => ({
    code: l.code,
    budget: l.budget,
    plan: l.plan,
    actual: Array.from({ length: months }, (_, i) => actuals.get(i + 1)?.[l.code] ?? null),
    ...(remarks[l.code] ? { remark: remarks[l.code] } : {}),
  }));
}
