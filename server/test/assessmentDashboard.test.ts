import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordModel } from 'pocketbase';
import { countsOn, GOAL_CODES, goalsExpected, goalsMet, movementOf, tierOf, TIERS, type GoalCode, type ReportBasis, type TambonForm, type Tier, type TierThresholds } from '@otou/domain';
import { usePlatform } from './harness.ts';
import { upsertAll, type Upsert } from '../src/seed/batch.ts';
import { networkId, tambonId, universityId, userId } from '../src/seed/demo.ts';
import { demoRoundId } from '../src/seed/assessmentDemo.ts';
import { nationalAssessmentWrites } from '../src/seed/nationalAssessment.ts';
import { formFigures } from '../src/services/assessment/forms.ts';
import { formId } from '../src/services/assessment/ids.ts';

/**
 * The assessment dashboards on a real PocketBase with the demo organisation: every count is checked against a recount
 * from the forms' own ✓/✗ with the domain's rules (goalsMet, tierOf, countsOn, movementOf), as a user would recount
 * the forms by hand.
 */
const p = usePlatform();
const BASELINE = demoRoundId('baseline');
const Q1 = demoRoundId('quarterly', 1);
const CU = universityId('CU');
const UC = networkId('UC');

/** A form with `met` goals ✓ (the first in two activities: it counts once) and `expected` more only ✗. */
function formOf(met: number, expected = 0): TambonForm {
  const form: TambonForm = {
    activities: [
      { key: 'act1', type: 'a', name: 'แปรรูปผลผลิต' },
      { key: 'act2', type: 'c', name: 'บริการสุขภาพ' },
      { key: 'act3', type: 'e', name: 'ธนาคารขยะ', otherType: 'สิ่งแวดล้อมชุมชน' },
    ],
    goals: { act1: {}, act2: {}, covid: {} },
    texts: { act1: { '2': 'ผู้สูงอายุ 120 คน' }, data: { '10': 'สำรวจครบทุกครัวเรือน' } },
    links: { act1: { '2': ['https://example.org/report.pdf'] } },
  };
  GOAL_CODES.slice(0, met).forEach((g, i) => {
    form.goals[i % 2 ? 'act2' : 'act1']![g] = 'have';
    if (i === 0) form.goals['act2']![g] = 'have';
  });
  for (const g of GOAL_CODES.slice(met, met + expected)) form.goals['covid']![g] = 'expected';
  return form;
}

type Status = 'draft' | 'submitted' | 'approved';
/** Places of the demo: a tambon's university and network by its DOPA code. */
const PLACES: Record<string, [string, string]> = {
  '190204': ['CU', 'UC'],
  '190205': ['CU', 'UC'],
  '190206': ['CU', 'UC'],
  '130201': ['TU', 'UC'],
  '130202': ['TU', 'UC'],
  '200101': ['BUU', 'EA'],
  '400101': ['KKU', 'UNE'],
  '500102': ['CMU', 'UN'],
};
function formWrite(code: string, round: string, status: Status, form: TambonForm): Upsert {
  const [u, n] = PLACES[code]!;
  const t = tambonId(code);
  return {
    collection: 'assessment_forms',
    body: { id: formId(t, round), tambon: t, university: universityId(u), network: networkId(n), round, status, form, ...formFigures(form), submitted_by: status === 'draft' ? '' : userId('staff.cu@otou.demo') },
  };
}

// Baseline → Q1 (the demo adds 190205 approved with 9 goals and 500101 submitted at baseline):
// 190205 survive → sufficiency (up); 190206 survive → not classified (down); 130201 sufficiency both (same);
// 130202 sustainable, Q1 only submitted (counts provisionally); 400101 only in Q1 (new); 200101 a draft; 190204 none.
const FORMS: Upsert[] = [
  formWrite('190206', BASELINE, 'approved', formOf(10, 3)),
  formWrite('130201', BASELINE, 'approved', formOf(11, 2)),
  formWrite('130202', BASELINE, 'approved', formOf(14)),
  formWrite('200101', BASELINE, 'draft', formOf(5, 5)),
  formWrite('190205', Q1, 'approved', formOf(12, 1)),
  formWrite('190206', Q1, 'approved', formOf(7, 6)),
  formWrite('130201', Q1, 'approved', formOf(12)),
  formWrite('130202', Q1, 'submitted', formOf(15)),
  formWrite('400101', Q1, 'approved', formOf(8, 8)),
  formWrite('500102', Q1, 'submitted', formOf(3, 1)),
];

