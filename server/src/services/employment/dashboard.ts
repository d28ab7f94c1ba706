import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import {
  canSee,
  DEFAULT_POSITIONS,
  hiringFigures,
  positionsOfTambons,
  statusOn,
  WORKER_TYPES,
  type HiringFigures,
  type IsoDay,
  type Positions,
  type WorkerType,
} from '@otou/domain';
import type { Actor } from '../../context.ts';
import { appError } from '../../errors.ts';
import { toPeriod } from '../budget/read.ts';
import { toContract } from './contracts.ts';
import { isStaff, todayOf } from './scope.ts';

/**
 * The hiring dashboards: hired against the target (positions × tambons) by worker type, open positions, reports
 * awaiting acceptance, payments recorded late and resignations — for the nation, a network, a university or a tambon,
 * with a row per network, university or tambon below it, and at a tambon its workers. The figures come from views the
 * database adds up (pb_migrations/1795530100_employment_views.js), read with the caller's token so the views' rules
 * apply too; only a tambon's own workers are read row by row (about twenty).
 */

export type EmploymentLevel = 'national' | 'network' | 'university' | 'tambon';

export interface Place {
  id: string;
  code: string;
  name_th: string;
  name_en: string;
}

export interface ScopeInput {
  networkId?: string | undefined;
  universityId?: string | undefined;
  tambonId?: string | undefined;
  periodId?: string | undefined;
}

/** Where a dashboard or export looks, checked against the caller's scope. */
export interface Scope {
  level: EmploymentLevel;
  /** Null nationally. */
  place: Place | null;
  /** The network of a network, university or tambon; the university of a university or tambon. */
  networkId?: string;
  universityId?: string;
}

const place = (r: RecordModel): Place => ({ id: r.id, code: r['code'], name_th: r['name_th'], name_en: r['name_en'] || r['name_th'] });

/**
 * Staff see the figures of their own scope and below: the centre everything, a network its universities, a university
 * its tambons, a tambon's coordinator their tambon. A worker or an agency supervisor reads only their own contracts,
 * never figures. A place outside the scope (or one that does not exist) is refused alike.
 */
export async function resolveScope(a: Actor, input: ScopeInput): Promise<Scope> {
  if (!isStaff(a.user)) throw appError('FORBIDDEN', 'error.forbidden');
  const p = a.user.placement;
  const asked = input.tambonId
    ? { level: 'tambon' as const, id: input.tambonId }
    : input.universityId
      ? { level: 'university' as const, id: input.universityId }
      : input.networkId
        ? { level: 'network' as const, id: input.networkId }
        : p.level === 'central'
          ? { level: 'national' as const, id: '' }
          : { level: p.level, id: (p.level === 'network' ? p.networkId : p.level === 'university' ? p.universityId : p.tambonId) ?? '' };
  if (asked.level === 'national') {
    if (p.level !== 'central') throw appError('FORBIDDEN', 'error.forbidden');
    return { level: 'national', place: null };
  }
  const forbidden = () => appError('FORBIDDEN', 'error.forbidden');
  if (!asked.id) throw forbidden();
  const pb = a.pb;
  if (asked.level === 'network') {
    const r = await pb.collection('networks').getOne(asked.id, { fields: 'id,code,name_th,name_en' }).catch(() => null);
    if (!r || !canSee(a.user, { networkId: r.id })) throw forbidden();
    return { level: 'network', place: place(r), networkId: r.id };
  }
  if (asked.level === 'university') {
    const r = await pb.collection('universities').getOne(asked.id, { fields: 'id,code,name_th,name_en,network' }).catch(() => null);
    if (!r || !canSee(a.user, { networkId: r['network'], universityId: r.id })) throw forbidden();
    return { level: 'university', place: place(r), networkId: r['network'], universityId: r.id };
  }
  const r = await pb.collection('tambons').getOne(asked.id, { fields: 'id,code,name_th,name_en,university,expand.university.network', expand: 'university' }).catch(() => null);
  const network = (r?.expand?.['university'] as RecordModel | undefined)?.['network'] as string | undefined;
  if (!r || !network || !canSee(a.user, { networkId: network, universityId: r['university'], tambonId: r.id })) throw forbidden();
  return { level: 'tambon', place: place(r), networkId: network, universityId: r['university'] };
}

