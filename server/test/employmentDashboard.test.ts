import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordModel } from 'pocketbase';
import { addDays, DEFAULT_POSITIONS, heldUntil, inForceOn, isLatePayment, thaiDayOf, WORKER_TYPES, type IsoDay, type Positions, type WorkerType } from '@otou/domain';
import { fromPbDate } from '../src/pocketbase/dates.ts';
import { hasSqliteCli, upsertBySqlite, upsertEach, type Upsert } from '../src/seed/batch.ts';
import { networkId, tambonId, universityId, userId } from '../src/seed/demo.ts';
import { tambonEmploymentWrites, type SeedTambon } from '../src/seed/nationalEmployment.ts';
import { refusal } from './employmentFixtures.ts';
import { usePlatform } from './harness.ts';

/**
 * The hiring dashboard against a real PocketBase: the demo's employment plus two tambons (Burapha's 200101 and Khon
 * Kaen's 400101) that hire their year through the national seed's generator — resignations, a vacancy, late
 * payments and December reports awaiting acceptance. Every figure is computed here from the stored rows with the
 * domain's rules and must equal what the database's views add up; callers see only their own scope.
 */
const p = usePlatform();
const t: Record<string, string> = {};
const call = (who: string) => p.caller(t[who]!);

let contracts: RecordModel[];
let reports: RecordModel[];
let payments: RecordModel[];
let tambons: RecordModel[];
let universities: RecordModel[];
let target: (tambon: string) => Positions;

/** A generator index whose tambon resigns a worker who is not replaced (a vacancy), and one who is. */
function indexWith(pred: (ws: Upsert[]) => boolean, after = -1): number {
  const place: SeedTambon = { id: 'x', code: '000000', university: 'u', network: 'n' };
  for (let i = after + 1; i < after + 2000; i++) if (pred([...tambonEmploymentWrites(place, i)])) return i;
  throw new Error('no such tambon in the generator');
}
const contractsOf = (ws: Upsert[]) => ws.filter((w) => w.collection === 'employment_contracts').map((w) => w.body);
const hasVacancy = (ws: Upsert[]) => contractsOf(ws).some((c) => c['status'] === 'resigned' && !contractsOf(ws).some((r) => r['replaces'] === c['id']));
const hasReplacement = (ws: Upsert[]) => contractsOf(ws).some((c) => c['replaces']);

async function seedTambon(code: string, index: number, via: 'api' | 'sqlite'): Promise<Upsert[]> {
  const tambon = await p.admin.collection('tambons').getOne(tambonId(code), { expand: 'university' });
  const place: SeedTambon = { id: tambon.id, code, university: tambon['university'], network: (tambon.expand!['university'] as RecordModel)['network'] };
  const writes = [...tambonEmploymentWrites(place, index, userId('staff.cu@otou.demo'))];
  if (via === 'api') await upsertEach(p.admin, writes, { parallel: 1 });
  else await upsertBySqlite(p.admin, join(p.pb.dataDir, 'data.db'), writes);
  return writes;
}

/** Hired: in force on the platform's day (the test's clock is the real one: today's Bangkok day), whatever the stored status says. */
const today = thaiDayOf(new Date());
const hired = (c: RecordModel | Upsert['body']) =>
  inForceOn({ start: c['start'], end: c['end'], lastWorkingDay: c['last_working_day'] || null, status: c['status'] }, today);
/** A contract whose end was yesterday — still 'active' as stored, as nothing moves it to 'ended' — at 190206, which hires nobody else. */
const ENDED = 'endedyesterday1';

const late = (r: RecordModel) => isLatePayment(fromPbDate(r['recorded_at'])!, r['due']);
const byTypeOf = (cs: RecordModel[]) => Object.fromEntries(WORKER_TYPES.map((ty) => [ty, cs.filter((c) => c['type'] === ty).length])) as Record<WorkerType, number>;

let seeded: Record<string, Upsert[]> = {};

