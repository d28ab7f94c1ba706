import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { DECK_PLAN, LEAF_LINES, rowOf } from '@otou/domain';
import { networkId, tambonId, DEMO_PASSWORD } from '../src/seed/demo.ts';
import { periodId, DEMO_PERIOD_CODE } from '../src/seed/budgetDemo.ts';
import { thaiTambon } from '../src/seed/thaiAreas.ts';
import { usePlatform } from './harness.ts';

const p = usePlatform();
const PERIOD = periodId(DEMO_PERIOD_CODE);
const TAMBON = tambonId('190203');
const IN_JAN_WINDOW = new Date('2021-01-31T03:00:00Z');
const IN_FEB_WINDOW = new Date('2021-02-28T03:00:00Z');
const IN_MAR_WINDOW = new Date('2021-03-31T03:00:00Z');
let uni: string;
let planner: string;
let approver: string;
let central: string;

beforeAll(async () => {
  uni = (await p.admin.collection('universities').create({ code: 'BASIS', name_th: 'มหาวิทยาลัยทดสอบ', name_en: 'Basis University', network: networkId('UC') })).id;
  await p.admin.collection('tambons').create({ id: TAMBON, ...thaiTambon('190203'), university: uni });
  for (const email of ['planner@basis.demo', 'approver@basis.demo']) {
    await p.admin.collection('users').create({ email, password: DEMO_PASSWORD, passwordConfirm: DEMO_PASSWORD, name: email.split('@')[0], role: 'university_staff', scope: 'university', university: uni, verified: true });
  }
  [planner, approver, central] = await Promise.all([p.login('planner@basis.demo'), p.login('approver@basis.demo'), p.login('central@otou.demo')]);
  await p.caller(planner).budget.plan.save({ tambonId: TAMBON, periodId: PERIOD, lines: LEAF_LINES.map((line) => ({ line, budget: DECK_PLAN[line].budget, plan: DECK_PLAN[line].plan, version: 0 })) });
  // January approved; February submitted and awaiting approval; March a draft nobody has submitted.
  const save = (month: number, at: Date, amount: number, submit: boolean) =>
    p.caller(planner, 'th', at).budget.month.save({ tambonId: TAMBON, periodId: PERIOD, month, version: 0, actuals: { '2.1': amount }, submit });
  await save(1, IN_JAN_WINDOW, 150_000, true);
  await p.caller(approver, 'th', IN_JAN_WINDOW).budget.month.approve({ tambonId: TAMBON, periodId: PERIOD, month: 1, version: 1 });
  await save(2, IN_FEB_WINDOW, 79_999, true);
  await save(3, IN_MAR_WINDOW, 5_000, false);
});

const asOfMarch = { periodId: PERIOD, asOf: 3 };

describe('approved and provisional figures, the same way on every page', () => {
  it('the tambon report and the university roll-up agree on each basis and say which months they count', async () => {
    const results = [];
    for (const basis of ['approved', 'provisional'] as const) {
      const tambon = await p.caller(planner, 'en', IN_MAR_WINDOW).budget.report.byTambon({ tambonId: TAMBON, ...asOfMarch, basis });
      const rollup = await p.caller(central, 'en', IN_MAR_WINDOW).budget.rollup.byLevel({ target: { level: 'university', id: uni }, ...asOfMarch, basis });
      expect(rowOf(tambon.report, '2.1').actualToDate).toBe(rowOf(rollup.report, '2.1').actualToDate);
      expect(tambon.counted).toEqual(rollup.counted);
      expect([tambon.basis, rollup.basis]).toEqual([basis, basis]);
      results.push({ basis, actual: rowOf(tambon.report, '2.1').actualToDate, counted: tambon.counted, feb: rowOf(rollup.report, '2.1').actual[1] });
    }
    // The draft of March is counted by neither; February only provisionally.
    expect(results).toEqual([
      { basis: 'approved', actual: 150_000, counted: [1], feb: null },
      { basis: 'provisional', actual: 229_999, counted: [1, 2], feb: 79_999 },
    ]);
  });

  it('the network and national roll-ups add the awaiting month only to provisional figures', async () => {
    const network = (basis: 'approved' | 'provisional') =>
      p.caller(central, 'th', IN_MAR_WINDOW).budget.rollup.byLevel({ target: { level: 'network', id: networkId('UC') }, ...asOfMarch, basis });
    const [approved, provisional] = await Promise.all([network('approved'), network('provisional')]);
    expect(rowOf(provisional.report, '2.1').actualToDate - rowOf(approved.report, '2.1').actualToDate).toBe(79_999);
    const child = (r: typeof approved) => r.children.items.find((c) => c.id === uni)!;
    expect(child(provisional).actualToDate - child(approved).actualToDate).toBe(79_999);
  });

  it('approving the awaiting month moves it from provisional into approved figures, and the files say which they are', async () => {
    await p.caller(approver, 'th', IN_MAR_WINDOW).budget.month.approve({ tambonId: TAMBON, periodId: PERIOD, month: 2, version: 1 });
    const approved = await p.caller(central, 'th', IN_MAR_WINDOW).budget.rollup.byLevel({ target: { level: 'university', id: uni }, ...asOfMarch });
    expect(approved.basis).toBe('approved');
    expect(rowOf(approved.report, '2.1').actualToDate).toBe(229_999);
    const xlsx = await p.caller(planner, 'th', IN_MAR_WINDOW).budget.report.export({ target: { level: 'tambon', id: TAMBON }, ...asOfMarch, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const top = [1, 2, 3].map((r) => sheet.getRow(r).getCell(1).text).join('\n');
    expect(top).toContain('นับเฉพาะเดือนที่อนุมัติแล้ว · เดือนที่นับ: ม.ค. 2564 – ก.พ. 2564');
    expect(xlsx.filename).toBe('budget-190203-2021-03.xlsx');
    const provisional = await p.caller(planner, 'en', IN_MAR_WINDOW).budget.report.export({ target: { level: 'university', id: uni }, ...asOfMarch, basis: 'provisional', format: 'xlsx' });
    expect(provisional.filename).toBe('budget-university-2021-03-provisional.xlsx');
    const book2 = new ExcelJS.Workbook();
    await book2.xlsx.load(Buffer.from(provisional.base64, 'base64') as unknown as ArrayBuffer);
    expect(book2.worksheets[0]!.getRow(2).getCell(1).text).toContain('Provisional: includes months submitted and awaiting approval');
  });
});