interface Recount {
  tambons: number;
  assessed: number;
  tiers: Record<Tier, number>;
  status: Record<'none' | Status, number>;
  have: Record<GoalCode, number>;
  expected: Record<GoalCode, number>;
  tierOfTambon: Map<string, Tier | null>;
}

let tambons: RecordModel[];
let universities: RecordModel[];
let central: string;
let networkUc: string;
let staffCu: string;

/** What the dashboards should say, recounted from every form's own marks with the domain's rules. */
async function recount(round: string, basis: ReportBasis, thresholds: TierThresholds, inScope: (t: RecordModel) => boolean): Promise<Recount> {
  const forms = await p.admin.collection('assessment_forms').getFullList({ filter: p.admin.filter('round = {:r}', { r: round }) });
  const scope = tambons.filter(inScope);
  const byTambon = new Map(forms.map((f) => [f['tambon'] as string, f]));
  const r: Recount = {
    tambons: scope.length,
    assessed: 0,
    tiers: Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>,
    status: { none: 0, draft: 0, submitted: 0, approved: 0 },
    have: Object.fromEntries(GOAL_CODES.map((g) => [g, 0])) as Record<GoalCode, number>,
    expected: Object.fromEntries(GOAL_CODES.map((g) => [g, 0])) as Record<GoalCode, number>,
    tierOfTambon: new Map(),
  };
  for (const t of scope) {
    const f = byTambon.get(t.id);
    const status = (f?.['status'] as Status | undefined) ?? 'none';
    r.status[status] += 1;
    if (!f || !countsOn(basis, f['status'])) {
      r.tierOfTambon.set(t.id, null);
      continue;
    }
    const form = f['form'] as TambonForm;
    const tier = tierOf(goalsMet(form).length, thresholds);
    r.assessed += 1;
    r.tiers[tier] += 1;
    r.tierOfTambon.set(t.id, tier);
    for (const g of goalsMet(form)) r.have[g] += 1;
    for (const g of goalsExpected(form)) r.expected[g] += 1;
  }
  return r;
}

const uniOf = (t: RecordModel) => t['university'] as string;
const networkOfTambon = (t: RecordModel) => universities.find((u) => u.id === uniOf(t))?.['network'];
const DEFAULT: TierThresholds = { sustainable: 14, sufficiency: 11, survive: 8 };
const err = (promise: Promise<unknown>) => promise.then(() => ({ code: 'OK' }), (e: { code: string }) => e);

beforeAll(async () => {
  await upsertAll(p.admin, FORMS);
  tambons = await p.admin.collection('tambons').getFullList({ sort: 'code' });
  universities = await p.admin.collection('universities').getFullList();
  [central, networkUc, staffCu] = await Promise.all([p.login('central@otou.demo'), p.login('network.uc@otou.demo'), p.login('staff.cu@otou.demo')]);
});

