import { beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import ExcelJS from 'exceljs';
import { ClientResponseError } from 'pocketbase';
import { DECK_ACTUALS, DECK_PLAN, formatPercent, LEAF_LINES, rowOf } from '@otou/domain';
import { describeError } from '../src/errors.ts';
import { networkId, settingId, tambonId, DEMO_PASSWORD } from '../src/seed/demo.ts';
import { periodId, DEMO_PERIOD_CODE } from '../src/seed/budgetDemo.ts';
import { thaiTambon } from '../src/seed/thaiAreas.ts';
import { usePlatform } from './harness.ts';

const p = usePlatform();
const PERIOD = periodId(DEMO_PERIOD_CODE);
// A university of its own, so the deck's example is entered from nothing through the API.
const TAMBON = tambonId('190203');
const IN_JAN_WINDOW = new Date('2021-01-31T03:00:00Z'); // 31 Jan 10:00 in Bangkok
const IN_FEB_WINDOW = new Date('2021-02-28T03:00:00Z');
let planner: string;
let approver: string;
let central: string;

const err = async (promise: Promise<unknown>) => {
  const e = await promise.then(() => null, (x: unknown) => x);
  expect(e, 'the call should have been refused').toBeInstanceOf(TRPCError);
  return e as TRPCError;
};
const thai = (e: TRPCError) => describeError(e, 'th');

beforeAll(async () => {
  // The deck's example is typed by hand, lines 1.1–1.3 included, as a network without the employment module reports it
  // (where employment is on, those lines are its pay: employmentBudget.test.ts).
  await p.admin.collection('module_settings').update(settingId('UC', 'employment'), { enabled: false, version: 0 });
  const uni = await p.admin.collection('universities').create({ code: 'TEST', name_th: 'มหาวิทยาลัยทดสอบ', name_en: 'Test University', network: networkId('UC') });
  await p.admin.collection('tambons').create({ id: TAMBON, ...thaiTambon('190203'), university: uni.id });
  for (const email of ['planner@test.demo', 'approver@test.demo']) {
    await p.admin.collection('users').create({ email, password: DEMO_PASSWORD, passwordConfirm: DEMO_PASSWORD, name: email.split('@')[0], role: 'university_staff', scope: 'university', university: uni.id, verified: true });
  }
  planner = await p.login('planner@test.demo');
  approver = await p.login('approver@test.demo');
  central = await p.login('central@otou.demo');
});

const deckLines = LEAF_LINES.map((line) => ({ line, budget: DECK_PLAN[line].budget, plan: DECK_PLAN[line].plan, version: 0 }));
/** The version of a month as its page shows it, which a save or an approval names (issue 7: no lost update). */
const versionOf = async (month: number, tambon = TAMBON) =>
  (await p.caller(central).budget.report.byTambon({ tambonId: tambon, periodId: PERIOD })).months[month - 1]!.version;

describe("the deck's example, entered through the API", () => {
  it('plans, reports January and February, approves, and reproduces every figure of the deck', async () => {
    await p.caller(planner).budget.plan.save({ tambonId: TAMBON, periodId: PERIOD, lines: deckLines });
    for (const [month, at] of [[1, IN_JAN_WINDOW], [2, IN_FEB_WINDOW]] as const) {
      await p.caller(planner, 'th', at).budget.month.save({ tambonId: TAMBON, periodId: PERIOD, month, version: 0, actuals: DECK_ACTUALS[month]!, submit: true });
      await p.caller(approver, 'th', at).budget.month.approve({ tambonId: TAMBON, periodId: PERIOD, month, version: 1 });
    }
    const r = await p.caller(planner, 'th', IN_FEB_WINDOW).budget.report.byTambon({ tambonId: TAMBON, periodId: PERIOD });
    expect(r.asOf).toBe(2);
    const total = rowOf(r.report, 'total');
    expect(total).toMatchObject({ budget: 3_483_000, actualToDate: 506_500, planToDate: 568_000, remaining: 2_976_500 });
    expect(formatPercent(total.achieved!)).toBe('89.17%');
    const emp = rowOf(r.report, '1');
    expect([emp.actualToDate, emp.planToDate, formatPercent(emp.achieved!)]).toEqual([425_000, 440_000, '96.59%']);
    const dev = rowOf(r.report, '2');
    expect([dev.actualToDate, dev.planToDate, formatPercent(dev.achieved!)]).toEqual([81_500, 128_000, '63.67%']);
    expect(rowOf(r.report, '2.1').actualToDate).toBe(35_500);
    expect(formatPercent(rowOf(r.report, '2.1').achieved!)).toBe('55.47%'); // 55.46875, as the deck prints it
    expect(formatPercent(rowOf(r.report, '2.2').achieved!)).toBe('81.25%');
    expect(formatPercent(rowOf(r.report, '2.3').achieved!)).toBe('62.50%');
    expect(r.months.slice(0, 3).map((m) => m.board)).toEqual(['approved', 'approved', 'notYet']);
  });

  it('the approved months appear in the university, network and national roll-ups, added up by the database', async () => {
    const uni = (await p.admin.collection('universities').getFirstListItem('code = "TEST"')).id;
    const asCentral = p.caller(central, 'th', IN_FEB_WINDOW);
    const u = await asCentral.budget.rollup.byLevel({ target: { level: 'university', id: uni }, periodId: PERIOD });
    expect(rowOf(u.report, 'total')).toMatchObject({ budget: 3_483_000, actualToDate: 506_500, planToDate: 568_000 });
    expect(u.children.items.map((c) => [c.code, c.actualToDate])).toEqual([['190203', 506_500]]);

    const net = await asCentral.budget.rollup.byLevel({ target: { level: 'network', id: networkId('UC') }, periodId: PERIOD });
    const nat = await asCentral.budget.rollup.byLevel({ target: { level: 'national' }, periodId: PERIOD });
    // Network UC: the demo's 5 tambons + this one, each with the deck's budget; approved actuals: the demo's
    // Huai Haeng Jan+Feb and Tha Khlo's January, plus this tambon's Jan+Feb.
    expect(rowOf(net.report, 'total').budget).toBe(6 * 3_483_000);
    expect(rowOf(net.report, 'total').actualToDate).toBe(506_500 * 2 + 280_000);
    expect(net.children.items.find((c) => c.code === 'TEST')?.actualToDate).toBe(506_500);
    expect(rowOf(nat.report, 'total').budget).toBe(14 * 3_483_000);
    expect(nat.children.items).toHaveLength(9);
    expect(nat.money.received).toBe(13 * (3_483_000 / 2));
  });

  it('a reopened month leaves the roll-ups until it is approved again', async () => {
    const uni = (await p.admin.collection('universities').getFirstListItem('code = "TEST"')).id;
    const total = async () => rowOf((await p.caller(central, 'th', IN_FEB_WINDOW).budget.rollup.byLevel({ target: { level: 'university', id: uni }, periodId: PERIOD })).report, 'total').actualToDate;
    await p.caller(approver, 'th', IN_FEB_WINDOW).budget.month.reopen({ tambonId: TAMBON, periodId: PERIOD, month: 2, reason: 'ตรวจทาน' });
    expect(await total()).toBe(280_000);
    await p.caller(planner, 'th', IN_FEB_WINDOW).budget.month.save({ tambonId: TAMBON, periodId: PERIOD, month: 2, version: await versionOf(2), actuals: DECK_ACTUALS[2]!, submit: true });
    expect(await total()).toBe(280_000);
    await p.caller(approver, 'th', IN_FEB_WINDOW).budget.month.approve({ tambonId: TAMBON, periodId: PERIOD, month: 2, version: await versionOf(2) });
    expect(await total()).toBe(506_500);
    // The running totals are PocketBase's own: no token may write them.
    const forged = await p.rest(central).collection('budget_sums').create({ period: PERIOD, university: uni, network: networkId('UC'), line: '1.1', month: 1, actual: 1 }).catch((e: unknown) => e);
    expect(forged).toBeInstanceOf(ClientResponseError);
  });

  it('exports the report to Excel with the deck\'s figures as numbers', async () => {
    const file = await p.caller(planner, 'th', IN_FEB_WINDOW).budget.report.export({ target: { level: 'tambon', id: TAMBON }, periodId: PERIOD, format: 'xlsx' });
    expect(file.filename).toBe('budget-190203-2021-02.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const values = wb.worksheets[0]!.getSheetValues().flat().filter((v) => typeof v === 'number');
    for (const n of [3_483_000, 2_976_500, 568_000, 506_500, 35_500]) expect(values).toContain(n);
    const csv = await p.caller(planner, 'en', IN_FEB_WINDOW).budget.report.export({ target: { level: 'tambon', id: TAMBON }, periodId: PERIOD, format: 'csv' });
    expect(Buffer.from(csv.base64, 'base64').toString('utf8')).toContain('3483000');
  });
});

describe('reporting window, exceptions, locks and history', () => {
  const save = async (token: string, at: Date, month: number, submit = false, actuals = { '2.4': 10_000 }) =>
    p.caller(token, 'th', at).budget.month.save({ tambonId: TAMBON, periodId: PERIOD, month, version: await versionOf(month), actuals, submit });

  it('opens at midnight Bangkok time on the second-last day and closes after day 2 of the next month', async () => {
    const e = await err(save(planner, new Date('2021-03-29T16:59:59Z'), 3));
    expect(e.code).toBe('PRECONDITION_FAILED');
    expect(thai(e).message).toBe('ยังไม่เปิดให้รายงานเดือนนี้ จะเปิดวันที่ 30 มีนาคม 2564');
    await save(planner, new Date('2021-03-29T17:00:00Z'), 3);
    await save(planner, new Date('2021-04-02T16:59:59Z'), 3);
    const closed = await err(save(planner, new Date('2021-04-02T17:00:00Z'), 3));
    expect(thai(closed).message).toBe('ปิดรับรายงานเดือนนี้แล้วเมื่อ 2 เมษายน 2564 หากต้องการส่งล่าช้า ให้ขอยกเว้นจากส่วนกลาง (สป.อว.)');
  });

  it('the central office grants a late exception with a reason; nobody else can', async () => {
    const later = new Date('2021-04-10T03:00:00Z');
    const until = '2021-04-15T17:00:00+07:00';
    expect((await err(p.caller(approver, 'th', later).budget.month.grantException({ tambonId: TAMBON, periodId: PERIOD, month: 3, until, reason: 'x' }))).code).toBe('FORBIDDEN');
    const noReason = await err(p.caller(central, 'th', later).budget.month.grantException({ tambonId: TAMBON, periodId: PERIOD, month: 3, until, reason: ' ' }));
    expect(thai(noReason).fieldErrors['reason']).toEqual(['กรุณาระบุเหตุผล']);
    await p.caller(central, 'th', later).budget.month.grantException({ tambonId: TAMBON, periodId: PERIOD, month: 3, until, reason: 'น้ำท่วมพื้นที่ ส่งเอกสารไม่ได้' });
    expect(await save(planner, later, 3, true)).toEqual({ status: 'submitted' });
    await err(save(planner, new Date('2021-04-16T03:00:00Z'), 4));
  });

  it('a submitted month is locked; the submitter cannot approve it; only the approver reopens it, with a reason', async () => {
    const at = new Date('2021-04-11T03:00:00Z');
    expect(thai(await err(save(planner, at, 3))).message).toContain('ส่งรายงานแล้ว จึงแก้ไขไม่ได้');
    expect(thai(await err(p.caller(planner, 'th', at).budget.month.approve({ tambonId: TAMBON, periodId: PERIOD, month: 3, version: await versionOf(3) }))).message).toContain('อนุมัติรายงานของตนเองไม่ได้');
    await p.caller(approver, 'th', at).budget.month.approve({ tambonId: TAMBON, periodId: PERIOD, month: 3, version: await versionOf(3) });
    expect(thai(await err(p.caller(planner, 'th', at).budget.month.reopen({ tambonId: TAMBON, periodId: PERIOD, month: 3, reason: 'แก้ตัวเลข' }))).message).toContain('เฉพาะผู้อนุมัติ');
    await p.caller(approver, 'th', at).budget.month.reopen({ tambonId: TAMBON, periodId: PERIOD, month: 3, reason: 'ใบเสร็จ 2.4 ผิด' });
    // Reopened: correctable and submittable even though its window has long closed.
    const months = (await p.caller(planner, 'th', new Date('2021-06-01T03:00:00Z')).budget.report.byTambon({ tambonId: TAMBON, periodId: PERIOD })).months;
    expect(months[2]).toMatchObject({ status: 'draft', reopened: true, window: { open: true, why: 'reopened' } });
    await save(planner, new Date('2021-06-01T03:00:00Z'), 3, true, { '2.4': 12_000 });

    const history = await p.caller(planner).budget.report.history({ tambonId: TAMBON, periodId: PERIOD });
    const march = history.filter((h) => h.month === 3).map((h) => `${h.action}:${h.byName}:${h.reason}`).reverse();
    expect(march).toEqual([
      'save:planner:',
      'save:planner:',
      'exception:สมชาย ส่วนกลาง:น้ำท่วมพื้นที่ ส่งเอกสารไม่ได้',
      'submit:planner:',
      'approve:approver:',
      'reopen:approver:ใบเสร็จ 2.4 ผิด',
      'submit:planner:',
    ]);
    expect(history.find((h) => h.action === 'plan')).toBeDefined();
  });
});

describe('bad input is named at its field and nothing is half-written', () => {
  it('a plan that does not add up to its budget, or a negative amount, writes none of the lines', async () => {
    const before = (await p.caller(planner).budget.report.byTambon({ tambonId: TAMBON, periodId: PERIOD })).plan;
    const lines = [
      { line: '1.1' as const, budget: 600_000, plan: Array(12).fill(50_000), version: 1 },
      { line: '2.1' as const, budget: 320_000, plan: Array(12).fill(32_000), version: 1 },
      { line: '2.2' as const, budget: -1, plan: Array(12).fill(0), version: 1 },
    ];
    const e = await err(p.caller(planner).budget.plan.save({ tambonId: TAMBON, periodId: PERIOD, lines }));
    const f = thai(e).fieldErrors;
    expect(f['2.1.plan']).toEqual(['แผนรายเดือนของรายการ 2.1 รวมได้ 384,000 บาท ไม่เท่ากับงบประมาณ 320,000 บาท กรุณาปรับแผนให้รวมเท่ากับงบประมาณ']);
    expect(f['2.2.budget']).toEqual(['จำนวนเงินต้องไม่ติดลบ กรุณากรอก 0 หรือมากกว่า']);
    expect(f['1.1.plan']).toBeUndefined();
    // 1.1 was valid but is not saved either.
    expect((await p.caller(planner).budget.report.byTambon({ tambonId: TAMBON, periodId: PERIOD })).plan).toEqual(before);
  });

  it('over-spending a line over the whole period is refused at that line', async () => {
    const at = new Date('2021-04-30T03:00:00Z');
    const e = await err(save4(at, { '2.4': 70_000, '1.1': 45_000 }));
    expect(describeError(e, 'en').fieldErrors['2.4.actual']).toEqual(['Line 2.4 would spend THB 82,000 in all, THB 2,000 over its budget of THB 80,000; check the actuals']);
    expect((await p.caller(planner, 'th', at).budget.report.byTambon({ tambonId: TAMBON, periodId: PERIOD })).months[3]!.actuals).toEqual({});
  });

  async function save4(at: Date, actuals: Record<string, number>) {
    return p.caller(planner, 'th', at).budget.month.save({ tambonId: TAMBON, periodId: PERIOD, month: 4, version: await versionOf(4), actuals, submit: false });
  }
});

describe('who sees and changes which budget', () => {
  it('a tambon coordinator reports their tambon but cannot set its plan; other roles are refused', async () => {
    const coord = await p.login('coordinator.huaihaeng@otou.demo');
    const huai = tambonId('190204');
    expect((await err(p.caller(coord).budget.plan.save({ tambonId: huai, periodId: PERIOD, lines: deckLines }))).code).toBe('FORBIDDEN');
    expect((await err(p.caller(await p.login('worker.huaihaeng@otou.demo')).budget.report.byTambon({ tambonId: huai }))).code).toBe('FORBIDDEN');
    const mine = await p.caller(coord).budget.report.byTambon({ tambonId: huai, periodId: PERIOD });
    expect(mine.can).toEqual({ plan: false, report: true, approve: false, grantException: false });
  });

  it('another university gets not found, and roll-ups are refused outside one\'s level', async () => {
    const cmu = await p.login('staff.cmu@otou.demo');
    expect((await err(p.caller(cmu).budget.report.byTambon({ tambonId: TAMBON }))).code).toBe('NOT_FOUND');
    expect((await err(p.caller(cmu).budget.rollup.byLevel({ target: { level: 'national' } }))).code).toBe('FORBIDDEN');
    expect((await err(p.caller(await p.login('network.un@otou.demo')).budget.rollup.byLevel({ target: { level: 'network', id: networkId('UC') } }))).code).toBe('FORBIDDEN');
    const uc = await p.caller(await p.login('network.uc@otou.demo')).budget.rollup.byLevel({ target: { level: 'network', id: networkId('UC') }, periodId: PERIOD });
    expect(uc.children.level).toBe('university');
  });

  it('straight against PocketBase, tokens see only their scope and cannot unlock, approve or re-plan', async () => {
    const cmu = p.rest(await p.login('staff.cmu@otou.demo'));
    expect(await cmu.collection('budget_lines').getFullList({ filter: `tambon = "${TAMBON}"` })).toHaveLength(0);
    expect(await cmu.collection('budget_reports').getFullList({ filter: `tambon = "${TAMBON}"` })).toHaveLength(0);
    expect(await cmu.collection('budget_rollup_national').getFullList()).toHaveLength(0);
    expect(await p.rest(await p.login('worker.huaihaeng@otou.demo')).collection('budget_lines').getFullList()).toHaveLength(0);

    const asPlanner = p.rest(planner);
    const jan = await asPlanner.collection('budget_reports').getFirstListItem(`tambon = "${TAMBON}" && month = 1`);
    const refused = async (promise: Promise<unknown>) => expect(await promise.then(() => null, (e: unknown) => e)).toBeInstanceOf(ClientResponseError);
    // An approved month cannot be edited, reopened by someone else or set back.
    await refused(asPlanner.collection('budget_reports').update(jan.id, { actuals: { '1.1': 1 } }));
    await refused(asPlanner.collection('budget_reports').update(jan.id, { status: 'draft', reopened: true }));
    // Budget records are written by the server only (issue 7): not even a draft is created straight against PocketBase.
    const plannerId = (await asPlanner.collection('users').getFullList())[0]!.id;
    await refused(asPlanner.collection('budget_reports').create({ tambon: TAMBON, period: PERIOD, month: 5, status: 'draft', actuals: {} }));
    await refused(asPlanner.collection('budget_reports').update(jan.id, { status: 'approved', approved_by: plannerId }));
    // Nor can a draft be marked reopened to slip past the reporting window.
    await refused(asPlanner.collection('budget_reports').create({ tambon: TAMBON, period: PERIOD, month: 6, status: 'draft', actuals: {}, reopened: true }));
    // A tambon coordinator cannot change the plan, nor the network admin.
    const line = await p.admin.collection('budget_lines').getFirstListItem(`tambon = "${tambonId('190204')}" && line = "1.1"`);
    await refused(p.rest(await p.login('coordinator.huaihaeng@otou.demo')).collection('budget_lines').update(line.id, { budget: 1 }));
    await refused(p.rest(await p.login('network.uc@otou.demo')).collection('budget_lines').update(line.id, { budget: 1 }));
    expect((await p.admin.collection('budget_lines').getOne(line.id))['budget']).toBe(540_000);
    expect((await p.admin.collection('budget_reports').getOne(jan.id))['status']).toBe('approved');
  });
});

describe('status board', () => {
  it("shows per university which tambons submitted, are late, await approval or are approved", async () => {
    const staff = await p.login('staff.cu@otou.demo');
    const cu = (await p.caller(staff).auth.me()).placement.universityId!;
    const board = await p.caller(staff, 'th', new Date('2021-03-05T03:00:00Z')).budget.rollup.statusBoard({ periodId: PERIOD, month: 2, universityId: cu });
    const statuses = Object.fromEntries(board.universities[0]!.tambons.map((t) => [t.code, t.status]));
    expect(statuses).toEqual({ '190204': 'approved', '190205': 'late', '190206': 'late' });
    expect(board.totals).toMatchObject({ approved: 1, late: 2 });
    expect(board.networks).toEqual([]);

    // The central office sees every network: Upper Central has Huai Haeng and the test tambon approved.
    const national = await p.caller(central, 'th', new Date('2021-03-05T03:00:00Z')).budget.rollup.statusBoard({ periodId: PERIOD, month: 2 });
    expect(national.networks.find((n) => n.code === 'UC')!.counts).toMatchObject({ approved: 2, late: 4 });
    expect(national.totals).toMatchObject({ approved: 2, late: 12, awaitingApproval: 0 });
    expect(national.universities.every((u) => u.tambons.length === 0)).toBe(true);
  });
});

describe('running totals', () => {
  it('after every change above, the national roll-up equals the records added up afresh', async () => {
    const [lines, reports, instalments] = await Promise.all([
      p.admin.collection('budget_lines').getFullList({ filter: `period = "${PERIOD}"` }),
      p.admin.collection('budget_reports').getFullList({ filter: `period = "${PERIOD}" && status = "approved"` }),
      p.admin.collection('budget_instalments').getFullList({ filter: `period = "${PERIOD}" && received_on != ""` }),
    ]);
    const budget = lines.reduce((a, l) => a + Number(l['budget']), 0);
    const plan = lines.reduce((a, l) => a + (l['plan'] as number[]).reduce((x, y) => x + y, 0), 0);
    const actual = reports.reduce((a, r) => a + Object.values(r['actuals'] as Record<string, number>).reduce((x, y) => x + y, 0), 0);
    const nat = await p.caller(central).budget.rollup.byLevel({ target: { level: 'national' }, periodId: PERIOD, asOf: 12 });
    expect(rowOf(nat.report, 'total')).toMatchObject({ budget, planToDate: plan, actualToDate: actual });
    expect(nat.money.received).toBe(instalments.reduce((a, i) => a + Number(i['amount']), 0));
  });
});

describe('programme periods', () => {
  it('the central office adds a period and makes it active; the old one stops being active in the same step', async () => {
    const asStaff = p.caller(planner);
    expect((await err(asStaff.budget.period.save({ code: '2565', name_th: 'ปี 2565', name_en: '2565', firstYear: 2022, firstMonth: 1, months: 12, active: true }))).code).toBe('FORBIDDEN');
    const bad = await err(p.caller(central).budget.period.save({ code: '25 65', name_th: '', name_en: 'x', firstYear: 2022, firstMonth: 1, months: 40, active: true }));
    expect(thai(bad).fieldErrors).toMatchObject({ code: [expect.stringContaining('รหัสช่วงโครงการ')], name_th: ['กรุณาตั้งชื่อช่วงโครงการ'], months: [expect.stringContaining('ช่วงโครงการต้องยาว 1 ถึง 36 เดือน')] });
    await p.caller(central).budget.period.save({ code: '2565', name_th: 'โครงการปี 2565', name_en: 'Programme 2565', firstYear: 2022, firstMonth: 1, months: 12, active: true });
    const periods = await asStaff.budget.period.list();
    expect(periods.filter((x) => x.active).map((x) => x.code)).toEqual(['2565']);
    // Back to the demo period for the tests that follow.
    const demo = periods.find((x) => x.code === DEMO_PERIOD_CODE)!;
    await p.caller(central).budget.period.save({ id: demo.id, version: demo.version, code: demo.code, name_th: demo.name_th, name_en: demo.name_en, firstYear: demo.firstYear, firstMonth: demo.firstMonth, months: demo.months, active: true });
    expect((await asStaff.budget.period.list()).filter((x) => x.active).map((x) => x.code)).toEqual([DEMO_PERIOD_CODE]);
  });

  it('adding a period leaves the active one alone unless making it active is asked for', async () => {
    await p.caller(central).budget.period.save({ code: '2566', name_th: 'โครงการปี 2566', name_en: 'Programme 2566', firstYear: 2023, firstMonth: 1, months: 12, active: false });
    const periods = await p.caller(central).budget.period.list();
    expect(periods.map((x) => x.code)).toContain('2566');
    expect(periods.filter((x) => x.active).map((x) => x.code)).toEqual([DEMO_PERIOD_CODE]);
    const missing = await err(p.caller(central).budget.period.save({ code: '2567', name_th: 'ปี 2567', name_en: '2567', firstYear: 2024, firstMonth: 1, months: 12 } as never));
    expect(thai(missing).fieldErrors['active']).toEqual(['กรุณาเลือกว่าจะให้ช่วงโครงการนี้เป็นช่วงที่ใช้งานอยู่หรือไม่']);
  });
});

describe('instalments', () => {
  it('the central office records the second instalment for a university; received grows by half of each budget', async () => {
    const staff = await p.login('staff.cu@otou.demo');
    const cu = (await p.caller(staff).auth.me()).placement.universityId!;
    const before = await p.caller(central).budget.rollup.byLevel({ target: { level: 'university', id: cu }, periodId: PERIOD });
    expect((await err(p.caller(staff).budget.instalment.record({ target: { level: 'university', id: cu }, periodId: PERIOD, number: 2, receivedOn: '2021-07-15' }))).code).toBe('FORBIDDEN');
    const r = await p.caller(central).budget.instalment.record({ target: { level: 'university', id: cu }, periodId: PERIOD, number: 2, receivedOn: '2021-07-15' });
    expect(r.tambons).toBe(3);
    const after = await p.caller(central).budget.rollup.byLevel({ target: { level: 'university', id: cu }, periodId: PERIOD });
    expect(after.money.received - before.money.received).toBe(3 * 3_483_000 / 2);
    const huai = await p.caller(staff).budget.report.byTambon({ tambonId: tambonId('190204'), periodId: PERIOD });
    expect(huai.instalments.map((i) => [i.number, i.amount, Boolean(i.receivedOn)])).toEqual([[1, 1_741_500, true], [2, 1_741_500, true]]);
    expect(huai.money.received).toBe(3_483_000);
  });
});

describe('the demo as a new user finds it', () => {
  it("names Huai Haeng in English for an English reader, in the report, the status board and the download", async () => {
    const staff = await p.login('staff.cu@otou.demo');
    const huai = await p.caller(staff, 'en').budget.report.byTambon({ tambonId: tambonId('190204'), periodId: PERIOD });
    expect(huai.tambon).toMatchObject({ name_th: 'ห้วยแห้ง', name_en: 'Huai Haeng', district_th: 'แก่งคอย', district_en: 'Kaeng Khoi', province_th: 'สระบุรี', province_en: 'Saraburi' });
    const board = await p.caller(staff, 'en', IN_FEB_WINDOW).budget.rollup.statusBoard({ periodId: PERIOD, universityId: huai.tambon.university.id });
    expect(board.universities[0]!.tambons.find((t) => t.code === '190204')).toMatchObject({ name_en: 'Huai Haeng', district_en: 'Kaeng Khoi' });
    const csv = await p.caller(staff, 'en', IN_FEB_WINDOW).budget.report.export({ target: { level: 'tambon', id: huai.tambon.id }, periodId: PERIOD, format: 'csv' });
    expect(Buffer.from(csv.base64, 'base64').toString('utf8')).toContain('Jan 2564');
    const xlsx = await p.caller(staff, 'en', IN_FEB_WINDOW).budget.report.export({ target: { level: 'tambon', id: huai.tambon.id }, periodId: PERIOD, format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getCell(1, 1).value).toBe('Tambon Huai Haeng, Kaeng Khoi District, Saraburi Province');
    const coordinator = await p.login('coordinator.huaihaeng@otou.demo');
    expect((await p.caller(coordinator, 'en').auth.me()).places.tambon).toMatchObject({ name_en: 'Huai Haeng', district_en: 'Kaeng Khoi', province_en: 'Saraburi' });
  });

  it("shows Huai Haeng's approved January and February in its history: who set the plan, who submitted, who approved", async () => {
    const staff = await p.login('staff.cu@otou.demo');
    const history = await p.caller(staff).budget.report.history({ tambonId: tambonId('190204'), periodId: PERIOD });
    const line = (h: (typeof history)[number]) => `${h.month}:${h.action}:${h.byName}`;
    expect(history.map(line)).toEqual(
      expect.arrayContaining(['0:plan:ปริญญา จุฬาฯ', '1:submit:ปริญญา จุฬาฯ', '1:approve:สุรชัย ผู้อนุมัติ จุฬาฯ', '2:submit:ปริญญา จุฬาฯ', '2:approve:สุรชัย ผู้อนุมัติ จุฬาฯ', '0:instalment:สมชาย ส่วนกลาง']),
    );
    // Newest first: February's approval heads the list.
    expect(line(history.find((h) => h.month > 0)!)).toBe('2:approve:สุรชัย ผู้อนุมัติ จุฬาฯ');
    // Times reach the browser as ISO 8601.
    for (const h of history) expect(h.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const report = await p.caller(staff).budget.report.byTambon({ tambonId: tambonId('190204'), periodId: PERIOD });
    expect(report.instalments[0]!.receivedOn).toBe('2021-01-15T03:00:00.000Z');
  });

  it('leaves a month nobody has reported empty in roll-ups, as the tambon report does, instead of 0', async () => {
    const APRIL = new Date('2021-04-30T03:00:00Z');
    const tu = await p.admin.collection('universities').getFirstListItem('code = "TU"');
    const asCentral = p.caller(central, 'th', APRIL);
    // TU has approved nothing: every month up to April is empty, not 0.
    const uni = await asCentral.budget.rollup.byLevel({ target: { level: 'university', id: tu.id }, periodId: PERIOD });
    expect(uni.asOf).toBe(4);
    expect(rowOf(uni.report, 'total').actual.slice(0, 4)).toEqual([null, null, null, null]);
    expect(rowOf(uni.report, '1.1').actual.slice(0, 4)).toEqual([null, null, null, null]);
    const tambon = await asCentral.budget.report.byTambon({ tambonId: tambonId('130201'), periodId: PERIOD });
    expect(rowOf(tambon.report, 'total').actual.slice(0, 4)).toEqual([null, null, null, null]);
    // Network UC: January and February were approved somewhere in the network, March and April nowhere.
    const net = await asCentral.budget.rollup.byLevel({ target: { level: 'network', id: networkId('UC') }, periodId: PERIOD });
    const total = rowOf(net.report, 'total').actual;
    expect(total[0]).toBeGreaterThan(0);
    expect(total[1]).toBeGreaterThan(0);
    expect(total.slice(2, 4)).toEqual([null, null]);
    const nat = await asCentral.budget.rollup.byLevel({ target: { level: 'national' }, periodId: PERIOD });
    expect(rowOf(nat.report, 'total').actual.slice(2, 4)).toEqual([null, null]);
  });
});