/** Filter on a view's or collection's place columns for a scope. */
export function scopeFilter(pb: PocketBase, s: Scope): string {
  if (s.level === 'national') return '';
  return pb.filter(`${s.level} = {:id}`, { id: s.place!.id });
}

// ───────────────────────────── positions ─────────────────────────────

function toPositions(v: unknown): Positions {
  const p = (v ?? {}) as Partial<Record<string, { count?: unknown; rate?: unknown }>>;
  return Object.fromEntries(
    WORKER_TYPES.map((t) => {
      const s = p[t];
      return [t, typeof s?.count === 'number' && typeof s?.rate === 'number' ? { count: s.count, rate: s.rate } : { ...DEFAULT_POSITIONS[t] }];
    }),
  ) as Positions;
}

export interface PeriodPositions {
  period: Place | null;
  /** The period's default, or the programme's when the period has none. */
  byDefault: Positions;
  /** Tambons with positions of their own, by tambon id. */
  own: Map<string, Positions>;
}

/**
 * The positions of the period asked for (the active one by default); with no period at all, the programme's. Both
 * lists are read whole (a few rows) and picked from here: PocketBase holds back a filtered list that comes back empty
 * for up to half a second (its guard against timing attacks), and "no positions of its own" is the common answer.
 */
export async function periodPositions(a: Actor, periodId: string | undefined): Promise<PeriodPositions> {
  const pb = a.pb;
  const [periods, rows] = await Promise.all([
    pb.collection('budget_periods').getFullList({ sort: '-first_year,-first_month', batch: 1000 }),
    pb.collection('employment_positions').getFullList({ fields: 'period,tambon,positions', batch: 1000 }),
  ]);
  const row = periodId ? periods.find((r) => r.id === periodId) : periods.find((r) => r['active']);
  if (periodId && !row) throw appError('NOT_FOUND', 'budget.periodMissing');
  if (!row) return { period: null, byDefault: toPositions(DEFAULT_POSITIONS), own: new Map() };
  const period = toPeriod(row);
  const mine = rows.filter((r) => r['period'] === period.id);
  const byDefault = mine.find((r) => !r['tambon']);
  return {
    period: { id: period.id, code: period.code, name_th: period.name_th, name_en: period.name_en || period.name_th },
    byDefault: toPositions(byDefault?.['positions'] ?? DEFAULT_POSITIONS),
    own: new Map(mine.filter((r) => r['tambon']).map((r) => [r['tambon'] as string, toPositions(r['positions'])])),
  };
}

// ───────────────────────────── counting ─────────────────────────────

/** One unit's counts as the views give them. */
export interface Counts {
  tambons: number;
  /** Contracts in force on the day counted (start ≤ day ≤ end or last working day; the domain's inForceOn) per worker type: those hired. */
  active: Record<WorkerType, number>;
  resigned: number;
  awaiting: number;
  late: { count: number; amountSatang: number };
}

const zeroTypes = (): Record<WorkerType, number> => ({ citizen: 0, graduate: 0, student: 0 });
export const zeroCounts = (): Counts => ({ tambons: 0, active: zeroTypes(), resigned: 0, awaiting: 0, late: { count: 0, amountSatang: 0 } });

/**
 * The figures of a scope's places on `day` (one row per university or tambon), added up per `key` column (network,
 * university or tambon): contracts in force per type, resignations, reports awaiting acceptance, late payments, tambons.
 * The views count them for the day named (1795530400_employment_figures_on_a_day.js): the platform's own day, whatever
 * its clock — the real one, the demo's inside a reporting window, a test's.
 */
