import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import {
  canSee,
  countsOn,
  currentRound,
  GOAL_CODES,
  GOAL_COUNT,
  movementOf,
  tierOf,
  TIERS,
  tierTargets,
  type ClassifiedTier,
  type GoalCode,
  type ReportBasis,
  type Round,
  type Tier,
  type TierThresholds,
} from '@otou/domain';
import type { Actor } from '../../context.ts';
import { appError } from '../../errors.ts';
import { loadRounds, loadThresholds } from './read.ts';

/**
 * The assessment dashboards: tambons per tier against the programme's targets, movement between two rounds, the goals
 * most often missing and who has not been assessed or approved. Counts come from views the database adds up
 * (pb_migrations/1795520100_assessment_views.js), read with the caller's token so the views' rules apply too; tiers are
 * applied here, at read time, from the thresholds stored now.
 */

export type DashboardTarget = { level: 'national' } | { level: 'network' | 'university'; id: string };
type Level = DashboardTarget['level'];
/** A form's state in a round; 'none' when the tambon has no form yet. */
export type FormStatus = 'none' | 'draft' | 'submitted' | 'approved';

export interface Place {
  id: string;
  code: string;
  name_th: string;
  name_en: string;
}

/** Tambons of a scope in one round: per tier (on the basis asked for), not assessed, per status, and the targets. */
export interface TierBreakdown {
  /** Tambons in the scope. */
  tambons: number;
  /** Tambons whose form counts on the basis (approved; provisional adds submitted). */
  assessed: number;
  /** Tambons without a form that counts: no form, a draft, or (approved basis) one awaiting approval. */
  notAssessed: number;
  tiers: Record<Tier, number>;
  /** The programme's targets for the scope: 25 % / 50 % / 25 % of its tambons. */
  targets: Record<ClassifiedTier, number>;
  /** Counted tambons by number of goals met, 0–16 (index = goals met). */
  goalsMet: number[];
  status: Record<FormStatus, number>;
}

// ───────────────────────────── reading ─────────────────────────────

const STATUSES = ['draft', 'submitted', 'approved'] as const;
const isStatus = (s: unknown): s is (typeof STATUSES)[number] => (STATUSES as readonly unknown[]).includes(s);

/** The round asked for, or the one a page shows by default (the latest to have opened). */
function pickRound(rounds: Round[], id: string | undefined, now: Date): Round {
  const r = id ? rounds.find((x) => x.id === id) : currentRound(rounds, now);
  if (!r) throw appError('NOT_FOUND', 'assessment.roundMissing');
  return r;
}

/**
 * Dashboards are only for those who oversee that level: the views' rules would otherwise answer an outsider with
 * no rows, which would read as a scope where nobody has been assessed.
 */
async function assertScope(a: Actor, target: DashboardTarget): Promise<{ place: Place & { network?: string } | null }> {
  const u = a.user;
  if (target.level === 'national') {
    if (u.placement.level === 'central') return { place: null };
    throw appError('FORBIDDEN', 'error.forbidden');
  }
  const collection = target.level === 'network' ? 'networks' : 'universities';
  // Names are readable by every signed-in user; an id that names nothing is refused like one outside the scope.
  const r = await a.pb
    .collection(collection)
    .getOne(target.id, { fields: 'id,code,name_th,name_en,network' })
    .catch(() => null);
  if (!r) throw appError('FORBIDDEN', 'error.forbidden');
  const path = target.level === 'network' ? { networkId: r.id } : { networkId: r['network'] as string, universityId: r.id };
  if (u.placement.level !== 'central' && !canSee(u, path)) throw appError('FORBIDDEN', 'error.forbidden');
  return { place: { id: r.id, code: r['code'], name_th: r['name_th'], name_en: r['name_en'] || r['name_th'], ...(target.level === 'university' ? { network: r['network'] as string } : {}) } };
}

/** Filter on a view's scope columns for a target, plus `extra` (already escaped). */
function scoped(pb: PocketBase, target: DashboardTarget, extra: string): string {
  const own = target.level === 'national' ? '' : pb.filter(`${target.level} = {:id}`, { id: target.id });
  return [own, extra].filter(Boolean).join(' && ');
}