describe('dashboard.tiers', () => {
  it('counts tambons per tier nationally as a recount of the forms’ own marks does, per network too, with the 25/50/25 targets', async () => {
    for (const basis of ['approved', 'provisional'] as const) {
      const d = await p.caller(central).assessment.dashboard.tiers({ target: { level: 'national' }, roundId: Q1, basis });
      const want = await recount(Q1, basis, DEFAULT, () => true);
      expect(d.basis).toBe(basis);
      expect({ tambons: d.tambons, assessed: d.assessed, tiers: d.tiers }).toEqual({ tambons: want.tambons, assessed: want.assessed, tiers: want.tiers });
      expect(d.notAssessed).toBe(want.tambons - want.assessed);
      expect(d.status).toEqual(want.status);
      // The demo's 13 tambons: 25 % / 50 % / 25 % is 3.25 / 6.5 / 3.25, rounded so they add up to 13.
      expect(d.targets).toEqual({ sustainable: 3, sufficiency: 7, survive: 3 });
      expect(d.goalsMet.reduce((s, n) => s + n, 0)).toBe(want.assessed);
      expect(d.children.level).toBe('network');
      for (const child of d.children.items) {
        const w = await recount(Q1, basis, DEFAULT, (t) => networkOfTambon(t) === child.id);
        expect({ id: child.id, tambons: child.tambons, tiers: child.tiers }).toEqual({ id: child.id, tambons: w.tambons, tiers: w.tiers });
      }
    }
  });

  it('approved figures leave out forms awaiting approval; provisional ones count them, and each says which it is', async () => {
    const ask = (basis: ReportBasis) => p.caller(networkUc).assessment.dashboard.tiers({ target: { level: 'network', id: UC }, roundId: Q1, basis });
    const [approved, provisional] = await Promise.all([ask('approved'), ask('provisional')]);
    // 130202 (TU) is submitted with 15 goals: sustainable provisionally, not assessed on approved figures.
    expect(provisional.tiers.sustainable - approved.tiers.sustainable).toBe(1);
    expect(provisional.assessed - approved.assessed).toBe(provisional.status.submitted);
    expect([approved.basis, provisional.basis]).toEqual(['approved', 'provisional']);
    const tu = (d: typeof approved) => d.children.items.find((c) => c.id === universityId('TU'))!;
    expect(tu(approved).tiers).toMatchObject({ sustainable: 0, sufficiency: 1 });
    expect(tu(provisional).tiers).toMatchObject({ sustainable: 1, sufficiency: 1 });
  });

  it("lists a university's tambons with their form's status, goals met and tier for drilling down", async () => {
    const d = await p.caller(staffCu).assessment.dashboard.tiers({ target: { level: 'university', id: CU }, roundId: Q1, basis: 'approved' });
    expect(d.place?.code).toBe('CU');
    expect(d.children.level).toBe('tambon');
    const row = (code: string) => d.tambonList.find((t) => t.code === code)!;
    expect(row('190205')).toMatchObject({ status: 'approved', counted: true, goalsMet: 12, tier: 'sufficiency' });
    expect(row('190206')).toMatchObject({ status: 'approved', goalsMet: 7, tier: 'unclassified' });
    expect(row('190204')).toMatchObject({ status: 'none', counted: false, goalsMet: null, tier: null });
    expect(d.tambonList.map((t) => t.code)).toEqual(['190204', '190205', '190206']);
  });

  it('applies thresholds the central office changes at read time: the tiers move, no form is rewritten', async () => {
    const before = await p.admin.collection('assessment_forms').getFullList({ sort: 'id', fields: 'id,updated,goals_met,version' });
    const settings = await p.caller(central).assessment.settings.get();
    const strict: TierThresholds = { sustainable: 15, sufficiency: 12, survive: 9 };
    const saved = await p.caller(central).assessment.settings.save({ ...strict, version: settings.version });
    try {
      const d = await p.caller(central).assessment.dashboard.tiers({ target: { level: 'national' }, roundId: Q1, basis: 'approved' });
      const want = await recount(Q1, 'approved', strict, () => true);
      expect(d.thresholds).toEqual(strict);
      expect(d.tiers).toEqual(want.tiers);
      // 190205 met 12: sufficiency either way; 130201 met 12 too; 400101 met 8: survive before, not classified now.
      expect(want.tiers).not.toEqual((await recount(Q1, 'approved', DEFAULT, () => true)).tiers);
      expect(await p.admin.collection('assessment_forms').getFullList({ sort: 'id', fields: 'id,updated,goals_met,version' })).toEqual(before);
    } finally {
      await p.caller(central).assessment.settings.save({ ...DEFAULT, version: saved.version });
    }
  });
});