export async function countsBy(pb: PocketBase, level: 'university' | 'tambon', filter: string, key: 'network' | 'university' | 'tambon', day: IsoDay): Promise<Map<string, Counts>> {
  const onDay = pb.filter('day = {:day}', { day });
  const rows = await pb.collection(`employment_${level}_figures`).getFullList({ filter: filter ? `${onDay} && ${filter}` : onDay, query: { day }, batch: 1000 });
  const out = new Map<string, Counts>();
  for (const r of rows) {
    const k = r[key] as string;
    let c = out.get(k);
    if (!c) out.set(k, (c = zeroCounts()));
    for (const t of WORKER_TYPES) c.active[t] += Number(r[`active_${t}`]);
    c.resigned += Number(r['resigned']);
    c.awaiting += Number(r['awaiting']);
    c.late.count += Number(r['late']);
    c.late.amountSatang += Number(r['late_amount']);
    c.tambons += level === 'tambon' ? 1 : Number(r['tambons']);
  }
  return out;
}

export interface UnitFigures {
  tambons: number;
  byType: HiringFigures;
  awaiting: number;
  late: { count: number; amountSatang: number };
  resigned: number;
}

function figures(c: Counts, target: Record<WorkerType, number>): UnitFigures {
  return {
    tambons: c.tambons,
    byType: hiringFigures(target, c.active),
    awaiting: c.awaiting,
    late: c.late,
    resigned: c.resigned,
  };
}

/** Sums of several units' figures; open positions add up per row, as each row is floored at zero on its own. */
function total(rows: UnitFigures[]): UnitFigures {
  const out: UnitFigures = { tambons: 0, byType: hiringFigures(zeroTypes(), zeroTypes()), awaiting: 0, late: { count: 0, amountSatang: 0 }, resigned: 0 };
  for (const r of rows) {
    out.tambons += r.tambons;
    for (const k of [...WORKER_TYPES, 'total'] as const) {
      out.byType[k].target += r.byType[k].target;
      out.byType[k].hired += r.byType[k].hired;
      out.byType[k].open += r.byType[k].open;
    }
    out.awaiting += r.awaiting;
    out.late.count += r.late.count;
    out.late.amountSatang += r.late.amountSatang;
    out.resigned += r.resigned;
  }
  return out;
}

export type Row = Place & UnitFigures;

export interface Worker {
  contractId: string;
  name: string;
  nationalIdMasked: string;
  type: WorkerType;
  start: IsoDay;
  end: IsoDay;
  status: 'active' | 'resigned' | 'ended';
  lastWorkingDay: IsoDay | null;
  replaces: string | null;
  reports: { accepted: number; submitted: number; returned: number };
  paidSatang: number;
  latePayments: number;
}

/**
 * A tambon's workers with their reports and pay: twenty-odd contracts and their figures (the database counts them).
 * A contract past its end shows 'ended' on `day` (derived: nothing stores it).
 */
async function tambonWorkers(pb: PocketBase, tambonId: string, day: IsoDay): Promise<Worker[]> {
  const f = pb.filter('tambon = {:t}', { t: tambonId });
  const [contracts, counted] = await Promise.all([
    pb.collection('employment_contracts').getFullList({ filter: f, sort: 'type,last_name,first_name,start', batch: 1000 }),
    pb.collection('employment_contract_figures').getFullList({ filter: f, fields: 'id,accepted,submitted,returned,paid,late', batch: 1000 }),
  ]);
  const figuresOf = new Map(counted.map((r) => [r.id, r]));
  return contracts.map(toContract).map((c): Worker => {
    const n = (k: string) => Number(figuresOf.get(c.id)?.[k] ?? 0);
    const { id, firstName, lastName, nationalIdMasked, type, start, end, lastWorkingDay, replaces } = c;
    const status = statusOn(c, day);
    return { contractId: id, name: `${firstName} ${lastName}`.trim(), nationalIdMasked, type, start, end, status, lastWorkingDay, replaces, reports: { accepted: n('accepted'), submitted: n('submitted'), returned: n('returned') }, paidSatang: n('paid'), latePayments: n('late') };
  });
}

// ───────────────────────────── the summary ─────────────────────────────

export interface Summary extends UnitFigures {
  level: EmploymentLevel;
  place: Place | null;
  period: Place | null;
  asOf: IsoDay;
  rows: { level: 'network' | 'university' | 'tambon'; items: Row[] };
  workers: Worker[];
}