/** The children of a level, by name: networks of the nation, universities of a network. */
async function childPlaces(pb: PocketBase, target: DashboardTarget): Promise<Place[]> {
  if (target.level === 'university') return [];
  const rows =
    target.level === 'national'
      ? await pb.collection('networks').getFullList({ sort: 'order,code', fields: 'id,code,name_th,name_en' })
      : await pb.collection('universities').getFullList({ filter: pb.filter('network = {:n}', { n: target.id }), sort: 'code', fields: 'id,code,name_th,name_en' });
  return rows.map((r) => ({ id: r.id, code: r['code'], name_th: r['name_th'], name_en: r['name_en'] || r['name_th'] }));
}

const childKey = (level: Level): 'network' | 'university' => (level === 'national' ? 'network' : 'university');

/** Tambons per child (or in all) from assessment_tambon_counts. */
async function tambonCounts(pb: PocketBase, target: DashboardTarget): Promise<Map<string, number>> {
  const rows = await pb.collection('assessment_tambon_counts').getFullList({ filter: scoped(pb, target, ''), fields: 'university,network,tambons', batch: 1000 });
  const key = childKey(target.level);
  const out = new Map<string, number>();
  for (const r of rows) out.set(r[key], (out.get(r[key]) ?? 0) + Number(r['tambons']));
  return out;
}

interface CountRow {
  child: string;
  status: string;
  goalsMet: number;
  tambons: number;
}

/** Forms of a round by child, status and goals met, added up by the database. */
async function goalCounts(pb: PocketBase, target: DashboardTarget, roundId: string): Promise<CountRow[]> {
  const view = target.level === 'national' ? 'assessment_goal_counts_network' : 'assessment_goal_counts';
  const key = childKey(target.level);
  const rows = await pb.collection(view).getFullList({ filter: scoped(pb, target, pb.filter('round = {:r}', { r: roundId })), fields: `${key},status,goals_met,tambons`, batch: 1000 });
  return rows.map((r) => ({ child: r[key], status: r['status'], goalsMet: Number(r['goals_met']), tambons: Number(r['tambons']) }));
}

const zeroTiers = (): Record<Tier, number> => Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;

export function breakdown(rows: CountRow[], tambons: number, basis: ReportBasis, t: TierThresholds): TierBreakdown {
  const tiers = zeroTiers();
  const goalsMet: number[] = Array(GOAL_COUNT + 1).fill(0);
  const status: Record<FormStatus, number> = { none: 0, draft: 0, submitted: 0, approved: 0 };
  let assessed = 0;
  let forms = 0;
  for (const r of rows) {
    if (!isStatus(r.status)) continue;
    status[r.status] += r.tambons;
    forms += r.tambons;
    if (!countsOn(basis, r.status)) continue;
    assessed += r.tambons;
    tiers[tierOf(r.goalsMet, t)] += r.tambons;
    goalsMet[Math.min(GOAL_COUNT, Math.max(0, r.goalsMet))]! += r.tambons;
  }
  status.none = Math.max(0, tambons - forms);
  return { tambons, assessed, notAssessed: Math.max(0, tambons - assessed), tiers, targets: tierTargets(tambons), goalsMet, status };
}

function roundOut(r: Round) {
  return { id: r.id, periodId: r.periodId, kind: r.kind, quarter: r.quarter, opens: r.opens, closes: r.closes };
}

// ───────────────────────────── tiers ─────────────────────────────

export interface TambonRow extends Place {
  district_th: string;
  district_en: string;
  status: FormStatus;
  /** Whether the form counts on the basis asked for. */
  counted: boolean;
  goalsMet: number | null;
  /** Null when the form does not count on the basis (not assessed). */
  tier: Tier | null;
}