describe('dashboard.movement', () => {
  it('compares the latest round with the baseline: who moved up or down, as the domain’s movementOf says', async () => {
    const d = await p.caller(networkUc).assessment.dashboard.movement({ target: { level: 'network', id: UC }, toRoundId: Q1, basis: 'approved' });
    expect(d.from.id).toBe(BASELINE);
    expect(d.to.id).toBe(Q1);
    const inUc = (t: RecordModel) => networkOfTambon(t) === UC;
    const [from, to] = await Promise.all([recount(BASELINE, 'approved', DEFAULT, inUc), recount(Q1, 'approved', DEFAULT, inUc)]);
    const want = { up: 0, down: 0, same: 0, new: 0, none: 0 };
    for (const t of tambons.filter(inUc)) want[movementOf(from.tierOfTambon.get(t.id) ?? null, to.tierOfTambon.get(t.id) ?? null)] += 1;
    expect(d.counts).toEqual(want);
    expect(d.moved.map((m) => [m.code, m.from, m.to, m.movement])).toEqual([
      ['190205', 'survive', 'sufficiency', 'up'],
      ['190206', 'survive', 'unclassified', 'down'],
    ]);
    expect(d.moved[0]!.id).toBe(tambonId('190205'));
    expect(d.fromTiers).toEqual(from.tiers);
    expect(d.toTiers).toEqual(to.tiers);
  });

  it('counts a tambon assessed only in the later round as new, and nationally adds up to every tambon', async () => {
    const d = await p.caller(central).assessment.dashboard.movement({ target: { level: 'national' }, fromRoundId: BASELINE, toRoundId: Q1, basis: 'provisional' });
    const total = Object.values(d.counts).reduce((s, n) => s + n, 0);
    expect(total).toBe(tambons.length);
    expect(d.counts.new).toBeGreaterThanOrEqual(1); // 400101
    expect(d.moved.every((m) => m.movement === (TIERS.indexOf(m.to) < TIERS.indexOf(m.from) ? 'up' : 'down'))).toBe(true);
  });
});

describe('dashboard.goals and dashboard.coverage', () => {
  it('per goal: tambons meeting it (✓), only expecting it (✗), lacking it — most often not met first', async () => {
    const d = await p.caller(central).assessment.dashboard.goals({ target: { level: 'national' }, roundId: Q1, basis: 'approved' });
    const want = await recount(Q1, 'approved', DEFAULT, () => true);
    expect(d.assessed).toBe(want.assessed);
    expect(d.goals).toHaveLength(16);
    for (const g of d.goals) {
      expect({ code: g.code, have: g.have, expected: g.expected }).toEqual({ code: g.code, have: want.have[g.code], expected: want.expected[g.code] });
      expect(g.missing).toBe(want.assessed - want.have[g.code] - want.expected[g.code]);
    }
    for (let i = 1; i < d.goals.length; i++) expect(d.goals[i - 1]!.notMet).toBeGreaterThanOrEqual(d.goals[i]!.notMet);
  });

  it('per university: tambons, not started, draft, submitted, approved', async () => {
    const d = await p.caller(networkUc).assessment.dashboard.coverage({ target: { level: 'network', id: UC }, roundId: BASELINE });
    expect(d.universities.map((u) => u.code)).toEqual(['CU', 'TU']);
    for (const u of d.universities) {
      const w = await recount(BASELINE, 'approved', DEFAULT, (t) => uniOf(t) === u.id);
      expect({ tambons: u.tambons, notStarted: u.notStarted, draft: u.draft, submitted: u.submitted, approved: u.approved }).toEqual({
        tambons: w.tambons,
        notStarted: w.status.none,
        draft: w.status.draft,
        submitted: w.status.submitted,
        approved: w.status.approved,
      });
    }
    expect(d.totals.tambons).toBe(5);
    const national = await p.caller(central).assessment.dashboard.coverage({ target: { level: 'national' }, roundId: Q1 });
    expect(national.totals.tambons).toBe(tambons.length);
    expect(national.totals.notStarted + national.totals.draft + national.totals.submitted + national.totals.approved).toBe(tambons.length);
  });
});

