/**
 * Who may do what, declared once per PocketBase collection and once per tRPC procedure, in the domain's own words
 * (canSee, canPlan, canReport, canApprove, canGrantException, canManageModulesOf, the module's roles). The access
 * matrix (matrix.test.ts) asks PocketBase for every collection and the router for every procedure and tries each
 * against these declarations: a collection or procedure added without a line here fails the matrix.
 *
 * To declare a new one: add an entry to COLLECTIONS (server/test/access/policy.ts) for a collection, or to
 * PROCEDURES for a procedure, naming who may read and write it with the domain's functions.
 */
import type { RecordModel } from 'pocketbase';
import {
  assessmentModule,
  budgetModule,
  canApproveAssessment,
  canAssess,
  canManageRounds,
  canReopenRsi,
  canReopenUsi,
  canReportRsi,
  canReportUsi,
  canApprove,
  canGrantException,
  canManageModulesOf,
  canPlan,
  canReport,
  canSee,
  employmentModule,
  isModuleAdmin,
  type OrgPath,
  type SessionUser,
} from '@otou/domain';
import { DEMO_PASSWORD } from '../../src/seed/demo.ts';
import { reportIdOf } from '../../src/services/employment/reports.ts';

/** One caller of the matrix: a demo login, a guest, or a forged token (a valid user's token with a bad signature). */
export interface Caller {
  label: string;
  token: string | null;
  /** The signed-in user PocketBase and the server should recognise; null for a guest and a forged token. */
  user: SessionUser | null;
}

/** The demo's places, to tell a record's place in the hierarchy. */
export interface World {
  tambonPath(id: string): OrgPath;
  universityPath(id: string): OrgPath;
  periodId: string;
  /** The demo's baseline assessment round (open at the matrix's clock, 28 Feb 2564). */
  roundId: string;
  /** The supervisors of an employment agency (the agency supervisor reads what is placed with their agency). */
  agencySupervisors(id: string): string[];
  /** The employment demo's records the tRPC matrix aims at. */
  employment: {
    contracts: EmploymentContractTarget[];
    applicant: { id: string; path: OrgPath } | null;
    /** The national ID of a person under contract: any application of theirs is refused, so the matrix writes nothing. */
    heldNationalId: string;
  };
  /** Tambons, universities and networks the tRPC matrix aims at, inside and outside each caller's scope. */
  targets: { tambons: Target[]; universities: Target[]; networks: Target[] };
}

export interface EmploymentContractTarget {
  id: string;
  worker: string;
  agency: string;
  /** The supervisors of its agency (none without one). */
  supervisors: string[];
  start: string;
  version: number;
  path: OrgPath;
}

export type Target =
  | { level: 'tambon' | 'university' | 'network'; id: string; code: string; path: OrgPath }
  | { level: 'national'; id: null; code: null; path: OrgPath }
  /** One record (an employment contract or applicant), at its place. */
  | { level: 'record'; id: string; code: string; path: OrgPath; record: EmploymentContractTarget | null };

const budgetRole = (u: SessionUser | null): u is SessionUser => !!u && (budgetModule.roles as readonly string[]).includes(u.role);
const assessmentRole = (u: SessionUser | null): u is SessionUser => !!u && (assessmentModule.roles as readonly string[]).includes(u.role);
const signedIn = (u: SessionUser | null): u is SessionUser => !!u;
const employmentRole = (u: SessionUser | null): u is SessionUser => !!u && (employmentModule.roles as readonly string[]).includes(u.role);
/** The roles that read employment data by their scope; a worker and an agency supervisor read only their own. */
const STAFF_ROLES: readonly string[] = ['central_admin', 'network_admin', 'university_staff', 'tambon_coordinator'];
const employmentStaff = (u: SessionUser | null): u is SessionUser => !!u && STAFF_ROLES.includes(u.role);
/** Who hires for a place (applicants, selection, contracts, resignations): its university's staff and the centre. */
const hiresAt = (u: SessionUser | null, path: OrgPath): u is SessionUser =>
  !!u && (u.role === 'central_admin' || (u.role === 'university_staff' && !!path.universityId && canSee(u, { networkId: path.networkId, universityId: path.universityId })));
const nobody = () => false;

// ───────────────────────────── REST: every PocketBase collection ─────────────────────────────

export interface CollectionPolicy {
  /** Which records to try (a few, spread over the hierarchy so every caller meets some in and some out of scope). */
  samples(all: RecordModel[], world: World): RecordModel[];
  read(u: SessionUser | null, r: RecordModel, world: World): boolean;
  create(u: SessionUser | null, r: RecordModel, world: World): boolean;
  update(u: SessionUser | null, r: RecordModel, world: World): boolean;
  delete(u: SessionUser | null, r: RecordModel, world: World): boolean;
  /** A copy of a record that an allowed delete may remove instead of the demo's own (created by the superuser). */
  cloneForDelete?(r: RecordModel): Record<string, unknown>;
  /**
   * Where the matrix looks in a collection too large to read whole: a filter for every list, and the query a reader
   * sends with each list and read (the employment figures answer for the one day named: ?day=…).
   */
  narrow?: { filter: string; query?: Record<string, string> };
}

const SAMPLE_TAMBONS = ['190204', '130201', '500101'];
const SAMPLE_UNIVERSITIES = ['CU', 'TU', 'CMU'];
const SAMPLE_NETWORKS = ['UC', 'UN'];