beforeAll(async () => {
  for (const [who, email] of [
    ['central', 'central@otou.demo'],
    ['networkUc', 'network.uc@otou.demo'],
    ['staffCu', 'staff.cu@otou.demo'],
    ['staffCmu', 'staff.cmu@otou.demo'],
    ['coordinator', 'coordinator.huaihaeng@otou.demo'],
    ['worker', 'worker.huaihaeng@otou.demo'],
    ['supervisor', 'agency.cu@otou.demo'],
  ] as const)
    t[who] = await p.login(email);
  // Different generator indexes: different people.
  const first = indexWith((ws) => hasVacancy(ws) && hasReplacement(ws));
  seeded = {
    '200101': await seedTambon('200101', first, 'api'),
    '400101': await seedTambon('400101', indexWith(hasReplacement, first), 'api'),
  };
  const model = contractsOf(seeded['200101']!).find((c) => c['type'] === 'citizen')!;
  const t190206 = await p.admin.collection('tambons').getOne(tambonId('190206'));
  await p.admin.collection('employment_contracts').create({
    ...model,
    id: ENDED,
    tambon: t190206.id,
    university: t190206['university'],
    network: networkId('UC'),
    worker: '',
    replaces: '',
    status: 'active',
    start: addDays(today, -300),
    end: addDays(today, -1),
    notice_on: '',
    last_working_day: '',
  });
  const all = (c: string) => p.admin.collection(c).getFullList({ batch: 1000 });
  [contracts, reports, payments, tambons, universities] = await Promise.all([
    all('employment_contracts'),
    all('employment_reports'),
    all('employment_payments'),
    all('tambons'),
    all('universities'),
  ]);
  const period = await p.admin.collection('budget_periods').getFirstListItem('active = true');
  const rows = await p.admin.collection('employment_positions').getFullList({ filter: `period = "${period.id}"` });
  const byDefault = (rows.find((r) => !r['tambon'])?.['positions'] as Positions | undefined) ?? DEFAULT_POSITIONS;
  target = (tambon) => (rows.find((r) => r['tambon'] === tambon)?.['positions'] as Positions | undefined) ?? byDefault;
}, 120_000);