/** A university's tambons with their form's state in a round: few enough (tens) to read one by one. */
async function tambonRows(pb: PocketBase, universityId: string, roundId: string, basis: ReportBasis, t: TierThresholds): Promise<TambonRow[]> {
  const [tambons, forms] = await Promise.all([
    pb.collection('tambons').getFullList({ filter: pb.filter('university = {:u}', { u: universityId }), sort: 'code', fields: 'id,code,name_th,name_en,district_th,district_en', batch: 1000 }),
    pb.collection('assessment_forms').getFullList({ filter: pb.filter('round = {:r} && university = {:u}', { r: roundId, u: universityId }), fields: 'tambon,status,goals_met', batch: 1000 }),
  ]);
  const byTambon = new Map(forms.map((f) => [f['tambon'] as string, f]));
  return tambons.map((p) => {
    const f = byTambon.get(p.id);
    const status: FormStatus = f && isStatus(f['status']) ? f['status'] : 'none';
    const counted = status !== 'none' && countsOn(basis, status);
    const met = f ? Number(f['goals_met']) : null;
    return {
      id: p.id,
      code: p['code'],
      name_th: p['name_th'],
      name_en: p['name_en'] || p['name_th'],
      district_th: p['district_th'],
      district_en: p['district_en'] || p['district_th'],
      status,
      counted,
      goalsMet: met,
      tier: counted && met !== null ? tierOf(met, t) : null,
    };
  });
}

export interface TiersInput {
  target: DashboardTarget;
  roundId?: string | undefined;
  basis: ReportBasis;
}

/** The title of a dashboard: its place, or null nationally (the page says "national"). */
const placeOut = (p: (Place & { network?: string }) | null) => (p ? { id: p.id, code: p.code, name_th: p.name_th, name_en: p.name_en } : null);

/** Tambons per tier of a scope in a round against the programme's targets, with the next level down. */
export async function dashboardTiers(a: Actor, input: TiersInput) {
  const { place } = await assertScope(a, input.target);
  const pb = a.pb;
  const [rounds, thresholds, children, counts] = await Promise.all([loadRounds(pb), loadThresholds(pb).then((s) => s.thresholds), childPlaces(pb, input.target), tambonCounts(pb, input.target)]);
  const round = pickRound(rounds, input.roundId, a.now);
  const rows = await goalCounts(pb, input.target, round.id);
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  const summary = breakdown(rows, total, input.basis, thresholds);
  const base = { level: input.target.level, place: placeOut(place), round: roundOut(round), basis: input.basis, thresholds, ...summary };
  if (input.target.level === 'university') {
    const tambons = await tambonRows(pb, input.target.id, round.id, input.basis, thresholds);
    return { ...base, children: { level: 'tambon' as const, items: [] as ChildTiers[] }, tambonList: tambons };
  }
  const items: ChildTiers[] = children.map((c) => ({ ...c, ...breakdown(rows.filter((r) => r.child === c.id), counts.get(c.id) ?? 0, input.basis, thresholds) }));
  return { ...base, children: { level: childKey(input.target.level), items }, tambonList: [] as TambonRow[] };
}

export type ChildTiers = Place & TierBreakdown;

// ───────────────────────────── movement ─────────────────────────────

export interface MovementInput {
  target: DashboardTarget;
  fromRoundId?: string | undefined;
  toRoundId?: string | undefined;
  basis: ReportBasis;
}

/**
 * Pairs whose goals met lie on two sides of a threshold: only they can have changed tier, so only they travel (the
 * tiers themselves are still told by tierOf). The thresholds are today's, as everywhere on the dashboards.
 */
function crossesThreshold(pb: PocketBase, t: TierThresholds): string {
  const across = (x: number) => pb.filter('((from_met >= {:x} && to_met < {:x}) || (from_met < {:x} && to_met >= {:x}))', { x });
  return `(${[t.survive, t.sufficiency, t.sustainable].map(across).join(' || ')})`;
}

const PAIR_FIELDS = 'tambon,university,network,from_met,to_met,code,name_th,name_en,district_th,district_en';

export interface MovedTambon extends Place {
  district_th: string;
  district_en: string;
  university: string;
  network: string;
  fromMet: number;
  toMet: number;
  from: Tier;
  to: Tier;
  movement: 'up' | 'down';
}

/**
 * Where tambons stand in a later round against an earlier one (by default the latest round to have opened against
 * its period's baseline): how many moved up or down a tier, stayed, were assessed for the first time, or are not
 * assessed in the later round — and which tambons moved, for drilling down to their forms.
 */