/** The first record of each distinct key, for the keys wanted (or of every key when `wanted` is omitted). */
function firstPer(all: RecordModel[], key: (r: RecordModel) => string, wanted?: string[], perKey = 1): RecordModel[] {
  const seen = new Map<string, number>();
  return all.filter((r) => {
    const k = key(r);
    if (wanted && !wanted.includes(k)) return false;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return n < perKey;
  });
}

/** A record of a tambon's budget: the budget roles of the tambon's university, network and the centre read it. */
const tambonBudget = (perKey = 1): CollectionPolicy => ({
  samples: (all, w) => firstPer(all, (r) => String(r['tambon']), undefined, perKey).filter((r) => SAMPLE_TAMBONS.some((c) => w.targets.tambons.find((t) => t.code === c)?.id === r['tambon'])),
  read: (u, r, w) => budgetRole(u) && canSee(u, w.tambonPath(r['tambon'])),
  // Written only by the server, after its own checks (issue 7): no user token writes them.
  create: nobody,
  update: nobody,
  delete: nobody,
});

/** Totals per university (and the views over them): the budget roles that oversee that university. */
const universityTotals: CollectionPolicy = {
  samples: (all, w) => firstPer(all, (r) => String(r['university'])).filter((r) => w.targets.universities.some((t) => t.id === r['university'])),
  read: (u, r) => budgetRole(u) && canSee(u, { networkId: r['network'], universityId: r['university'] }),
  create: nobody,
  update: nobody,
  delete: nobody,
};

/**
 * An assessment record kept at a place (a tambon's form or file, a university's USI report, a network's RSI report,
 * their audit rows): the assessment roles over that place read it; rows of no place (rounds' and thresholds' audit)
 * only the centre. Written only by the server.
 */
const assessmentAt = (perKey = 1): CollectionPolicy => ({
  samples: (all) => firstPer(all, (r) => `${r['tambon'] ?? ''}/${r['university'] ?? ''}/${r['network'] ?? ''}`, undefined, perKey),
  read: (u, r) => assessmentRole(u) && canSee(u, { networkId: r['network'] ?? '', ...(r['university'] ? { universityId: r['university'] } : {}), ...(r['tambon'] ? { tambonId: r['tambon'] } : {}) }),
  create: nobody,
  update: nobody,
  delete: nobody,
});

/** Assessment counts per university or per network: the assessment roles overseeing that place, above a tambon. */
const assessmentCounts = (level: 'university' | 'network'): CollectionPolicy => ({
  samples: (all) => firstPer(all, (r) => String(r[level])),
  read: (u, r) => assessmentRole(u) && u.placement.level !== 'tambon' && canSee(u, { networkId: r['network'], ...(level === 'university' ? { universityId: r['university'] } : {}) }),
  create: nobody,
  update: nobody,
  delete: nobody,
});

/** A PocketBase system collection of per-user auth records (devices, external logins, MFA, one-time passwords). */
const ownAuthRecords = (mayDelete: boolean): CollectionPolicy => ({
  samples: (all) => all.slice(0, 3),
  read: (u, r) => signedIn(u) && r['recordRef'] === u.id,
  create: nobody,
  update: nobody,
  delete: (u, r) => mayDelete && signedIn(u) && r['recordRef'] === u.id,
});

/** An employment record's place (its copies of tambon, university and network; an agency's has no tambon). */
const employmentPlace = (r: RecordModel): OrgPath => ({ networkId: r['network'] ?? '', ...(r['university'] ? { universityId: r['university'] } : {}), ...(r['tambon'] ? { tambonId: r['tambon'] } : {}) });

/** Applicants, selections, audit rows: employment staff over the record's place, nobody else. */
const employmentAtPlace = (perKey = 1): CollectionPolicy => ({
  samples: (all) => firstPer(all, (r) => `${r['tambon'] ?? ''}/${r['university'] ?? ''}`, undefined, perKey),
  read: (u, r) => employmentStaff(u) && canSee(u, employmentPlace(r)),
  create: nobody,
  update: nobody,
  delete: nobody,
});

/** A view that answers for one day at a time, asked on the matrix's day (the tRPC matrix's clock, 28 Feb 2564). */
const onTheMatrixDay = (policy: CollectionPolicy): CollectionPolicy => ({ ...policy, narrow: { filter: "day = '2021-02-28'", query: { day: '2021-02-28' } } });

/** A contract, report or payment: staff by scope, the worker it names, the supervisors of the agency it names. */
const employmentPersonal: CollectionPolicy = {
  // One of each kind: a worker's own, one placed with an agency, one with neither; in each tambon.
  samples: (all) => firstPer(all, (r) => `${r['tambon']}/${r['worker'] ? 'w' : ''}/${r['agency'] ? 'a' : ''}`),
  read: (u, r, w) =>
    (employmentStaff(u) && canSee(u, employmentPlace(r))) ||
    (u?.role === 'worker' && r['worker'] === u.id) ||
    (u?.role === 'agency_supervisor' && !!r['agency'] && w.agencySupervisors(r['agency']).includes(u.id)),
  create: nobody,
  update: nobody,
  delete: nobody,
};

