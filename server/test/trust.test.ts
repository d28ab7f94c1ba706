import { beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { ClientResponseError } from 'pocketbase';
import { DECK_PLAN, LEAF_LINES } from '@otou/domain';
import { describeError } from '../src/errors.ts';
import { networkId, tambonId, userId } from '../src/seed/demo.ts';
import { periodId, reportId, DEMO_PERIOD_CODE } from '../src/seed/budgetDemo.ts';
import { usePlatform } from './harness.ts';

/**
 * Issue 7, findings 1–3: nothing is written around the server's checks, the audit trail names the real actor, and a
 * second writer is told about the first instead of silently overwriting it.
 */
const p = usePlatform();
const PERIOD = periodId(DEMO_PERIOD_CODE);
const HUAI_HAENG = tambonId('190204');
const THA_KHLO = tambonId('190205');
const HIN_SON = tambonId('190206');
const IN_FEB_WINDOW = new Date('2021-02-28T03:00:00Z');
const IN_MAR_WINDOW = new Date('2021-03-31T03:00:00Z');

const outcome = (promise: Promise<unknown>) => promise.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
const refusedByPocketBase = async (promise: Promise<unknown>) => {
  const r = await outcome(promise);
  expect(r.ok, 'PocketBase should have refused this write').toBe(false);
  if (!r.ok) expect(r.error).toBeInstanceOf(ClientResponseError);
};
const trpcError = async (promise: Promise<unknown>) => {
  const r = await outcome(promise);
  expect(r.ok, 'the server should have refused this call').toBe(false);
  expect(r.ok ? null : r.error).toBeInstanceOf(TRPCError);
  return (r.ok ? null : r.error) as TRPCError;
};

/** Every row of the budget collections as the superuser sees them, to prove that a refused write changed nothing. */
async function budgetRows() {
  const out: Record<string, string> = {};
  for (const c of ['budget_periods', 'budget_lines', 'budget_reports', 'budget_events', 'budget_instalments', 'module_settings', 'users'])
    out[c] = JSON.stringify(await p.admin.collection(c).getFullList({ sort: 'id' }));
  return out;
}

let staff: string;
let approver: string;
let central: string;
let coordinator: string;
beforeAll(async () => {
  const tokens = await Promise.all(['staff.cu@otou.demo', 'approver.cu@otou.demo', 'central@otou.demo', 'coordinator.huaihaeng@otou.demo'].map((e) => p.login(e)));
  [staff, approver, central, coordinator] = tokens as [string, string, string, string];
});

describe('finding 1: the audit trail is written only by the server, naming the real actor', () => {
  it('a token sent straight to PocketBase cannot add a history row, not even signed with its own id', async () => {
    const before = await budgetRows();
    const asStaff = p.rest(staff);
    for (const body of [
      { tambon: HUAI_HAENG, period: PERIOD, month: 4, action: 'approve', by: userId('approver.cu@otou.demo'), by_name: 'สุรชัย ผู้อนุมัติ จุฬาฯ', reason: '' },
      { tambon: HUAI_HAENG, period: PERIOD, month: 4, action: 'approve', by: userId('staff.cu@otou.demo'), by_name: 'ผู้อำนวยการ', reason: '' },
      { tambon: HUAI_HAENG, period: PERIOD, month: 0, action: 'instalment', by: userId('staff.cu@otou.demo'), by_name: 'x' },
    ])
      await refusedByPocketBase(asStaff.collection('budget_events').create(body));
    const history = await p.caller(staff).budget.report.history({ tambonId: HUAI_HAENG, periodId: PERIOD });
    expect(history.filter((h) => h.month === 4)).toEqual([]);
    expect(await budgetRows()).toEqual(before);
  });

  it('a user cannot rename themselves to appear in the history as someone else; their language they may change', async () => {
    const asStaff = p.rest(staff);
    await refusedByPocketBase(asStaff.collection('users').update(userId('staff.cu@otou.demo'), { name: 'สมชาย ส่วนกลาง' }));
    expect((await p.admin.collection('users').getOne(userId('staff.cu@otou.demo')))['name']).toBe('ปริญญา จุฬาฯ');
    await p.caller(staff).auth.setLanguage({ language: 'en' });
    expect((await p.admin.collection('users').getOne(userId('staff.cu@otou.demo')))['language']).toBe('en');
    await p.caller(staff).auth.setLanguage({ language: 'th' });
  });
});

describe('finding 2: the workflow cannot be walked around', () => {
  it('straight against PocketBase, no budget record can be created, changed or deleted by any user', async () => {
    const before = await budgetRows();
    const asStaff = p.rest(staff);
    const asApprover = p.rest(approver);
    const staffId = userId('staff.cu@otou.demo');
    const report = (month: number, actuals: Record<string, unknown>) => ({ tambon: HIN_SON, period: PERIOD, month, status: 'submitted', submitted_by: staffId, actuals });
    // A submitted report out of its window, month 36 of a 12-month period, negative, huge, and keys that are no line.
    for (const body of [report(11, { '2.4': 1 }), report(36, { '2.4': 1 }), report(3, { '2.4': -5 }), report(4, { '2.4': 99_999_999 }), report(5, { '9.9': 1, __proto__: 1 })])
      await refusedByPocketBase(asStaff.collection('budget_reports').create(body));
    const line = await p.admin.collection('budget_lines').getFirstListItem(p.admin.filter('tambon = {:t} && line = "1.1"', { t: HIN_SON }));
    await refusedByPocketBase(asStaff.collection('budget_lines').update(line.id, { plan: [999_999_999, -5, 'abc'] }));
    await refusedByPocketBase(asStaff.collection('budget_lines').delete(line.id));
    // The approver of Huai Haeng's January reopens it with no reason and no history row.
    const jan = await p.admin.collection('budget_reports').getOne(reportId(HUAI_HAENG, PERIOD, 1));
    await refusedByPocketBase(asApprover.collection('budget_reports').update(jan.id, { status: 'draft', reopened: true }));
    // Not even the central office writes around the server.
    const asCentral = p.rest(central);
    await refusedByPocketBase(asCentral.collection('budget_instalments').create({ tambon: HIN_SON, period: PERIOD, number: 2, amount: 1, received_on: '2021-03-01 00:00:00Z' }));
    await refusedByPocketBase(asCentral.collection('budget_periods').update(PERIOD, { months: 36 }));
    await refusedByPocketBase(asCentral.collection('budget_reports').update(jan.id, { late_until: '2030-01-01 00:00:00Z', late_by: userId('central@otou.demo') }));
    await refusedByPocketBase(p.rest(await p.login('network.uc@otou.demo')).collection('module_settings').create({ network: networkId('UC'), module: 'budget', enabled: false, changed_by: userId('network.uc@otou.demo') }));
    expect(await budgetRows()).toEqual(before);
  });

  it('approve re-validates what it approves: a report that slipped past the checks is refused, a sound one approved', async () => {
    // Reports as they could have been written straight to PocketBase before this fix (planted here by the superuser).
    const staffId = userId('staff.cu@otou.demo');
    const plant = (month: number, actuals: Record<string, number>, submittedAt: string) =>
      p.admin.collection('budget_reports').create({ id: reportId(HIN_SON, PERIOD, month), tambon: HIN_SON, period: PERIOD, month, status: 'submitted', submitted_by: staffId, submitted_at: submittedAt, actuals, remarks: {} });
    await plant(6, { '2.4': 1_000 }, '2021-01-10 03:00:00.000Z'); // submitted months before June's window opened
    await plant(7, { '2.4': -5 }, '2021-07-30 03:00:00.000Z');
    await plant(8, { '2.4': 99_999_999 }, '2021-08-30 03:00:00.000Z');
    await plant(9, { '9.9': 1_000 }, '2021-09-29 03:00:00.000Z');
    await plant(12, { '2.4': 1_000 }, '2021-12-30 03:00:00.000Z');
    await p.admin.collection('budget_reports').create({ tambon: HIN_SON, period: PERIOD, month: 36, status: 'submitted', submitted_by: staffId, submitted_at: '2021-12-30 03:00:00.000Z', actuals: { '2.4': 1 }, remarks: {} });
    const approve = (month: number) => p.caller(approver, 'en', new Date('2022-01-05T03:00:00Z')).budget.month.approve({ tambonId: HIN_SON, periodId: PERIOD, month, version: 1 });
    for (const month of [6, 7, 8, 9, 36]) {
      const e = await trpcError(approve(month));
      expect(['PRECONDITION_FAILED', 'BAD_REQUEST'], `month ${month}`).toContain(e.code);
      expect(describeError(e, 'en').message, `month ${month}`).not.toMatch(/validation|invalid|undefined|expected/i);
    }
    const statuses = await p.admin.collection('budget_reports').getFullList({ filter: p.admin.filter('tambon = {:t} && month >= 6', { t: HIN_SON }), sort: 'month' });
    expect(statuses.map((r) => [r['month'], r['status']])).toEqual([[6, 'submitted'], [7, 'submitted'], [8, 'submitted'], [9, 'submitted'], [12, 'submitted'], [36, 'submitted']]);
    await approve(12);
    expect((await p.admin.collection('budget_reports').getOne(reportId(HIN_SON, PERIOD, 12)))['status']).toBe('approved');
  });

  it('reopen without a reason is refused; with one it always writes its history row, with before and after', async () => {
    const reopen = (reason: string) => p.caller(approver, 'th', new Date('2022-01-06T03:00:00Z')).budget.month.reopen({ tambonId: HIN_SON, periodId: PERIOD, month: 12, reason });
    const e = await trpcError(reopen('   '));
    expect(describeError(e, 'th').fieldErrors['reason']).toEqual(['กรุณาระบุเหตุผล']);
    expect((await p.admin.collection('budget_reports').getOne(reportId(HIN_SON, PERIOD, 12)))['status']).toBe('approved');
    await reopen('ใบเสร็จผิด');
    const history = await p.caller(approver).budget.report.history({ tambonId: HIN_SON, periodId: PERIOD });
    expect(history.filter((h) => h.month === 12).map((h) => [h.action, h.byName, h.reason])).toEqual([
      ['reopen', 'สุรชัย ผู้อนุมัติ จุฬาฯ', 'ใบเสร็จผิด'],
      ['approve', 'สุรชัย ผู้อนุมัติ จุฬาฯ', ''],
    ]);
    expect(history.find((h) => h.month === 12 && h.action === 'reopen')).toMatchObject({ before: { status: 'approved' }, after: { status: 'draft' } });
  });
});

describe('finding 3: no lost update', () => {
  // ตำบลท่าคล้อ's February pay in the employment demo: budget lines 1.1–1.3, kept as computed by every save.
  const PAID = { '1.1': 45_000, '1.2': 150_000, '1.3': 25_000 };
  const monthOf = async (token: string, month: number, at: Date, tambon = THA_KHLO) =>
    (await p.caller(token, 'th', at).budget.report.byTambon({ tambonId: tambon, periodId: PERIOD })).months[month - 1]!;

  it('20 rounds of two people saving the same month at once: one is saved, the other told CONFLICT with the current values', async () => {
    const wins: number[] = [];
    for (let round = 1; round <= 20; round++) {
      const { version } = await monthOf(staff, 2, IN_FEB_WINDOW);
      const amounts = [1_000 + round * 10 + 1, 1_000 + round * 10 + 2];
      const results = await Promise.all(
        [staff, approver].map((token, i) =>
          outcome(p.caller(token, 'en', IN_FEB_WINDOW).budget.month.save({ tambonId: THA_KHLO, periodId: PERIOD, month: 2, version, actuals: { '2.4': amounts[i]! } })),
        ),
      );
      const saved = results.flatMap((r, i) => (r.ok ? [amounts[i]!] : []));
      expect(saved, `round ${round}: exactly one save succeeds`).toHaveLength(1);
      const lost = results.find((r) => !r.ok)!;
      if (lost.ok) throw new Error('unreachable');
      expect(lost.error).toBeInstanceOf(TRPCError);
      const e = lost.error as TRPCError;
      expect(e.code, `round ${round}`).toBe('CONFLICT');
      const shown = describeError(e, 'en');
      expect(shown.message).toMatch(/someone else saved this since you opened it/i);
      expect(shown.conflict).toMatchObject({ version: version + 1, current: { actuals: { ...PAID, '2.4': saved[0] } } });
      expect((await monthOf(staff, 2, IN_FEB_WINDOW)).actuals).toEqual({ ...PAID, '2.4': saved[0] });
      wins.push(saved[0]!);
    }
    // The history lists the 20 saves that happened, and only those.
    const history = await p.caller(staff).budget.report.history({ tambonId: THA_KHLO, periodId: PERIOD });
    const saves = history.filter((h) => h.month === 2 && h.action === 'save').reverse();
    expect(saves.map((h) => (h.after as { actuals: Record<string, number> }).actuals['2.4'])).toEqual(wins);
  });

  it('a save from a stale page is a conflict too, in Thai, and writes nothing', async () => {
    const m = await monthOf(staff, 2, IN_FEB_WINDOW);
    await p.caller(staff, 'th', IN_FEB_WINDOW).budget.month.save({ tambonId: THA_KHLO, periodId: PERIOD, month: 2, version: m.version, actuals: { '2.4': 500 } });
    const e = await trpcError(p.caller(approver, 'th', IN_FEB_WINDOW).budget.month.save({ tambonId: THA_KHLO, periodId: PERIOD, month: 2, version: m.version, actuals: { '2.4': 700 } }));
    expect(e.code).toBe('CONFLICT');
    expect(describeError(e, 'th').message).toContain('มีผู้อื่นบันทึก');
    expect((await monthOf(staff, 2, IN_FEB_WINDOW)).actuals).toEqual({ ...PAID, '2.4': 500 });
  });

  it("the first save of a month that two people start at once ends in one save and one conflict, never 'fields not valid'", async () => {
    for (const month of [3]) {
      const results = await Promise.all(
        [staff, approver].map((token, i) =>
          outcome(p.caller(token, 'en', IN_MAR_WINDOW).budget.month.save({ tambonId: THA_KHLO, periodId: PERIOD, month, version: 0, actuals: { '2.4': 10 + i } })),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const e = results.find((r) => !r.ok) as { error: TRPCError };
      expect(e.error.code).toBe('CONFLICT');
      expect(describeError(e.error, 'en').fieldErrors).toEqual({});
    }
  });

  it('two people saving the same plan at once: one saved, the other CONFLICT with the current plan', async () => {
    const report = await p.caller(staff).budget.report.byTambon({ tambonId: THA_KHLO, periodId: PERIOD });
    const line = report.plan.find((l) => l.line === '3.1')!;
    const budgets = [DECK_PLAN['3.1'].budget, DECK_PLAN['3.1'].budget];
    const plans = [[...line.plan].reverse(), line.plan.map((v, i) => (i === 0 ? v + line.plan[11]! : i === 11 ? 0 : v))];
    const results = await Promise.all(
      [staff, approver].map((token, i) =>
        outcome(p.caller(token).budget.plan.save({ tambonId: THA_KHLO, periodId: PERIOD, lines: [{ line: '3.1', budget: budgets[i]!, plan: plans[i]!, version: line.version }] })),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok) as { error: TRPCError };
    expect(lost.error.code).toBe('CONFLICT');
    const winner = plans[results.findIndex((r) => r.ok)]!;
    const current = describeError(lost.error, 'en').conflict?.current as { lines: { line: string }[] } | undefined;
    expect(current?.lines.find((l) => l.line === '3.1')).toMatchObject({ plan: winner, version: line.version + 1 });
  });

  it('two central admins editing the same period, or two admins the same module switch: one wins, the other hears so', async () => {
    const asCentral = p.caller(central);
    const demo = (await asCentral.budget.period.list()).find((x) => x.code === DEMO_PERIOD_CODE)!;
    const edit = (name_en: string) =>
      outcome(asCentral.budget.period.save({ id: demo.id, version: demo.version, code: demo.code, name_th: demo.name_th, name_en, firstYear: demo.firstYear, firstMonth: demo.firstMonth, months: demo.months, active: true }));
    const periodResults = await Promise.all([edit('A'), edit('B')]);
    expect(periodResults.filter((r) => r.ok)).toHaveLength(1);
    expect(((periodResults.find((r) => !r.ok) as { error: TRPCError }).error).code).toBe('CONFLICT');

    const uc = networkId('UC');
    const row = (await asCentral.registry.matrix()).rows.find((r) => r.network.id === uc)!;
    const asNetwork = p.caller(await p.login('network.uc@otou.demo'));
    const switches = await Promise.all([
      outcome(asCentral.registry.setEnabled({ networkId: uc, module: 'training', enabled: true, version: row.modules.training.version })),
      outcome(asNetwork.registry.setEnabled({ networkId: uc, module: 'training', enabled: false, version: row.modules.training.version })),
    ]);
    expect(switches.filter((r) => r.ok)).toHaveLength(1);
    const lost = (switches.find((r) => !r.ok) as { error: TRPCError }).error;
    expect(lost.code).toBe('CONFLICT');
    const now = (await asCentral.registry.matrix()).rows.find((r) => r.network.id === uc)!.modules.training;
    expect(describeError(lost, 'en').conflict).toMatchObject({ version: now.version, current: { enabled: now.enabled } });
  });

  it('a period code that is taken is named at its field, also when two admins add it at once', async () => {
    const add = (name_en: string) =>
      outcome(p.caller(central, 'en').budget.period.save({ code: '2570', name_th: 'ปี 2570', name_en, firstYear: 2027, firstMonth: 1, months: 12, active: false }));
    const both = await Promise.all([add('A'), add('B')]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    const again = await add('C');
    for (const r of [...both, again].filter((x) => !x.ok) as { error: TRPCError }[])
      expect(describeError(r.error, 'en').fieldErrors).toEqual({ code: ['Code 2570 is already used by another period; choose another'] });
    expect(again.ok).toBe(false);
  });

  it('every save names the version it started from', async () => {
    const e = await trpcError(p.caller(coordinator, 'en', IN_MAR_WINDOW).budget.month.save({ tambonId: HUAI_HAENG, periodId: PERIOD, month: 3, actuals: { '2.4': 1 } } as never));
    expect(e.code).toBe('BAD_REQUEST');
    expect(Object.keys(describeError(e, 'en').fieldErrors)).toEqual(['version']);
    expect(LEAF_LINES).toContain('2.4');
  });
});