describe('scope', () => {
  it('refuses a dashboard outside the caller’s scope, as budget roll-ups do', async () => {
    const coordinator = await p.login('coordinator.huaihaeng@otou.demo');
    const networkUn = await p.login('network.un@otou.demo');
    const tiers = (token: string, target: Parameters<ReturnType<typeof p.caller>['assessment']['dashboard']['tiers']>[0]['target']) =>
      err(p.caller(token).assessment.dashboard.tiers({ target, roundId: Q1, basis: 'approved' }));
    expect((await tiers(staffCu, { level: 'national' })).code).toBe('FORBIDDEN');
    expect((await tiers(staffCu, { level: 'network', id: UC })).code).toBe('FORBIDDEN');
    expect((await tiers(staffCu, { level: 'university', id: universityId('TU') })).code).toBe('FORBIDDEN');
    expect((await tiers(networkUn, { level: 'network', id: UC })).code).toBe('FORBIDDEN');
    expect((await tiers(networkUn, { level: 'university', id: CU })).code).toBe('FORBIDDEN');
    expect((await tiers(networkUc, { level: 'national' })).code).toBe('FORBIDDEN');
    expect((await tiers(coordinator, { level: 'university', id: CU })).code).toBe('FORBIDDEN');
    expect((await err(p.caller(staffCu).assessment.dashboard.movement({ target: { level: 'network', id: UC }, basis: 'approved' }))).code).toBe('FORBIDDEN');
    expect((await err(p.caller(staffCu).assessment.dashboard.coverage({ target: { level: 'national' } }))).code).toBe('FORBIDDEN');
    expect((await err(p.caller(networkUn).assessment.dashboard.goals({ target: { level: 'university', id: CU }, basis: 'approved' }))).code).toBe('FORBIDDEN');
    // Inside the scope: the network admin reads a university of the network.
    expect((await tiers(networkUc, { level: 'university', id: CU })).code).toBe('OK');
  });

  it('lets PocketBase itself answer a university user with their own university’s counts only', async () => {
    const rows = await p.rest(staffCu).collection('assessment_goal_counts').getFullList();
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r['university']))).toEqual(new Set([CU]));
    expect(await p.rest(staffCu).collection('assessment_goal_counts_network').getFullList()).toEqual([]);
  });
});

// ───────────────────────────── downloads ─────────────────────────────

async function openXlsx(base64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
  return wb;
}

/** The row whose first cell starts with `text`. */
function rowOf(ws: ExcelJS.Worksheet, text: string): number {
  for (let n = 1; n <= ws.rowCount; n++) if (String(ws.getCell(n, 1).value ?? '').startsWith(text)) return n;
  throw new Error(`no row ${text}`);
}