/**
 * Hired against the target by type, open positions, reports awaiting acceptance, late payments and resignations of a
 * scope, with its child units (networks, universities, tambons) and, at a tambon, its workers.
 */
export async function dashboardSummary(a: Actor, input: ScopeInput): Promise<Summary> {
  const scope = await resolveScope(a, input);
  const pb = a.pb;
  const filter = scopeFilter(pb, scope);
  const asOf = todayOf(a);
  const base = { level: scope.level, place: scope.place, asOf };

  if (scope.level === 'national' || scope.level === 'network') {
    const childKey = scope.level === 'national' ? 'network' : 'university';
    const [positions, counts, universities, children] = await Promise.all([
      periodPositions(a, input.periodId),
      countsBy(pb, 'university', filter, 'university', asOf),
      // The university of each tambon with its own positions, and each university's network.
      pb.collection('universities').getFullList({ filter: scope.level === 'network' ? pb.filter('network = {:n}', { n: scope.networkId }) : '', fields: 'id,code,name_th,name_en,network', sort: 'code', batch: 1000 }),
      scope.level === 'national' ? pb.collection('networks').getFullList({ fields: 'id,code,name_th,name_en', sort: 'order,code', batch: 1000 }) : Promise.resolve([] as RecordModel[]),
    ]);
    const ownByUniversity = await ownPositionsByUniversity(pb, positions);
    const perUniversity = universities.map((u) => {
      const c = counts.get(u.id) ?? zeroCounts();
      const own = ownByUniversity.get(u.id) ?? [];
      return { u, figures: figures(c, positionsOfTambons(c.tambons, positions.byDefault, own)) };
    });
    const units = scope.level === 'national' ? children : universities;
    const items: Row[] = units.map((unit) => ({
      ...place(unit),
      ...total(perUniversity.filter((x) => (childKey === 'network' ? x.u['network'] === unit.id : x.u.id === unit.id)).map((x) => x.figures)),
    }));
    return { ...base, period: positions.period, ...total(items), rows: { level: childKey, items }, workers: [] };
  }

  // A university's tambons, or one tambon (with its workers): the per-tambon views, filtered to the scope.
  const [positions, counts, tambons, workers] = await Promise.all([
    periodPositions(a, input.periodId),
    countsBy(pb, 'tambon', filter, 'tambon', asOf),
    pb.collection('tambons').getFullList({ filter: scope.level === 'university' ? pb.filter('university = {:u}', { u: scope.universityId }) : pb.filter('id = {:t}', { t: scope.place!.id }), fields: 'id,code,name_th,name_en', sort: 'code', batch: 1000 }),
    scope.level === 'tambon' ? tambonWorkers(pb, scope.place!.id, asOf) : Promise.resolve([]),
  ]);
  const items: Row[] = tambons.map((t) => {
    const c = { ...(counts.get(t.id) ?? zeroCounts()), tambons: 1 };
    const own = positions.own.get(t.id);
    return { ...place(t), ...figures(c, positionsOfTambons(1, positions.byDefault, own ? [own] : [])) };
  });
  const rows = { level: 'tambon' as const, items: scope.level === 'university' ? items : [] };
  return { ...base, period: positions.period, ...total(items), rows, workers };
}

/** The tambons with positions of their own, grouped by university (a few rows, read by id). */
async function ownPositionsByUniversity(pb: PocketBase, positions: PeriodPositions): Promise<Map<string, Positions[]>> {
  const out = new Map<string, Positions[]>();
  const ids = [...positions.own.keys()];
  for (let i = 0; i < ids.length; i += 100) {
    const part = ids.slice(i, i + 100);
    const rows = await pb.collection('tambons').getFullList({ filter: part.map((id) => pb.filter('id = {:id}', { id })).join(' || '), fields: 'id,university', batch: 1000 });
    for (const t of rows) out.set(t['university'], [...(out.get(t['university']) ?? []), positions.own.get(t.id)!]);
  }
  return out;
}