export async function dashboardMovement(a: Actor, input: MovementInput) {
  const { place } = await assertScope(a, input.target);
  const pb = a.pb;
  const [rounds, thresholds, counts] = await Promise.all([loadRounds(pb), loadThresholds(pb).then((s) => s.thresholds), tambonCounts(pb, input.target)]);
  const to = pickRound(rounds, input.toRoundId, a.now);
  const from = input.fromRoundId
    ? pickRound(rounds, input.fromRoundId, a.now)
    : (rounds.find((r) => r.periodId === to.periodId && r.kind === 'baseline') ?? to);
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  const counted = STATUSES.filter((s) => countsOn(input.basis, s));
  const statusIn = (field: string) => `(${counted.map((s) => `${field} = '${s}'`).join(' || ')})`;
  const both = `${pb.filter('from_round = {:f} && to_round = {:t}', { f: from.id, t: to.id })} && ${statusIn('from_status')} && ${statusIn('to_status')}`;
  const same = from.id === to.id;
  const [fromRows, toRows, pairCounts, changed] = await Promise.all([
    goalCounts(pb, input.target, from.id),
    goalCounts(pb, input.target, to.id),
    same ? Promise.resolve([] as RecordModel[]) : pb.collection('assessment_pair_counts').getFullList({ filter: scoped(pb, input.target, both), fields: 'tambons', batch: 1000 }),
    same ? Promise.resolve([] as RecordModel[]) : pb.collection('assessment_form_pairs').getFullList({ filter: scoped(pb, input.target, `${both} && ${crossesThreshold(pb, thresholds)}`), fields: PAIR_FIELDS, batch: 1000 }),
  ]);
  const bothCount = same ? null : pairCounts.reduce((n, r) => n + Number(r['tambons']), 0);
  const fromTiers = breakdown(fromRows, total, input.basis, thresholds);
  const toTiers = breakdown(toRows, total, input.basis, thresholds);
  const moved: MovedTambon[] = [];
  for (const r of changed) {
    const fromTier = tierOf(Number(r['from_met']), thresholds);
    const toTier = tierOf(Number(r['to_met']), thresholds);
    const m = movementOf(fromTier, toTier);
    if (m !== 'up' && m !== 'down') continue;
    moved.push({
      id: r['tambon'],
      code: r['code'],
      name_th: r['name_th'],
      name_en: r['name_en'] || r['name_th'],
      district_th: r['district_th'],
      district_en: r['district_en'] || r['district_th'],
      university: r['university'],
      network: r['network'],
      fromMet: Number(r['from_met']),
      toMet: Number(r['to_met']),
      from: fromTier,
      to: toTier,
      movement: m,
    });
  }
  const assessedBoth = bothCount ?? toTiers.assessed;
  const up = moved.filter((m) => m.movement === 'up').length;
  const down = moved.length - up;
  const movementCounts = {
    up,
    down,
    same: assessedBoth - up - down,
    new: toTiers.assessed - assessedBoth,
    none: toTiers.notAssessed,
  };
  return {
    level: input.target.level,
    place: placeOut(place),
    from: roundOut(from),
    to: roundOut(to),
    basis: input.basis,
    thresholds,
    tambons: total,
    counts: movementCounts,
    fromTiers: fromTiers.tiers,
    toTiers: toTiers.tiers,
    fromAssessed: fromTiers.assessed,
    toAssessed: toTiers.assessed,
    moved: moved.sort((x, y) => (x.movement === y.movement ? x.code.localeCompare(y.code) : x.movement === 'up' ? -1 : 1)),
  };
}

// ───────────────────────────── goals ─────────────────────────────

export interface GoalRow {
  code: GoalCode;
  /** Counted tambons with ✓ for the goal in some column. */
  have: number;
  /** Counted tambons with ✗ for it and ✓ nowhere: expected once an activity is done. */
  expected: number;
  /** Counted tambons with neither mark. */
  missing: number;
  /** Counted tambons that do not meet it yet (expected + missing): what "most often missing" ranks by. */
  notMet: number;
}

const goalCol = (g: GoalCode) => g.replace('.', '_');

