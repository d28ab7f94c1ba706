import { beforeAll, describe, expect, it } from 'vitest';
import { rowOf, sumBaht, toBaht, EMPLOYMENT_LINES, type EmploymentLine } from '@otou/domain';
import { describeError } from '../src/errors.ts';
import { periodId, DEMO_PERIOD_CODE } from '../src/seed/budgetDemo.ts';
import { networkId, settingId, tambonId, universityId, userId } from '../src/seed/demo.ts';
import { DEMO_WORKER_EMAIL } from '../src/seed/employmentDemo.ts';
import { FEB_28, hire, refusal } from './employmentFixtures.ts';
import { usePlatform } from './harness.ts';

/**
 * Payments are the actuals of budget lines 1.1–1.3 where employment is on: the two modules add up to the same figures,
 * budget saves can't type over them, and pay can't slip into a budget month already submitted or approved.
 */
const p = usePlatform();
const PERIOD = periodId(DEMO_PERIOD_CODE);
const CU_TAMBONS = ['190204', '190205', '190206'];
const t: Record<string, string> = {};
const call = (who: string, now = FEB_28) => p.caller(t[who]!, 'th', now);

/** Σ payments of a tambon's calendar month by line, in baht (summed in satang), straight from the stored rows. */
async function paid(code: string, month: number): Promise<Record<EmploymentLine, number>> {
  const rows = await p.admin.collection('employment_payments').getFullList({ filter: `tambon = "${tambonId(code)}" && year = 2021 && month = ${month}` });
  return Object.fromEntries(EMPLOYMENT_LINES.map((l) => [l, toBaht(rows.filter((r) => r['line'] === l).reduce((s, r) => s + Number(r['amount_satang']), 0))])) as Record<EmploymentLine, number>;
}

/** The budget month's stored 1.x actuals. */
async function budgetLines(code: string, month: number): Promise<Record<EmploymentLine, number>> {
  const row = await p.admin.collection('budget_reports').getFirstListItem(`tambon = "${tambonId(code)}" && period = "${PERIOD}" && month = ${month}`);
  const actuals = row['actuals'] as Record<string, number>;
  return Object.fromEntries(EMPLOYMENT_LINES.map((l) => [l, actuals[l] ?? 0])) as Record<EmploymentLine, number>;
}

/** Every stored budget month of the CU tambons: 1.x must be what the payments of that month add up to. */
async function expectBudgetEqualsPayments() {
  const rows = await p.admin.collection('budget_reports').getFullList({ filter: `period = "${PERIOD}" && tambon.university = "${universityId('CU')}"` });
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) {
    const code = CU_TAMBONS.find((c) => tambonId(c) === r['tambon'])!;
    expect(await budgetLines(code, Number(r['month'])), `${code} month ${r['month']}`).toEqual(await paid(code, Number(r['month'])));
  }
}

beforeAll(async () => {
  for (const [who, email] of [
    ['staff', 'staff.cu@otou.demo'],
    ['approver', 'approver.cu@otou.demo'],
    ['central', 'central@otou.demo'],
    ['worker', DEMO_WORKER_EMAIL],
  ] as const)
    t[who] = await p.login(email);
});

describe('the demo: the budget’s 1.1–1.3 actuals are the employment payments', () => {
  it('Huai Haeng’s January and February are the deck’s figures, and exactly what was paid', async () => {
    expect(await paid('190204', 1)).toEqual({ '1.1': 45_000, '1.2': 150_000, '1.3': 25_000 });
    expect(await paid('190204', 2)).toEqual({ '1.1': 45_000, '1.2': 135_000, '1.3': 25_000 });
    await expectBudgetEqualsPayments();
  });

  it('the budget marks 1.1–1.3 computed where employment is on, and nowhere else', async () => {
    const report = await call('staff').budget.report.byTambon({ tambonId: tambonId('190204'), periodId: PERIOD });
    expect(report.computed).toEqual(['1.1', '1.2', '1.3']);
    await p.admin.collection('module_settings').update(settingId('UN', 'employment'), { enabled: false, version: 0 });
    const cmu = await call('central').budget.report.byTambon({ tambonId: tambonId('500101'), periodId: PERIOD });
    expect(cmu.computed).toEqual([]);
    await p.admin.collection('module_settings').update(settingId('UN', 'employment'), { enabled: true, version: 0 });
  });
});