describe('form.export', () => {
  it('lays the form out like the deck: university, activities by type as numbers, ✓/✗ per goal and column, texts, goals met and tier', async () => {
    const file = await p.caller(staffCu).assessment.form.export({ tambonId: tambonId('190206'), roundId: BASELINE });
    expect(file.filename).toMatch(/^assessment-190206-baseline\.xlsx$/);
    const ws = (await openXlsx(file.base64)).getWorksheet('แบบประเมินตำบล')!;
    expect(String(ws.getCell('A1').value)).toBe('แบบการประเมินภาพรวมตำบล · เริ่มดำเนินกิจกรรม');
    expect(String(ws.getCell('A2').value)).toMatch(/^ตำบล.+ อำเภอ.+ จังหวัด.+$/);
    expect(String(ws.getCell('A3').value)).toContain('อนุมัติแล้ว');
    expect(ws.getCell(rowOf(ws, 'มหาวิทยาลัย'), 2).value).toBe('จุฬาลงกรณ์มหาวิทยาลัย');
    expect(ws.getCell(rowOf(ws, 'จำนวนกิจกรรม'), 2).value).toBe(3);

    // The activity-type table: each activity under its type, and the count per type as a number.
    const typeHead = rowOf(ws, 'ประเภทกิจกรรม');
    const countCol = 1 + 3 + 2 + 1;
    expect(ws.getCell(typeHead, countCol).value).toBe('จำนวน');
    expect(ws.getCell(rowOf(ws, 'ก.'), 2).value).toBe('✓');
    expect(ws.getCell(rowOf(ws, 'ก.'), countCol).value).toBe(1);
    expect(ws.getCell(rowOf(ws, 'ข.'), countCol).value).toBe(0);
    expect(ws.getCell(rowOf(ws, 'ค.'), 3).value).toBe('✓');
    expect(ws.getCell(rowOf(ws, 'จ.'), 4).value).toBe('✓ สิ่งแวดล้อมชุมชน');
    expect(ws.getCell(rowOf(ws, 'จ.'), countCol).value).toBe(1);

    // The indicators: columns are the activities, COVID surveillance and Community Data.
    const head = rowOf(ws, 'ตัวชี้วัดภาพรวมตำบล');
    expect([2, 3, 4, 5, 6].map((c) => ws.getCell(head, c).value)).toEqual(['กิจกรรม 1\nแปรรูปผลผลิต', 'กิจกรรม 2\nบริการสุขภาพ', 'กิจกรรม 3\nธนาคารขยะ', 'กิจกรรมเฝ้าระวัง COVID', 'Community Data']);
    expect(ws.getCell(head + 1, 1).value).toMatch(/^1\. เป็นโจทย์การพัฒนา/);
    const goal = (code: string) => [2, 3, 4, 5, 6].map((c) => ws.getCell(rowOf(ws, `${code} `), c).value);
    expect(goal('1.1')).toEqual(['✓', '✓', null, null, null]);
    expect(goal('1.2')).toEqual([null, '✓', null, null, null]);
    expect(goal('1.10')).toEqual([null, '✓', null, null, null]);
    expect(goal('1.11')).toEqual([null, null, null, '✗', null]);
    expect(goal('1.13')).toEqual([null, null, null, '✗', null]);
    expect(goal('1.14')).toEqual([null, null, null, null, null]);
    expect(ws.getCell(rowOf(ws, '1.16 '), 1).value).toBe('1.16 ส่งเสริมตำบลทำความดี');
    expect(ws.getCell(rowOf(ws, '2. ประชากรเป้าหมาย'), 2).value).toBe('ผู้สูงอายุ 120 คน\nhttps://example.org/report.pdf');
    expect(ws.getCell(rowOf(ws, '10. '), 6).value).toBe('สำรวจครบทุกครัวเรือน');
    expect(rowOf(ws, '14. ')).toBeGreaterThan(rowOf(ws, '1.16 '));

    // The foot: goals met as a number, the tier in words.
    expect(ws.getCell(rowOf(ws, 'จำนวนเป้าหมายที่บรรลุ'), 2).value).toBe(10);
    expect(ws.getCell(rowOf(ws, 'ระดับตำบล'), 2).value).toBe('ตำบลที่อยู่รอด');
  });

  it('is in English on request, and refused outside the caller’s scope', async () => {
    const file = await p.caller(staffCu, 'en').assessment.form.export({ tambonId: tambonId('190206'), roundId: BASELINE });
    const ws = (await openXlsx(file.base64)).getWorksheet('Tambon form')!;
    expect(ws.getCell(rowOf(ws, 'Tier'), 2).value).toBe('Survive');
    expect(ws.getCell(rowOf(ws, 'Goals met'), 2).value).toBe(10);
    const cmu = await p.login('staff.cmu@otou.demo');
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await err(p.caller(cmu).assessment.form.export({ tambonId: tambonId('190206'), roundId: BASELINE }))).code);
  });
});