describe('national, network, university and tambon figures', () => {
  it('the nation: hired, awaiting, late payments and resignations are what the stored rows add up to; targets are positions × tambons', async () => {
    const n = await call('central').employment.dashboard.summary({});
    expect(n.level).toBe('national');
    const active = contracts.filter(hired);
    for (const ty of WORKER_TYPES) {
      expect(n.byType[ty].hired).toBe(active.filter((c) => c['type'] === ty).length);
      expect(n.byType[ty].target).toBe(tambons.reduce((s, tb) => s + target(tb.id)[ty].count, 0));
    }
    expect(n.byType.total.hired).toBe(active.length);
    expect(n.awaiting).toBe(reports.filter((r) => r['status'] === 'submitted').length);
    const lates = payments.filter(late);
    expect(lates.length).toBeGreaterThan(0);
    expect(n.late).toEqual({ count: lates.length, amountSatang: lates.reduce((s, r) => s + r['amount_satang'], 0) });
    expect(n.resigned).toBe(contracts.filter((c) => c['status'] === 'resigned').length);
    expect(n.tambons).toBe(tambons.length);
    // One row per network; each row's open positions floored at zero, the nation's the sum of its rows.
    expect(n.rows.level).toBe('network');
    const networkOf = new Map(universities.map((u) => [u.id, u['network'] as string]));
    for (const row of n.rows.items) {
      const mine = active.filter((c) => c['network'] === row.id);
      const rowTambons = tambons.filter((tb) => networkOf.get(tb['university']) === row.id);
      for (const ty of WORKER_TYPES) {
        const want = rowTambons.reduce((s, tb) => s + target(tb.id)[ty].count, 0);
        expect(row.byType[ty]).toEqual({ target: want, hired: mine.filter((c) => c['type'] === ty).length, open: Math.max(0, want - mine.filter((c) => c['type'] === ty).length) });
      }
    }
    expect(n.byType.total.open).toBe(n.rows.items.reduce((s, r) => s + r.byType.total.open, 0));
  });

  it("a network's admin sees their network by default, its universities as rows", async () => {
    const s = await call('networkUc').employment.dashboard.summary({});
    expect(s.level).toBe('network');
    expect(s.place?.id).toBe(networkId('UC'));
    const ucUnis = universities.filter((u) => u['network'] === networkId('UC')).map((u) => u.id).sort();
    expect(s.rows.items.map((r) => r.id).sort()).toEqual(ucUnis);
    expect(s.byType.total.hired).toBe(contracts.filter((c) => hired(c) && c['network'] === networkId('UC')).length);
  });

  it("a university's staff see its tambons; the seeded tambon with a vacancy shows an open position", async () => {
    const central = await call('central').employment.dashboard.summary({ universityId: universityId('BUU') });
    expect(central.level).toBe('university');
    const row = central.rows.items.find((r) => r.code === '200101')!;
    const mine = contracts.filter((c) => c['tambon'] === tambonId('200101'));
    const active = byTypeOf(mine.filter(hired));
    for (const ty of WORKER_TYPES) expect(row.byType[ty].hired).toBe(active[ty]);
    expect(row.byType.total.open).toBeGreaterThan(0);
    expect(row.resigned).toBe(mine.filter((c) => c['status'] === 'resigned').length);
    expect(row.awaiting).toBe(reports.filter((r) => r['tambon'] === tambonId('200101') && r['status'] === 'submitted').length);
    const own = await call('staffCu').employment.dashboard.summary({});
    expect(own.place?.id).toBe(universityId('CU'));
    expect(own.rows.items.map((r) => r.code).sort()).toEqual(['190204', '190205', '190206']);
  });

  it("drills down to a tambon's workers: their reports, pay and late payments are those stored (the view's late rule is the domain's)", async () => {
    const s = await call('central').employment.dashboard.summary({ tambonId: tambonId('400101') });
    expect(s.level).toBe('tambon');
    const mine = contracts.filter((c) => c['tambon'] === tambonId('400101'));
    expect(s.workers.map((w) => w.contractId).sort()).toEqual(mine.map((c) => c.id).sort());
    for (const w of s.workers) {
      const rs = reports.filter((r) => r['contract'] === w.contractId);
      const ps = payments.filter((r) => r['contract'] === w.contractId);
      expect(w.reports).toEqual({ accepted: rs.filter((r) => r['status'] === 'accepted').length, submitted: rs.filter((r) => r['status'] === 'submitted').length, returned: rs.filter((r) => r['status'] === 'returned').length });
      expect(w.paidSatang).toBe(ps.reduce((x, r) => x + r['amount_satang'], 0));
      expect(w.latePayments).toBe(ps.filter(late).length);
    }
    const replacement = s.workers.find((w) => w.replaces);
    expect(replacement && s.workers.find((w) => w.contractId === replacement.replaces)?.status).toBe('resigned');
    expect(s.workers.every((w) => /^x-xxxx-xxxxx-\d\d-\d$/.test(w.nationalIdMasked))).toBe(true);
  });

  it('a contract that ended yesterday is not hired: its position shows open, and its tambon lists it as ended', async () => {
    const s = await call('central').employment.dashboard.summary({ tambonId: tambonId('190206') });
    const want = target(tambonId('190206')).citizen.count;
    expect(want).toBeGreaterThan(0);
    expect(s.byType.citizen).toEqual({ target: want, hired: 0, open: want });
    expect(s.workers.find((w) => w.contractId === ENDED)?.status).toBe('ended');
    // The university's row for the tambon, and the university's own figures, say the same.
    const cu = await call('staffCu').employment.dashboard.summary({});
    expect(cu.rows.items.find((r) => r.code === '190206')?.byType.citizen).toEqual({ target: want, hired: 0, open: want });
    // A platform whose clock stands ten days back (OTOU_CLOCK) sees it in force then: hired, one position fewer open.
    const back = await p.caller(t['central']!, 'th', new Date(Date.now() - 10 * 86_400_000)).employment.dashboard.summary({ tambonId: tambonId('190206') });
    expect(back.byType.citizen).toEqual({ target: want, hired: 1, open: want - 1 });
    expect(back.workers.find((w) => w.contractId === ENDED)?.status).toBe('active');
    const nation = await call('central').employment.dashboard.summary({ networkId: networkId('UC') });
    expect(nation.rows.items.find((r) => r.id === universityId('CU'))?.byType.citizen.hired).toBe(contracts.filter((c) => hired(c) && c['university'] === universityId('CU') && c['type'] === 'citizen').length);
  });

  it('on any day, hired is what the domain counts in force that day: at every edge of the seeded contracts, nationally and per tambon', async () => {
    const seededContracts = [...contractsOf(seeded['200101']!), ...contractsOf(seeded['400101']!)];
    const edges = new Set<IsoDay>();
    for (const c of seededContracts) {
      const start = String(c['start']);
      const until = heldUntil({ end: String(c['end']), lastWorkingDay: c['last_working_day'] ? String(c['last_working_day']) : null });
      for (const d of [addDays(start, -1), start, until, addDays(until, 1)]) edges.add(d);
    }
    const days = [...edges].sort();
    expect(days.length).toBeGreaterThan(6);
    const inForce = (day: IsoDay, cs: RecordModel[]) => byTypeOf(cs.filter((c) => inForceOn({ start: c['start'], end: c['end'], lastWorkingDay: c['last_working_day'] || null, status: c['status'] }, day)));
    let changes = 0;
    let before = -1;
    for (const day of days) {
      // Noon in Bangkok on that day: the platform's clock, as OTOU_CLOCK sets it.
      const at = p.caller(t['central']!, 'th', new Date(`${day}T05:00:00Z`)).employment.dashboard;
      const [n, tb] = await Promise.all([at.summary({}), at.summary({ tambonId: tambonId('200101') })]);
      expect(n.asOf).toBe(day);
      const want = inForce(day, contracts);
      for (const ty of WORKER_TYPES) expect(n.byType[ty].hired, `${ty} nationally on ${day}`).toBe(want[ty]);
      const here = inForce(day, contracts.filter((c) => c['tambon'] === tambonId('200101')));
      for (const ty of WORKER_TYPES) expect(tb.byType[ty].hired, `${ty} at 200101 on ${day}`).toBe(here[ty]);
      if (n.byType.total.hired !== before) changes += 1;
      before = n.byType.total.hired;
    }
    // The days chosen do move the count: hiring, resignations and replacements all show.
    expect(changes).toBeGreaterThan(3);
  });

  it("a tambon's coordinator sees their own tambon by default", async () => {
    const s = await call('coordinator').employment.dashboard.summary({});
    expect(s.level).toBe('tambon');
    expect(s.place?.code).toBe('190204');
    expect(s.workers.length).toBe(contracts.filter((c) => c['tambon'] === tambonId('190204')).length);
  });
});