describe('after accepting reports, both modules add up to the same figures', () => {
  it('Σ payments by line, tambon and month equal the budget actuals 1.x, and the roll-up totals take them in', async () => {
    const hires = [
      await hire(p, '190206', { type: 'citizen', start: '2021-02-01', end: '2021-12-31', rate: 9_000 }),
      await hire(p, '190206', { type: 'graduate', start: '2021-02-15', end: '2021-12-31', rate: 15_000 }),
      await hire(p, '190206', { type: 'student', start: '2021-02-01', end: '2021-12-31', rate: 5_000 }),
      await hire(p, '190205', { type: 'graduate', start: '2021-02-03', end: '2021-12-31', rate: 15_000 }),
    ];
    const sent = await Promise.all(hires.map((h) => p.caller(h.workerToken, 'th', FEB_28).employment.report.submit({ contractId: h.contractId, year: 2021, month: 2, version: 0, work: 'งานประจำเดือน' })));
    // Accepted at once, by two people: each acceptance lands, none loses another's pay from the budget month.
    const accepted = await Promise.all(sent.map((r, i) => call(i % 2 ? 'approver' : 'staff').employment.report.accept({ reportId: r.id!, version: 1, evaluation: 'passed' })));
    for (const a of accepted) expect(a.budget).toMatchObject({ periodId: PERIOD, month: 2 });
    // Hin Son: 9,000 + 15,000 × 14/28 + 5,000; Tha Khlo: its 20 workers' February and 15,000 × 26/28 = 13,928.57.
    expect(await budgetLines('190206', 2)).toEqual({ '1.1': 9_000, '1.2': 7_500, '1.3': 5_000 });
    expect(await budgetLines('190205', 2)).toEqual({ '1.1': 45_000, '1.2': 163_928.57, '1.3': 25_000 });
    await expectBudgetEqualsPayments();

    // The staff report February (other lines typed) and the approver approves: the roll-ups count the pay.
    for (const code of ['190206', '190205']) {
      const month = (await call('staff').budget.report.byTambon({ tambonId: tambonId(code), periodId: PERIOD })).months[1]!;
      await call('staff').budget.month.save({ tambonId: tambonId(code), periodId: PERIOD, month: 2, version: month.version, actuals: { '2.1': 1_000 }, submit: true });
      await call('approver').budget.month.approve({ tambonId: tambonId(code), periodId: PERIOD, month: 2, version: month.version + 1 });
    }
    const uni = await call('central').budget.rollup.byLevel({ target: { level: 'university', id: universityId('CU') }, periodId: PERIOD, asOf: 2 });
    for (const line of EMPLOYMENT_LINES) {
      const byMonth = await Promise.all([1, 2].map(async (m) => sumBaht(await Promise.all(CU_TAMBONS.map(async (c) => (await paid(c, m))[line])))));
      expect(rowOf(uni.report, line).actual.slice(0, 2), line).toEqual(byMonth);
      expect(rowOf(uni.report, line).actualToDate, line).toBe(sumBaht(byMonth));
    }
    const network = await call('central').budget.rollup.byLevel({ target: { level: 'network', id: networkId('UC') }, periodId: PERIOD, asOf: 2 });
    expect(rowOf(network.report, '1').actualToDate).toBe(rowOf(uni.report, '1').actualToDate);
    await expectBudgetEqualsPayments();
  });
});