/** Per goal, how many counted tambons meet it, only expect it, or lack it; the goals most often not met first. */
export async function dashboardGoals(a: Actor, input: TiersInput) {
  const { place } = await assertScope(a, input.target);
  const pb = a.pb;
  const view = input.target.level === 'national' ? 'assessment_goal_sums_network' : 'assessment_goal_sums';
  const [rounds, counts] = await Promise.all([loadRounds(pb), tambonCounts(pb, input.target)]);
  const round = pickRound(rounds, input.roundId, a.now);
  const rows = await pb.collection(view).getFullList({ filter: scoped(pb, input.target, pb.filter('round = {:r}', { r: round.id })), batch: 1000 });
  const sums = rows.filter((r) => isStatus(r['status']) && countsOn(input.basis, r['status']));
  const assessed = sums.reduce((s, r) => s + Number(r['forms']), 0);
  const goals: GoalRow[] = GOAL_CODES.map((code) => {
    const have = sums.reduce((s, r) => s + Number(r[`have_${goalCol(code)}`] ?? 0), 0);
    const expected = sums.reduce((s, r) => s + Number(r[`expected_${goalCol(code)}`] ?? 0), 0);
    return { code, have, expected, missing: assessed - have - expected, notMet: assessed - have };
  });
  const ranked = [...goals].sort((x, y) => y.notMet - x.notMet || GOAL_CODES.indexOf(x.code) - GOAL_CODES.indexOf(y.code));
  return { level: input.target.level, place: placeOut(place), round: roundOut(round), basis: input.basis, tambons: [...counts.values()].reduce((s, n) => s + n, 0), assessed, goals: ranked };
}

// ───────────────────────────── coverage ─────────────────────────────

export interface CoverageInput {
  target: DashboardTarget;
  roundId?: string | undefined;
}

export interface CoverageCounts {
  tambons: number;
  notStarted: number;
  draft: number;
  submitted: number;
  approved: number;
}

export type UniversityCoverage = Place & CoverageCounts & { network: string };

/** Per university: its tambons, and how many have no form yet, a draft, one awaiting approval, or an approved one. */
export async function dashboardCoverage(a: Actor, input: CoverageInput) {
  const { place } = await assertScope(a, input.target);
  const pb = a.pb;
  const [rounds, universities, tambons] = await Promise.all([
    loadRounds(pb),
    pb.collection('universities').getFullList({
      filter: input.target.level === 'national' ? '' : pb.filter(input.target.level === 'network' ? 'network = {:id}' : 'id = {:id}', { id: input.target.id }),
      sort: 'code',
      fields: 'id,code,name_th,name_en,network',
      batch: 1000,
    }),
    pb.collection('assessment_tambon_counts').getFullList({ filter: scoped(pb, input.target, ''), fields: 'university,tambons', batch: 1000 }),
  ]);
  const round = pickRound(rounds, input.roundId, a.now);
  // Forms per university and status: assessment_goal_sums already groups them so (its `forms`).
  const sums = await pb.collection('assessment_goal_sums').getFullList({ filter: scoped(pb, input.target, pb.filter('round = {:r}', { r: round.id })), fields: 'university,status,forms', batch: 1000 });
  const perUni = new Map(tambons.map((t) => [t['university'] as string, Number(t['tambons'])]));
  const items: UniversityCoverage[] = universities.map((u) => {
    const c: CoverageCounts = { tambons: perUni.get(u.id) ?? 0, notStarted: 0, draft: 0, submitted: 0, approved: 0 };
    for (const s of sums) if (s['university'] === u.id && isStatus(s['status'])) c[s['status']] += Number(s['forms']);
    c.notStarted = Math.max(0, c.tambons - c.draft - c.submitted - c.approved);
    return { id: u.id, code: u['code'], name_th: u['name_th'], name_en: u['name_en'] || u['name_th'], network: u['network'], ...c };
  });
  const totals: CoverageCounts = { tambons: 0, notStarted: 0, draft: 0, submitted: 0, approved: 0 };
  for (const i of items) for (const k of Object.keys(totals) as (keyof CoverageCounts)[]) totals[k] += i[k];
  // A university's own board lists its tambons, so "who has not started" is a click away.
  const tambonList = input.target.level === 'university' ? await tambonRows(pb, input.target.id, round.id, 'provisional', (await loadThresholds(pb)).thresholds) : [];
  return { level: input.target.level, place: placeOut(place), round: roundOut(round), totals, universities: items, tambonList };
}