describe('scope', () => {
  it('refuses places outside the caller’s scope, and workers and agency supervisors altogether', async () => {
    for (const [who, where] of [
      ['staffCu', { networkId: networkId('UC') }],
      ['staffCu', { universityId: universityId('CMU') }],
      ['staffCmu', { tambonId: tambonId('190204') }],
      ['networkUc', { universityId: universityId('CMU') }],
      ['networkUc', { networkId: networkId('UN') }],
      ['coordinator', { tambonId: tambonId('190205') }],
      ['coordinator', { universityId: universityId('CU') }],
      ['worker', {}],
      ['supervisor', {}],
    ] as const) {
      const e = await refusal(call(who).employment.dashboard.summary(where));
      expect(e.code, `${who} ${JSON.stringify(where)}`).toBe('FORBIDDEN');
    }
  });

  it("PocketBase's view rules agree: a worker reads no figures, a coordinator only their tambon's — and only for the one day asked", async () => {
    const onDay = { query: { day: today } };
    expect((await p.rest(t['worker']!).collection('employment_tambon_figures').getFullList(onDay)).length).toBe(0);
    expect((await p.rest(t['worker']!).collection('employment_university_figures').getFullList(onDay)).length).toBe(0);
    const coordinator = await p.rest(t['coordinator']!).collection('employment_tambon_figures').getFullList(onDay);
    expect(coordinator.map((r) => [r['tambon'], r['day']])).toEqual([[tambonId('190204'), today]]);
    expect((await p.rest(t['coordinator']!).collection('employment_university_figures').getFullList(onDay)).length).toBe(0);
    const staff = await p.rest(t['staffCu']!).collection('employment_university_figures').getFullList(onDay);
    expect(staff.map((r) => r['university'])).toEqual([universityId('CU')]);
    // Without a day named, the view lists nothing (not every day of the calendar × every place).
    expect((await p.rest(t['staffCu']!).collection('employment_tambon_figures').getList(1, 50)).totalItems).toBe(0);
  });
});

describe('the national seed', () => {
  /** Every generated field as the API reads it back (null, '' and 0 alike: PocketBase stores an empty one so). */
  const norm = (v: unknown) => (v === null || v === undefined || v === '' || v === 0 ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  async function readsBack(writes: Upsert[]) {
    for (const w of writes.filter((_, i) => i % 7 === 0)) {
      const r = await p.admin.collection(w.collection).getOne(w.body.id);
      for (const [k, v] of Object.entries(w.body)) expect(norm(r[k]), `${w.collection}.${k}`).toBe(norm(v));
      if ('version' in r) expect(r['version']).toBe(1);
    }
  }

  it('writes through the API what it generated', async () => {
    await readsBack(seeded['200101']!);
  });

  it.skipIf(!hasSqliteCli())('writes straight into SQLite exactly what the API path writes', async () => {
    const writes = await seedTambon('500102', indexWith(hasVacancy, 2000), 'sqlite');
    await readsBack(writes);
    // And the views count it like any other tambon's.
    const s = await call('central').employment.dashboard.summary({ tambonId: tambonId('500102') });
    expect(s.workers.length).toBe(contractsOf(writes).length);
    expect(s.byType.total.hired).toBe(contractsOf(writes).filter(hired).length);
  });
});