describe('dashboard.export', () => {
  it('holds the tier table and the coverage as numbers, the same as the page', async () => {
    const input = { target: { level: 'network' as const, id: UC }, roundId: Q1, basis: 'provisional' as const };
    const [file, page, coverage] = await Promise.all([
      p.caller(networkUc).assessment.dashboard.export(input),
      p.caller(networkUc).assessment.dashboard.tiers(input),
      p.caller(networkUc).assessment.dashboard.coverage({ target: input.target, roundId: Q1 }),
    ]);
    expect(file.filename).toBe('assessment-dashboard-UC-q1-provisional.xlsx');
    const wb = await openXlsx(file.base64);
    const ws = wb.getWorksheet('ระดับตำบล')!;
    expect(String(ws.getCell('A2').value)).toContain('ตัวเลขเบื้องต้น');
    const head = rowOf(ws, 'มหาวิทยาลัย');
    const headings = Array.from({ length: 10 }, (_, i) => ws.getCell(head, i + 1).value);
    expect(headings).toEqual([
      'มหาวิทยาลัย',
      'ตำบลทั้งหมด',
      'ตำบลมุ่งสู่ความยั่งยืน',
      'ตำบลมุ่งสู่ความพอเพียง',
      'ตำบลที่อยู่รอด',
      'ยังไม่จัดระดับ',
      'ยังไม่ได้ประเมิน',
      'เป้าหมาย ตำบลมุ่งสู่ความยั่งยืน',
      'เป้าหมาย ตำบลมุ่งสู่ความพอเพียง',
      'เป้าหมาย ตำบลที่อยู่รอด',
    ]);
    const values = (row: number) => Array.from({ length: 9 }, (_, i) => ws.getCell(row, i + 2).value);
    const line = (b: typeof page) => [b.tambons, ...TIERS.map((t) => b.tiers[t]), b.notAssessed, b.targets.sustainable, b.targets.sufficiency, b.targets.survive];
    for (const c of page.children.items) expect(values(rowOf(ws, c.name_th)), c.code).toEqual(line(c as unknown as typeof page));
    expect(values(rowOf(ws, 'รวม'))).toEqual(line(page));

    const cs = wb.getWorksheet('ความครอบคลุม')!;
    const cu = coverage.universities.find((u) => u.code === 'CU')!;
    expect(Array.from({ length: 5 }, (_, i) => cs.getCell(rowOf(cs, cu.name_th), i + 2).value)).toEqual([cu.tambons, cu.notStarted, cu.draft, cu.submitted, cu.approved]);
    expect(Array.from({ length: 5 }, (_, i) => cs.getCell(rowOf(cs, 'รวม'), i + 2).value)).toEqual([
      coverage.totals.tambons,
      coverage.totals.notStarted,
      coverage.totals.draft,
      coverage.totals.submitted,
      coverage.totals.approved,
    ]);
  });
});

describe('national seed (unit)', () => {
  it('writes forms whose stored goals met and masks agree with their own marks, with every tier present', () => {
    const tambons = Array.from({ length: 400 }, (_, i) => ({ id: `t${i}`, university: 'u', network: 'n' }));
    const forms = nationalAssessmentWrites(tambons).filter((w) => w.collection === 'assessment_forms');
    expect(forms.length).toBeGreaterThan(700);
    const seen = new Set<Tier>();
    let up = 0;
    const byTambon = new Map<string, number[]>();
    for (const w of forms) {
      const form = w.body['form'] as TambonForm;
      expect(w.body['goals_met']).toBe(goalsMet(form).length);
      seen.add(tierOf(goalsMet(form).length));
      byTambon.set(String(w.body['tambon']), [...(byTambon.get(String(w.body['tambon'])) ?? []), goalsMet(form).length]);
    }
    for (const [, [a, b]] of byTambon) if (b !== undefined && a !== undefined && b > a) up += 1;
    expect([...seen].sort()).toEqual([...TIERS].sort());
    expect(up).toBeGreaterThan(40);
    expect(nationalAssessmentWrites(tambons)).toEqual(nationalAssessmentWrites(tambons));
  });
});