export const COLLECTIONS: Record<string, CollectionPolicy> = {
  networks: { samples: (all) => all.filter((r) => SAMPLE_NETWORKS.includes(r['code'])), read: signedIn, create: nobody, update: nobody, delete: nobody },
  universities: { samples: (all) => all.filter((r) => SAMPLE_UNIVERSITIES.includes(r['code'])), read: signedIn, create: nobody, update: nobody, delete: nobody },
  tambons: {
    samples: (all) => all.filter((r) => SAMPLE_TAMBONS.includes(r['code'])),
    read: (u, r, w) => signedIn(u) && canSee(u, w.tambonPath(r.id)),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  users: {
    // Every demo login: each caller meets their own record and nine others.
    samples: (all) => all.filter((r) => String(r['email']).endsWith('@otou.demo')),
    read: (u, r) => signedIn(u) && (r.id === u.id || u.role === 'central_admin'),
    create: nobody,
    // A person's own language goes through the server (auth.setLanguage); only the central office edits profiles.
    update: (u) => u?.role === 'central_admin',
    delete: (u) => u?.role === 'central_admin',
    cloneForDelete: (r) => {
      const email = `clone-${Math.random().toString(36).slice(2, 10)}@otou.test`;
      return { email, password: DEMO_PASSWORD, passwordConfirm: DEMO_PASSWORD, name: 'clone', role: r['role'], scope: r['scope'], network: r['network'], university: r['university'], tambon: r['tambon'], verified: true };
    },
  },
  modules: { samples: (all) => all.filter((r) => ['budget', 'pitching'].includes(r['name'])), read: () => true, create: nobody, update: nobody, delete: nobody },
  module_settings: {
    samples: (all, w) => all.filter((r) => r['module'] === 'budget' && w.targets.networks.some((n) => n.id === r['network'])),
    read: signedIn,
    // Switched through the server (registry.setEnabled: canManageModulesOf), never straight (issue 7).
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  // Module releases (issue 10): written only by the server (publish, releases.activate, registry.reportFailure).
  module_versions: { samples: (all) => all.slice(0, 2), read: (u) => signedIn(u) && isModuleAdmin(u), create: nobody, update: nobody, delete: nobody },
  module_history: {
    // One row per network and one of the defaults (network ''): see seedReleaseSamples in world.ts.
    samples: (all) => firstPer(all, (r) => String(r['network'])),
    read: (u, r) => signedIn(u) && (r['network'] ? canManageModulesOf(u, r['network']) : u.role === 'central_admin' || (u.role === 'network_admin' && u.placement.level === 'network')),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  module_failures: {
    samples: (all) => firstPer(all, (r) => String(r['network'])),
    read: (u, r) => signedIn(u) && (r['network'] ? canManageModulesOf(u, r['network']) : u.role === 'central_admin'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  budget_periods: { samples: (all) => all.slice(0, 2), read: signedIn, create: nobody, update: nobody, delete: nobody },
  budget_lines: tambonBudget(),
  budget_reports: tambonBudget(),
  budget_events: tambonBudget(),
  budget_instalments: tambonBudget(),
  budget_sums: universityTotals,
  budget_rollup_university: universityTotals,
  budget_rollup_network: {
    samples: (all, w) => firstPer(all, (r) => String(r['network'])).filter((r) => w.targets.networks.some((n) => n.id === r['network'])),
    read: (u, r) => budgetRole(u) && canSee(u, { networkId: r['network'] }),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  budget_rollup_national: {
    samples: (all) => all.slice(0, 2),
    read: (u) => budgetRole(u) && u.placement.level === 'central',
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  assessment_rounds: { samples: (all) => all.slice(0, 2), read: assessmentRole, create: nobody, update: nobody, delete: nobody },
  assessment_settings: { samples: (all) => all.slice(0, 1), read: signedIn, create: nobody, update: nobody, delete: nobody },
  assessment_forms: assessmentAt(),
  assessment_events: assessmentAt(2),
  assessment_university: assessmentAt(),
  assessment_network: assessmentAt(),
  assessment_files: assessmentAt(),
  // Dashboard counts (DASH): per university (and per network) over the forms; dashboards are not for tambon users.
  assessment_tambon_counts: assessmentCounts('university'),
  assessment_goal_counts: assessmentCounts('university'),
  assessment_goal_sums: assessmentCounts('university'),
  assessment_form_pairs: assessmentCounts('university'),
  assessment_pair_counts: assessmentCounts('university'),
  assessment_goal_counts_network: assessmentCounts('network'),
  assessment_goal_sums_network: assessmentCounts('network'),
  // Employment (issue 9): written only by the server. Staff read by scope; a worker only their own contracts, reports
  // and payments; an agency supervisor only those placed with an agency they supervise, and those agencies.
  employment_positions: { samples: (all) => all.slice(0, 2), read: signedIn, create: nobody, update: nobody, delete: nobody },
  employment_agencies: {
    samples: (all) => all.slice(0, 3),
    read: (u, r) => (employmentStaff(u) && u.placement.level !== 'tambon' && canSee(u, employmentPlace(r))) || (u?.role === 'agency_supervisor' && (r['supervisors'] as string[]).includes(u.id)),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  employment_people: { samples: (all) => all.slice(0, 2), read: nobody, create: nobody, update: nobody, delete: nobody },
  employment_applicants: employmentAtPlace(),
  employment_selections: employmentAtPlace(),
  employment_events: employmentAtPlace(2),
  employment_contracts: employmentPersonal,
  employment_reports: employmentPersonal,
  employment_payments: employmentPersonal,
  // The dashboards' figures (NATION): staff by the place the row adds up — a university, a tambon, a contract.
  employment_university_figures: onTheMatrixDay(employmentAtPlace()),
  employment_tambon_figures: onTheMatrixDay(employmentAtPlace()),
  // The calendar the figures join (36,525 days): nobody reads or writes it through the API.
  calendar_days: { samples: (all) => all.slice(0, 2), read: nobody, create: nobody, update: nobody, delete: nobody, narrow: { filter: "day >= '2021-02-01' && day <= '2021-02-28'" } },
  employment_contract_figures: employmentAtPlace(),
  _superusers: { samples: (all) => all.slice(0, 1), read: nobody, create: nobody, update: nobody, delete: nobody },
  _authOrigins: ownAuthRecords(true),
  _externalAuths: ownAuthRecords(true),
  _mfas: ownAuthRecords(false),
  _otps: ownAuthRecords(false),
};

// ───────────────────────────── tRPC: every procedure of the app router ─────────────────────────────

/**
 * What a call may do: `allowed` passes the guard and the scope checks (it may still meet a domain refusal such as a
 * conflict or a closed window, which the matrix provokes on purpose so that no cell writes); `denied` is refused
 * with UNAUTHORIZED, FORBIDDEN or NOT_FOUND.
 */
export type Expect = 'allowed' | 'denied';

export interface ProcedurePolicy {
  /** What the call aims at; [null] for a call about the caller alone. */
  targets(world: World): (Target | null)[];
  input(target: Target | null, world: World, caller: Caller): unknown;
  expect(u: SessionUser | null, target: Target | null): Expect;
  /** False where the answer is the caller's own account, not data in scope (sign-in answers the account's places). */
  leakCheck?: false;
}

const yes = (b: boolean): Expect => (b ? 'allowed' : 'denied');
/** Whether a user oversees a target at its own level: a tambon, a university, a network, the nation. */
const seesTarget = (u: SessionUser, t: Target) => (t.level === 'national' ? u.placement.level === 'central' : canSee(u, t.path));
const NATIONAL: Target = { level: 'national', id: null, code: null, path: { networkId: '' } };
const tambons = (w: World) => w.targets.tambons;
// A version nobody has: an authorised save is answered CONFLICT and writes nothing, so the matrix changes no data.
const STALE = 999_999;

/** Whether a user reads an employment contract (the same words as the collection's policy). */
function readsContract(u: SessionUser, t: Target): boolean {
  const c = t.level === 'record' ? t.record : null;
  if (!c) return false;
  if (STAFF_ROLES.includes(u.role)) return canSee(u, c.path);
  if (u.role === 'worker') return c.worker === u.id;
  return u.role === 'agency_supervisor' && c.agency !== '' && c.supervisors.includes(u.id);
}

const recordOf = (t: Target) => (t as Extract<Target, { level: 'record' }>).record!;
/** The demo contracts the matrix aims at, as targets. */
const contractTargets = (w: World) => w.employment.contracts.map((c, i): Target => ({ level: 'record', id: c.id, code: `contract ${i + 1}`, path: c.path, record: c }));
/** Their January reports (accepted in the demo): a report is read by whoever reads its contract. */
const januaryReports = (w: World) => contractTargets(w).map((t) => ({ ...t, id: reportIdOf(t.id!, { year: 2021, month: 1 }), code: `${t.code} January` }) as Target);
/** Who decides a report: the agency's supervisors when the worker is placed with one, else the university's staff. */
function decides(u: SessionUser, t: Target): boolean {
  const c = recordOf(t);
  return c.agency ? u.role === 'agency_supervisor' && c.supervisors.includes(u.id) : u.role === 'university_staff' && canSee(u, c.path);
}

export const PROCEDURES: Record<string, ProcedurePolicy> = {
  // Signs in as an account of the caller's own (guests as one nobody else uses here): sign-in limits count per account.
  'auth.login': {
    targets: () => [null],
    input: (_t, _w, c) => ({ email: c.user?.email ?? (c.token ? 'judge@otou.demo' : 'agency.cu@otou.demo'), password: DEMO_PASSWORD }),
    expect: () => 'allowed',
    leakCheck: false,
  },
  'auth.me': { targets: () => [null], input: () => undefined, expect: (u) => yes(signedIn(u)) },
  'auth.setLanguage': { targets: () => [null], input: () => ({ language: 'th' }), expect: (u) => yes(signedIn(u)) },
  'registry.contracts': { targets: () => [null], input: () => undefined, expect: () => 'allowed' },
  'registry.forMe': { targets: () => [null], input: () => undefined, expect: (u) => yes(signedIn(u)) },
  'registry.matrix': { targets: () => [null], input: () => undefined, expect: (u) => yes(signedIn(u) && isModuleAdmin(u)) },
  'registry.setEnabled': {
    targets: (w) => w.targets.networks,
    input: (t) => ({ networkId: t!.id, module: 'training', enabled: true, version: STALE }),
    expect: (u, t) => yes(signedIn(u) && isModuleAdmin(u) && canManageModulesOf(u, t!.id!)),
  },
  // What a browser reports about the module versions it ran (issue 10): any signed-in user, about their own network.
  'registry.reportFailure': {
    targets: () => [null],
    input: () => ({ module: 'training', version: '0.0.1-matrix', kind: 'load', message: 'access matrix' }),
    expect: (u) => yes(signedIn(u)),
  },
  // A version no network runs: accepted and changes nothing.
  'registry.reportMounted': { targets: () => [null], input: () => ({ module: 'training', version: '0.0.0' }), expect: (u) => yes(signedIn(u)) },
  // Module releases (issue 10): the admins' pages; a network admin chooses versions for their own network only and
  // never the default (NATIONAL: networkId null); every allowed choice here names a stale counter and conflicts.
  'releases.versions': { targets: () => [null], input: () => ({ module: 'training' }), expect: (u) => yes(signedIn(u) && isModuleAdmin(u)) },
  'releases.state': { targets: () => [null], input: () => undefined, expect: (u) => yes(signedIn(u) && isModuleAdmin(u)) },
  'releases.health': { targets: () => [null], input: () => undefined, expect: (u) => yes(signedIn(u) && isModuleAdmin(u)) },
  'releases.history': {
    targets: (w) => [...w.targets.networks, null],
    input: (t) => (t ? { networkId: t.id } : undefined),
    expect: (u, t) => yes(signedIn(u) && isModuleAdmin(u) && (!t || canManageModulesOf(u, t.id!))),
  },
  'releases.activate': {
    targets: (w) => [...w.targets.networks, NATIONAL],
    input: (t) => ({ module: 'training', networkId: t!.id, version: '0.1.0', reason: 'access matrix', expected: STALE }),
    expect: (u, t) => yes(signedIn(u) && isModuleAdmin(u) && (t!.id === null ? u.role === 'central_admin' : canManageModulesOf(u, t!.id))),
  },
  'org.myScope': { targets: () => [null], input: () => undefined, expect: (u) => yes(signedIn(u)) },
  'org.tambons': { targets: () => [null], input: () => ({}), expect: (u) => yes(signedIn(u)) },
  'org.universities': { targets: () => [null], input: () => undefined, expect: (u) => yes(signedIn(u)) },
  'budget.period.list': { targets: () => [null], input: () => undefined, expect: (u) => yes(budgetRole(u)) },
  'budget.period.save': {
    targets: () => [NATIONAL],
    input: (_t, w) => ({ id: w.periodId, version: STALE, code: '2564', name_th: 'x', name_en: 'x', firstYear: 2021, firstMonth: 1, months: 12, active: true }),
    expect: (u) => yes(budgetRole(u) && canGrantException(u)),
  },
  'budget.plan.save': {
    targets: tambons,
    input: (t, w) => ({ tambonId: t!.id, periodId: w.periodId, lines: [{ line: '3.1', budget: 0, plan: Array(12).fill(0), version: STALE }] }),
    expect: (u, t) => yes(budgetRole(u) && canPlan(u, t!.path)),
  },
  'budget.report.byTambon': { targets: tambons, input: (t, w) => ({ tambonId: t!.id, periodId: w.periodId }), expect: (u, t) => yes(budgetRole(u) && canSee(u, t!.path)) },
  'budget.report.history': { targets: tambons, input: (t, w) => ({ tambonId: t!.id, periodId: w.periodId }), expect: (u, t) => yes(budgetRole(u) && canSee(u, t!.path)) },
  'budget.report.export': {
    targets: (w) => [...w.targets.tambons, ...w.targets.universities, ...w.targets.networks, NATIONAL],
    input: (t, w) => ({ target: t!.level === 'national' ? { level: 'national' } : { level: t!.level, id: t!.id }, periodId: w.periodId, format: 'csv' }),
    expect: (u, t) => yes(budgetRole(u) && seesTarget(u, t!)),
  },
  'budget.month.save': {
    targets: tambons,
    input: (t, w) => ({ tambonId: t!.id, periodId: w.periodId, month: 2, version: STALE, actuals: { '2.4': 1 } }),
    expect: (u, t) => yes(budgetRole(u) && canReport(u, t!.path)),
  },
  'budget.month.approve': { targets: tambons, input: (t, w) => ({ tambonId: t!.id, periodId: w.periodId, month: 1, version: STALE }), expect: (u, t) => yes(budgetRole(u) && canApprove(u, t!.path)) },
  'budget.month.reopen': {
    // No reason: an authorised approver is told to give one, so the matrix reopens nothing.
    targets: tambons,
    input: (t, w) => ({ tambonId: t!.id, periodId: w.periodId, month: 1, reason: ' ' }),
    expect: (u, t) => yes(budgetRole(u) && canApprove(u, t!.path)),
  },
  'budget.month.grantException': {
    targets: tambons,
    input: (t, w) => ({ tambonId: t!.id, periodId: w.periodId, month: 3, until: '2021-04-30T17:00:00+07:00', reason: ' ' }),
    expect: (u) => yes(budgetRole(u) && canGrantException(u)),
  },
  'budget.rollup.byLevel': {
    targets: (w) => [...w.targets.universities, ...w.targets.networks, NATIONAL],
    input: (t, w) => ({ target: t!.level === 'national' ? { level: 'national' } : { level: t!.level, id: t!.id }, periodId: w.periodId }),
    expect: (u, t) => yes(budgetRole(u) && seesTarget(u, t!)),
  },
  'budget.rollup.statusBoard': {
    // Any budget role may ask about any university; the answer holds only the tambons the caller sees (leak check).
    targets: (w) => [...w.targets.universities, null],
    input: (t, w) => ({ periodId: w.periodId, month: 2, ...(t ? { universityId: t.id } : {}) }),
    expect: (u) => yes(budgetRole(u)),
  },
  'assessment.round.list': { targets: () => [null], input: (_t, w) => ({ periodId: w.periodId }), expect: (u) => yes(assessmentRole(u)) },
  'assessment.round.save': {
    targets: () => [NATIONAL],
    input: (_t, w) => ({ id: w.roundId, version: STALE, periodId: w.periodId, kind: 'baseline', quarter: 0, opens: '2021-01-01', closes: '2021-03-31' }),
    expect: (u) => yes(assessmentRole(u) && canManageRounds(u)),
  },
  'assessment.settings.get': { targets: () => [null], input: () => undefined, expect: (u) => yes(assessmentRole(u)) },
  'assessment.settings.save': {
    targets: () => [NATIONAL],
    input: () => ({ sustainable: 14, sufficiency: 11, survive: 8, version: STALE }),
    expect: (u) => yes(assessmentRole(u) && canManageRounds(u)),
  },
  'assessment.form.get': { targets: tambons, input: (t, w) => ({ tambonId: t!.id, roundId: w.roundId }), expect: (u, t) => yes(assessmentRole(u) && canSee(u, t!.path)) },
  'assessment.form.history': { targets: tambons, input: (t, w) => ({ tambonId: t!.id, roundId: w.roundId }), expect: (u, t) => yes(assessmentRole(u) && canSee(u, t!.path)) },
  'assessment.form.list': {
    // Any assessment role may ask about any university; the answer holds only the tambons the caller sees (leak check).
    targets: (w) => [...w.targets.universities, null],
    input: (t, w) => ({ roundId: w.roundId, ...(t ? { universityId: t.id } : {}) }),
    expect: (u) => yes(assessmentRole(u)),
  },
  'assessment.form.save': {
    targets: tambons,
    input: (t, w) => ({ tambonId: t!.id, roundId: w.roundId, version: STALE, form: { activities: [], goals: {}, texts: {}, links: {} } }),
    expect: (u, t) => yes(assessmentRole(u) && canAssess(u, t!.path)),
  },
  'assessment.form.approve': {
    targets: tambons,
    input: (t, w) => ({ tambonId: t!.id, roundId: w.roundId, version: STALE }),
    expect: (u, t) => yes(assessmentRole(u) && canApproveAssessment(u, t!.path)),
  },
  'assessment.form.reopen': {
    // No reason: an authorised approver is told to give one, so the matrix reopens nothing.
    targets: tambons,
    input: (t, w) => ({ tambonId: t!.id, roundId: w.roundId, reason: ' ' }),
    expect: (u, t) => yes(assessmentRole(u) && canApproveAssessment(u, t!.path)),
  },
  'assessment.form.export': { targets: tambons, input: (t, w) => ({ tambonId: t!.id, roundId: w.roundId }), expect: (u, t) => yes(assessmentRole(u) && canSee(u, t!.path)) },
  ...Object.fromEntries(
    (['tiers', 'movement', 'goals', 'coverage', 'export'] as const).map((name): [string, ProcedurePolicy] => [
      `assessment.dashboard.${name}`,
      {
        targets: (w) => [...w.targets.universities, ...w.targets.networks, NATIONAL],
        input: (t) => ({ target: t!.level === 'national' ? { level: 'national' } : { level: t!.level, id: t!.id } }),
        expect: (u, t) => yes(assessmentRole(u) && seesTarget(u, t!)),
      },
    ]),
  ),
  'assessment.form.grantException': {
    targets: tambons,
    input: (t, w) => ({ tambonId: t!.id, roundId: w.roundId, until: '2021-04-30T17:00:00+07:00', reason: ' ' }),
    expect: (u) => yes(assessmentRole(u) && canManageRounds(u)),
  },
  'assessment.usi.get': {
    targets: (w) => w.targets.universities,
    input: (t, w) => ({ universityId: t!.id, roundId: w.roundId }),
    expect: (u, t) => yes(assessmentRole(u) && canSee(u, t!.path)),
  },
  'assessment.usi.save': {
    targets: (w) => w.targets.universities,
    input: (t, w) => ({ universityId: t!.id, roundId: w.roundId, version: STALE, indicators: {} }),
    expect: (u, t) => yes(assessmentRole(u) && canReportUsi(u, t!.id!)),
  },
  'assessment.usi.reopen': {
    // No reason: an authorised network admin is told to give one, so the matrix reopens nothing.
    targets: (w) => w.targets.universities,
    input: (t, w) => ({ universityId: t!.id, roundId: w.roundId, reason: ' ' }),
    expect: (u, t) => yes(assessmentRole(u) && canReopenUsi(u, t!.path)),
  },
  'assessment.rsi.get': {
    targets: (w) => w.targets.networks,
    input: (t, w) => ({ networkId: t!.id, roundId: w.roundId }),
    expect: (u, t) => yes(assessmentRole(u) && canSee(u, t!.path)),
  },
  'assessment.rsi.save': {
    targets: (w) => w.targets.networks,
    input: (t, w) => ({ networkId: t!.id, roundId: w.roundId, version: STALE, indicators: {} }),
    expect: (u, t) => yes(assessmentRole(u) && canReportRsi(u, t!.id!)),
  },
  'assessment.rsi.reopen': {
    targets: (w) => w.targets.networks,
    input: (t, w) => ({ networkId: t!.id, roundId: w.roundId, reason: ' ' }),
    expect: (u) => yes(assessmentRole(u) && canReopenRsi(u)),
  },
  'assessment.files.list': { targets: tambons, input: (t, w) => ({ tambonId: t!.id, roundId: w.roundId }), expect: (u, t) => yes(assessmentRole(u) && canSee(u, t!.path)) },
  'assessment.files.add': {
    // Text named .txt: an authorised caller is told at the field "file" which types are taken, so nothing is stored.
    targets: tambons,
    input: (t, w) => ({ tambonId: t!.id, roundId: w.roundId, column: 'covid', indicator: '10', name: 'notes.txt', content: Buffer.from('not evidence').toString('base64') }),
    expect: (u, t) => yes(assessmentRole(u) && canAssess(u, t!.path)),
  },
  'assessment.files.remove': {
    // A file nobody has: an authorised caller is told nothing was removed.
    targets: tambons,
    input: (t, w) => ({ tambonId: t!.id, roundId: w.roundId, id: 'nosuchfile00000' }),
    expect: (u, t) => yes(assessmentRole(u) && canAssess(u, t!.path)),
  },
  // ───── employment (issue 9): hiring ─────
  'employment.positions.get': {
    targets: (w) => [null, ...w.targets.tambons],
    input: (t) => (t ? { tambonId: t.id } : {}),
    expect: (u, t) => yes(employmentRole(u) && (!t || canSee(u, t.path))),
  },
  'employment.positions.save': {
    // No position at all: the centre is told to set one, so nothing is saved.
    targets: () => [NATIONAL],
    input: (_t, w) => ({ periodId: w.periodId, version: STALE, positions: { citizen: { count: 0, rate: 9000 }, graduate: { count: 0, rate: 15000 }, student: { count: 0, rate: 5000 } } }),
    expect: (u) => yes(employmentRole(u) && u.role === 'central_admin'),
  },
  'employment.agency.list': { targets: () => [null], input: () => ({}), expect: (u) => yes(employmentRole(u)) },
  'employment.agency.supervisorCandidates': {
    targets: (w) => w.targets.universities,
    input: (t) => ({ universityId: t!.id }),
    expect: (u, t) => yes(employmentRole(u) && (u.role === 'central_admin' || (u.role === 'university_staff' && canSee(u, t!.path)))),
  },
  'employment.agency.save': {
    // A supervisor nobody has: an authorised caller is told at the field, so nothing is saved.
    targets: (w) => w.targets.universities,
    input: (t) => ({ universityId: t!.id, name_th: 'หน่วยงานทดสอบ', requiresNda: false, supervisorIds: ['nosuchuser0000'] }),
    expect: (u, t) => yes(employmentRole(u) && (u.role === 'central_admin' || (u.role === 'university_staff' && canSee(u, t!.path)))),
  },
  'employment.applicant.list': { targets: tambons, input: (t) => ({ tambonId: t!.id }), expect: (u, t) => yes(employmentStaff(u) && canSee(u, t!.path)) },
  'employment.applicant.get': {
    targets: (w) => (w.employment.applicant ? [{ level: 'record', id: w.employment.applicant.id, code: 'applicant', path: w.employment.applicant.path, record: null }] : []),
    input: (t) => ({ id: t!.id }),
    expect: (u, t) => yes(employmentStaff(u) && canSee(u, t!.path)),
  },
  'employment.applicant.add': {
    // A person under contract: an authorised caller is told at the national ID, so nobody is added.
    targets: tambons,
    input: (t, w) => ({ tambonId: t!.id, nationalId: w.employment.heldNationalId, firstName: 'ก', lastName: 'ข', type: 'citizen', idCardAreaCode: t!.code }),
    expect: (u, t) => yes(hiresAt(u, t!.path)),
  },
  'employment.applicant.import': {
    // Checked only (dryRun): nothing is imported whoever calls.
    targets: tambons,
    input: (t) => ({ tambonId: t!.id, filename: 'a.csv', base64: Buffer.from('เลขประจำตัวประชาชน\n1\n').toString('base64'), dryRun: true }),
    expect: (u, t) => yes(hiresAt(u, t!.path)),
  },
  'employment.applicant.template': { targets: () => [null], input: () => ({}), expect: (u) => yes(employmentStaff(u)) },
  'employment.selection.choose': {
    // An applicant nobody has: an authorised caller is told at the rank, so nothing is chosen.
    targets: tambons,
    input: (t) => ({ tambonId: t!.id, type: 'citizen', version: STALE, order: ['nosuchapplicant'] }),
    expect: (u, t) => yes(hiresAt(u, t!.path)),
  },
  'employment.contract.create': {
    // Ending before it starts: an authorised caller is told at the field, so no contract is made.
    targets: tambons,
    input: (t) => ({ applicantId: 'nosuchapplicant', tambonId: t!.id, type: 'citizen', start: '2021-12-31', end: '2021-01-01', rate: 9000 }),
    expect: (u, t) => yes(hiresAt(u, t!.path)),
  },
  'employment.contract.list': {
    // Anyone of the module may ask; the answer holds only what PocketBase lets them read (leak check).
    targets: (w) => [null, ...w.targets.tambons],
    input: (t) => (t ? { tambonId: t.id } : {}),
    expect: (u) => yes(employmentRole(u)),
  },
  'employment.contract.mine': { targets: () => [null], input: () => undefined, expect: (u) => yes(employmentRole(u)) },
  'employment.contract.get': {
    targets: (w) => w.employment.contracts.map((c, i): Target => ({ level: 'record', id: c.id, code: `contract ${i + 1}`, path: c.path, record: c })),
    input: (t) => ({ id: t!.id }),
    expect: (u, t) => yes(employmentRole(u) && readsContract(u, t!)),
  },
  'employment.contract.nda': {
    // The demo's contracts carry no NDA: whoever may read the contract is told there is none; the others never learn it.
    targets: (w) => w.employment.contracts.map((c, i): Target => ({ level: 'record', id: c.id, code: `contract ${i + 1}`, path: c.path, record: c })),
    input: (t) => ({ id: t!.id }),
    expect: (u, t) => yes(employmentRole(u) && readsContract(u, t!)),
  },
  'employment.contract.issuePassword': {
    // A version nobody has: whoever may issue one is told CONFLICT, so no password changes.
    targets: (w) => w.employment.contracts.map((c, i): Target => ({ level: 'record', id: c.id, code: `contract ${i + 1}`, path: c.path, record: c })),
    input: (t) => ({ contractId: t!.id, version: STALE }),
    expect: (u, t) => yes(employmentRole(u) && readsContract(u, t!) && hiresAt(u, t!.path)),
  },
  'employment.resignation.record': {
    // A day's notice: whoever may resign it is told at the last working day, so nothing is recorded.
    targets: (w) => w.employment.contracts.map((c, i): Target => ({ level: 'record', id: c.id, code: `contract ${i + 1}`, path: c.path, record: c })),
    input: (t) => {
      const c = (t as Extract<Target, { level: 'record' }>).record!;
      const next = new Date(`${c.start}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      return { contractId: c.id, version: c.version, noticeOn: c.start, lastWorkingDay: next.toISOString().slice(0, 10), reason: '' };
    },
    expect: (u, t) => {
      const c = (t as Extract<Target, { level: 'record' }>).record!;
      return yes(employmentRole(u) && readsContract(u, t!) && ((u.role === 'worker' && c.worker === u.id) || hiresAt(u, c.path)));
    },
  },
  // ───── employment (issue 9): the monthly cycle ─────
  'employment.report.get': {
    targets: contractTargets,
    input: (t) => ({ contractId: t!.id, year: 2021, month: 2 }),
    expect: (u, t) => yes(employmentRole(u) && readsContract(u, t!)),
  },
  'employment.report.submit': {
    // A version nobody has: the worker (or their university's staff) is answered CONFLICT, so nothing is submitted.
    targets: contractTargets,
    input: (t) => ({ contractId: t!.id, year: 2021, month: 2, version: STALE, work: 'งาน' }),
    expect: (u, t) => yes(employmentRole(u) && readsContract(u, t!) && ((u.role === 'worker' && recordOf(t!).worker === u.id) || (u.role === 'university_staff' && canSee(u, recordOf(t!).path)))),
  },
  'employment.report.accept': {
    // January's report, accepted in the demo, at a version nobody has: whoever decides it is answered CONFLICT.
    targets: januaryReports,
    input: (t) => ({ reportId: t!.id, version: STALE, evaluation: 'passed' }),
    expect: (u, t) => yes(employmentRole(u) && readsContract(u, t!) && decides(u, t!)),
  },
  'employment.report.return': {
    targets: januaryReports,
    input: (t) => ({ reportId: t!.id, version: STALE, reason: 'ทดสอบ' }),
    expect: (u, t) => yes(employmentRole(u) && readsContract(u, t!) && decides(u, t!)),
  },
  'employment.report.queue': { targets: () => [null], input: () => undefined, expect: (u) => yes(employmentRole(u)) },
  'employment.payment.list': { targets: contractTargets, input: (t) => ({ contractId: t!.id }), expect: (u, t) => yes(employmentRole(u) && readsContract(u, t!)) },
  'employment.certificate.status': { targets: contractTargets, input: (t) => ({ contractId: t!.id }), expect: (u, t) => yes(employmentRole(u) && readsContract(u, t!)) },
  // ───── employment (issue 9): dashboards and files ─────
  ...Object.fromEntries(
    ['dashboard.summary', 'export.openPositions', 'export.tracking'].map((name): [string, ProcedurePolicy] => [
      `employment.${name}`,
      {
        // No place: the caller's own scope (the nation for the centre).
        targets: (w) => [null, ...w.targets.tambons, ...w.targets.universities, ...w.targets.networks],
        input: (t) => (t ? { [`${t.level}Id`]: t.id } : {}),
        expect: (u, t) => yes(employmentStaff(u) && (!t || canSee(u, t.path))),
      },
    ]),
  ),
  'employment.export.certificate': {
    // Earned or not (CONFLICT with what is missing), the worker it is for and whoever decides its reports get an answer.
    targets: contractTargets,
    input: (t) => ({ contractId: t!.id }),
    expect: (u, t) => yes(employmentRole(u) && readsContract(u, t!) && ((u.role === 'worker' && recordOf(t!).worker === u.id) || decides(u, t!))),
  },
  'budget.instalment.record': {
    targets: (w) => [...w.targets.tambons, ...w.targets.universities],
    input: (t, w) => ({ target: { level: t!.level, id: t!.id }, periodId: w.periodId, number: 1, receivedOn: '2021-01-15' }),
    expect: (u) => yes(budgetRole(u) && canGrantException(u)),
  },
};