describe('the budget can’t type over pay, and pay can’t change a month already reported', () => {
  it('a budget save that types 1.x is refused at the field; without it the computed figures stay', async () => {
    const code = '190206';
    const before = await budgetLines(code, 2);
    // Reopen Hin Son's February (approved above) so it can be edited again.
    await call('approver').budget.month.reopen({ tambonId: tambonId(code), periodId: PERIOD, month: 2, reason: 'แก้ไขรายการ 2.1' });
    const month = (await call('staff').budget.report.byTambon({ tambonId: tambonId(code), periodId: PERIOD })).months[1]!;
    const typed = await refusal(call('staff').budget.month.save({ tambonId: tambonId(code), periodId: PERIOD, month: 2, version: month.version, actuals: { '1.2': 999_999, '2.1': 2_000 } }));
    expect(describeError(typed, 'th').fieldErrors['1.2.actual']).toEqual(['รายการนี้คือค่าจ้างที่ตรวจรับแล้วในระบบการจ้างงาน ระบบคำนวณให้ จึงพิมพ์แก้ไม่ได้']);
    expect(await budgetLines(code, 2)).toEqual(before);
    // The figure the form shows may come back unchanged; the other lines save.
    await call('staff').budget.month.save({ tambonId: tambonId(code), periodId: PERIOD, month: 2, version: month.version, actuals: { '1.2': before['1.2'], '2.1': 2_000 } });
    const saved = (await call('staff').budget.report.byTambon({ tambonId: tambonId(code), periodId: PERIOD })).months[1]!;
    expect(saved.actuals).toEqual({ ...before, '2.1': 2_000 });
  });

  it('accepting pay into an approved budget month is refused, naming the fix; once reopened, the pay lands', async () => {
    const mine = (await p.admin.collection('employment_contracts').getFirstListItem(`worker = "${userId(DEMO_WORKER_EMAIL)}"`)).id;
    const sent = await call('worker').employment.report.submit({ contractId: mine, year: 2021, month: 2, version: 0, work: 'ช่วยจัดทำข้อมูลชุมชน' });
    const e = await refusal(call('staff').employment.report.accept({ reportId: sent.id!, version: 1, evaluation: 'passed' }));
    expect(e.code).toBe('PRECONDITION_FAILED');
    expect(describeError(e, 'th').message).toBe(
      'รายงานงบประมาณของตำบลเดือน 2/2564 ส่งหรืออนุมัติแล้ว ค่าจ้างเดือนนี้จึงยังลงเป็นผลการใช้จ่ายรายการ 1.1–1.3 ไม่ได้ กรุณาให้ผู้อนุมัติงบประมาณเปิดรายงานเดือน 2/2564 ให้แก้ไขก่อน แล้วตรวจรับอีกครั้ง',
    );
    // Nothing was written: the report still waits, no payment, the approved month as it was.
    expect((await call('staff').employment.report.get({ contractId: mine, year: 2021, month: 2 })).status).toBe('submitted');
    expect(await p.admin.collection('employment_payments').getList(1, 1, { filter: `contract = "${mine}" && month = 2` }).then((r) => r.totalItems)).toBe(0);
    expect(await budgetLines('190204', 2)).toEqual({ '1.1': 45_000, '1.2': 135_000, '1.3': 25_000 });

    await call('approver').budget.month.reopen({ tambonId: tambonId('190204'), periodId: PERIOD, month: 2, reason: 'รับค่าจ้างเดือนกุมภาพันธ์ที่ยังไม่ตรวจรับ' });
    const accepted = await call('staff').employment.report.accept({ reportId: sent.id!, version: 1, evaluation: 'passed' });
    expect(accepted.budget?.actuals).toEqual({ '1.1': 45_000, '1.2': 150_000, '1.3': 25_000 });
    expect(await budgetLines('190204', 2)).toEqual({ '1.1': 45_000, '1.2': 150_000, '1.3': 25_000 });
    await expectBudgetEqualsPayments();
    // The budget's history says what the pay changed, and who accepted it.
    const history = await call('staff').budget.report.history({ tambonId: tambonId('190204'), periodId: PERIOD });
    expect(history.find((h) => h.action === 'pay' && h.month === 2)).toMatchObject({
      byName: 'ปริญญา จุฬาฯ',
      before: { actuals: { '1.1': 45_000, '1.2': 135_000, '1.3': 25_000 } },
      after: { actuals: { '1.1': 45_000, '1.2': 150_000, '1.3': 25_000 } },
    });
  });
});
