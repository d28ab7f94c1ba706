import { beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { GOAL_CODES, RSI_INDICATORS, USI_INDICATORS, type GoalCode, type TambonForm } from '@otou/domain';
import { describeError } from '../src/errors.ts';
import { networkId, tambonId, universityId } from '../src/seed/demo.ts';
import { demoRoundId } from '../src/seed/assessmentDemo.ts';
import { formFigures } from '../src/services/assessment/forms.ts';
import { formId } from '../src/services/assessment/ids.ts';
import { quarterlyId } from '../src/services/assessment/quarterly.ts';
import { usePlatform } from './harness.ts';

/**
 * The quarterly reports above the tambons, through the API against a real PocketBase: a university's USI report
 * (its staff fill and submit it, the network over it reopens it) and a network's RSI report (its admins; the centre
 * reopens it), each with the 16-goal coverage of the tambons beneath it counted from their forms.
 */
const p = usePlatform();
const BASELINE = demoRoundId('baseline');
const Q1 = demoRoundId('quarterly', 1);
const CU = universityId('CU');
const CMU = universityId('CMU');
const UC = networkId('UC');
const UN = networkId('UN');
const NOW = new Date('2021-02-28T03:00:00Z'); // 28 Feb 2564, 10:00 in Bangkok

const t: Record<string, string> = {};
const call = (who: string, locale: 'th' | 'en' = 'th') => p.caller(t[who]!, locale, NOW);
const err = async (promise: Promise<unknown>) => {
  const e = await promise.then(() => null, (x: unknown) => x);
  expect(e, 'the call should have been refused').toBeInstanceOf(TRPCError);
  return e as TRPCError;
};
const thai = (e: TRPCError) => describeError(e, 'th');
const answered = (codes: readonly { code: string }[], prefix: string) => Object.fromEntries(codes.map((i) => [i.code, `${prefix} ${i.code}`]));
const goal = <T extends { goal: GoalCode }>(rows: T[], g: GoalCode): T => rows.find((r) => r.goal === g)!;
const events = (record: string) => p.admin.collection('assessment_events').getFullList({ filter: `record = "${record}"`, sort: 'created,@rowid' });

beforeAll(async () => {
  for (const [who, email] of [
    ['staff', 'staff.cu@otou.demo'],
    ['approver', 'approver.cu@otou.demo'],
    ['cmu', 'staff.cmu@otou.demo'],
    ['uc', 'network.uc@otou.demo'],
    ['un', 'network.un@otou.demo'],
    ['central', 'central@otou.demo'],
    ['coordinator', 'coordinator.huaihaeng@otou.demo'],
  ] as const)
    t[who] = await p.login(email);
});

describe('USI: a university reports its 14 indicators', () => {
  const id = quarterlyId('usi', CU, BASELINE);

  it('starts as an empty draft its staff may fill, with the coverage of the university’s tambons from their forms', async () => {
    const r = await call('staff').assessment.usi.get({ universityId: CU, roundId: BASELINE });
    expect(r).toMatchObject({ kind: 'usi', status: 'draft', version: 0, report: { indicators: {}, goalNotes: {}, impact: '' }, submittedBy: null, can: { edit: true, submit: true, reopen: false } });
    expect(r.place).toMatchObject({ id: CU, code: 'CU', networkId: UC });
    const tambons = await p.admin.collection('tambons').getFullList({ filter: `university = "${CU}"` });
    // The demo: ตำบลท่าคล้อ approved with 9 goals ✓ (1.7, 1.10, 1.11 only ✗); no other CU tambon has a form yet.
    expect(r.coverage.tambons).toBe(tambons.length);
    expect(r.coverage.counted).toEqual({ approved: 1, provisional: 1 });
    expect(r.coverage.goals.map((g) => g.goal)).toEqual([...GOAL_CODES]);
    expect(goal(r.coverage.goals, '1.1').approved).toEqual({ have: 1, expected: 0, neither: tambons.length - 1 });
    expect(goal(r.coverage.goals, '1.7').approved).toEqual({ have: 0, expected: 1, neither: tambons.length - 1 });
    expect(goal(r.coverage.goals, '1.16').approved).toEqual({ have: 0, expected: 0, neither: tambons.length });
  });

  it('counts a submitted form as provisional only, and a draft on neither basis', async () => {
    const put = async (code: string, status: 'draft' | 'submitted', form: TambonForm) => {
      const tambon = tambonId(code);
      await p.admin.collection('assessment_forms').create({ id: formId(tambon, BASELINE), tambon, university: CU, network: UC, round: BASELINE, status, form, ...formFigures(form), version: 1 });
    };
    await put('190204', 'submitted', { activities: [{ key: 'act1', type: 'a', name: 'สบู่สมุนไพร' }], goals: { act1: { '1.1': 'have', '1.16': 'have', '1.7': 'expected' } }, texts: {}, links: {} });
    await put('190206', 'draft', { activities: [], goals: { covid: { '1.16': 'have' } }, texts: {}, links: {} });
    const { coverage } = await call('uc').assessment.usi.get({ universityId: CU, roundId: BASELINE });
    expect(coverage.counted).toEqual({ approved: 1, provisional: 2 });
    expect(goal(coverage.goals, '1.1').approved.have).toBe(1);
    expect(goal(coverage.goals, '1.1').provisional.have).toBe(2);
    expect(goal(coverage.goals, '1.16').provisional).toEqual({ have: 1, expected: 0, neither: coverage.tambons - 1 });
    // ✗ in one tambon and ✗ in another stays "expected" in both; ✓ anywhere wins over ✗ within a tambon.
    expect(goal(coverage.goals, '1.7').provisional).toEqual({ have: 0, expected: 2, neither: coverage.tambons - 2 });
    // Another round has no forms yet: nothing is counted there.
    const q1 = await call('uc').assessment.usi.get({ universityId: CU, roundId: Q1 });
    expect(q1.coverage.counted).toEqual({ approved: 0, provisional: 0 });
  });

  it('saves a draft with its audit row, and a save from an older version is a conflict showing what is stored', async () => {
    const saved = await call('staff').assessment.usi.save({ universityId: CU, roundId: BASELINE, version: 0, indicators: { '1': '  วิเคราะห์โจทย์ 5 ตำบล  ', '2': '' }, goalNotes: { '1.4': 'สัมมาชีพ 3 กลุ่ม' }, impact: '' });
    expect(saved).toEqual({ status: 'draft', version: 1 });
    const r = await call('approver').assessment.usi.get({ universityId: CU, roundId: BASELINE });
    expect(r).toMatchObject({ version: 1, status: 'draft', report: { indicators: { '1': 'วิเคราะห์โจทย์ 5 ตำบล' }, goalNotes: { '1.4': 'สัมมาชีพ 3 กลุ่ม' }, impact: '' } });
    expect((await events(id)).map((e) => [e['kind'], e['action'], e['by_name'], e['university'], e['network']])).toEqual([['usi', 'save', 'ปริญญา จุฬาฯ', CU, UC]]);

    // The approver opened the page at version 0 too: their save would overwrite, so it is refused with the stored report.
    const stale = await err(call('approver').assessment.usi.save({ universityId: CU, roundId: BASELINE, version: 0, indicators: { '1': 'อีกฉบับ' } }));
    expect(stale.code).toBe('CONFLICT');
    expect(describeError(stale, 'th').conflict).toEqual({ version: 1, current: { indicators: { '1': 'วิเคราะห์โจทย์ 5 ตำบล' }, goalNotes: { '1.4': 'สัมมาชีพ 3 กลุ่ม' }, impact: '', status: 'draft' } });
    expect((await p.admin.collection('assessment_university').getOne(id))['version']).toBe(1);
  });

  it('names bad input at its field, in Thai by default, and writes nothing', async () => {
    const before = await events(id);
    // Submitting needs every indicator answered: the 13 left empty are named.
    const missing = await err(call('staff').assessment.usi.save({ universityId: CU, roundId: BASELINE, version: 1, indicators: { '1': 'ตอบแล้ว' }, submit: true }));
    expect(missing.code).toBe('BAD_REQUEST');
    expect(Object.keys(thai(missing).fieldErrors).sort()).toEqual(USI_INDICATORS.filter((i) => i.code !== '1').map((i) => `indicators.${i.code}`).sort());
    expect(thai(missing).fieldErrors['indicators.2']).toEqual(['กรุณากรอกตัวชี้วัดนี้ก่อนส่งรายงาน']);
    const long = await err(call('staff', 'en').assessment.usi.save({ universityId: CU, roundId: BASELINE, version: 1, indicators: { '3': 'ก'.repeat(2001) } }));
    expect(describeError(long, 'en').fieldErrors['indicators.3']).toEqual(['The text is longer than 2,000 characters; please shorten it']);
    const unknown = await err(call('staff').assessment.usi.save({ universityId: CU, roundId: BASELINE, version: 1, indicators: { '15': 'x' } as never }));
    expect(unknown.code).toBe('BAD_REQUEST');
    expect(await events(id)).toHaveLength(before.length);
    expect((await p.admin.collection('assessment_university').getOne(id))['version']).toBe(1);
  });

  it('is filled only by the university’s own staff and read only over it, through the API and straight against PocketBase', async () => {
    for (const who of ['cmu', 'uc', 'central', 'coordinator'])
      expect((await err(call(who).assessment.usi.save({ universityId: CU, roundId: BASELINE, version: 1, indicators: { '1': 'x' } }))).code, who).toBe('FORBIDDEN');
    for (const who of ['cmu', 'un', 'coordinator']) expect((await err(call(who).assessment.usi.get({ universityId: CU, roundId: BASELINE }))).code, who).toBe('FORBIDDEN');
    const network = await call('uc').assessment.usi.get({ universityId: CU, roundId: BASELINE });
    expect(network.can).toEqual({ edit: false, submit: false, reopen: false });

    // Straight against PocketBase with each person's own token: CMU's staff see nothing, CU's cannot write around the server.
    const cmu = p.rest(t['cmu']!).collection('assessment_university');
    // CMU's staff list their own report (the demo's Q1 draft), never CU's.
    expect((await cmu.getFullList()).map((r) => r['university'])).toEqual([CMU]);
    await expect(cmu.getOne(id)).rejects.toMatchObject({ status: 404 });
    const own = p.rest(t['staff']!).collection('assessment_university');
    expect((await own.getOne(id)).id).toBe(id);
    await expect(own.update(id, { status: 'submitted', version: 2 })).rejects.toMatchObject({ status: expect.any(Number) });
    await expect(own.create({ university: CU, network: UC, round: Q1, status: 'draft', version: 1 })).rejects.toMatchObject({ status: expect.any(Number) });
    await expect(own.delete(id)).rejects.toMatchObject({ status: expect.any(Number) });
    expect((await p.admin.collection('assessment_university').getOne(id))['status']).toBe('draft');
    expect((await p.rest(t['un']!).collection('assessment_university').getFullList()).map((r) => r['university'])).toEqual([CMU]);
    expect((await p.rest(t['uc']!).collection('assessment_university').getFullList()).map((r) => r.id)).toEqual([id]);
    expect(await p.rest(t['coordinator']!).collection('assessment_university').getFullList()).toEqual([]);
  });

  it('submits once answered, is then locked, and only the network over it reopens it, with a reason kept in the audit', async () => {
    const submitted = await call('staff').assessment.usi.save({ universityId: CU, roundId: BASELINE, version: 1, indicators: answered(USI_INDICATORS, 'ผล'), impact: 'รายได้ครัวเรือนเพิ่มขึ้นร้อยละ 5', submit: true });
    expect(submitted).toEqual({ status: 'submitted', version: 2 });
    const r = await call('approver').assessment.usi.get({ universityId: CU, roundId: BASELINE });
    expect(r).toMatchObject({ status: 'submitted', can: { edit: false, submit: false, reopen: false }, submittedBy: { name: 'ปริญญา จุฬาฯ', at: NOW.toISOString() } });
    expect((await call('uc').assessment.usi.get({ universityId: CU, roundId: BASELINE })).can.reopen).toBe(true);

    const locked = await err(call('staff').assessment.usi.save({ universityId: CU, roundId: BASELINE, version: 2, indicators: { '1': 'แก้' } }));
    expect([locked.code, thai(locked).message]).toEqual(['PRECONDITION_FAILED', 'รายงานนี้ส่งแล้ว แก้ไขไม่ได้ หากต้องแก้ กรุณาขอให้ผู้ดูแลเปิดให้แก้ไขอีกครั้ง']);
    for (const who of ['staff', 'un', 'central']) expect((await err(call(who).assessment.usi.reopen({ universityId: CU, roundId: BASELINE, reason: 'แก้ตัวเลข' }))).code, who).toBe('FORBIDDEN');
    const noReason = await err(call('uc').assessment.usi.reopen({ universityId: CU, roundId: BASELINE, reason: '  ' }));
    expect(thai(noReason).fieldErrors['reason']).toEqual(['กรุณาระบุเหตุผลที่เปิดให้แก้ไข']);

    await call('uc').assessment.usi.reopen({ universityId: CU, roundId: BASELINE, reason: 'ตัวชี้วัดที่ 5 ยังไม่ครบ' });
    const reopened = await call('staff').assessment.usi.get({ universityId: CU, roundId: BASELINE });
    expect(reopened).toMatchObject({ status: 'draft', version: 3, can: { edit: true } });
    expect(reopened.report.impact).toBe('รายได้ครัวเรือนเพิ่มขึ้นร้อยละ 5');
    expect((await events(id)).map((e) => [e['action'], e['reason']])).toEqual([['save', ''], ['submit', ''], ['reopen', 'ตัวชี้วัดที่ 5 ยังไม่ครบ']]);
    const again = await err(call('uc').assessment.usi.reopen({ universityId: CU, roundId: BASELINE, reason: 'อีกครั้ง' }));
    expect(again.code).toBe('PRECONDITION_FAILED');
  });

  it('of two people saving a report nobody saved yet at the same moment, one saves and the other gets a conflict', async () => {
    const save = (who: string, text: string) => call(who).assessment.usi.save({ universityId: CU, roundId: Q1, version: 0, indicators: { '1': text } });
    const results = await Promise.allSettled([save('staff', 'ฉบับหนึ่ง'), save('approver', 'ฉบับสอง')]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as TRPCError).code).toBe('CONFLICT');
    const stored = await p.admin.collection('assessment_university').getOne(quarterlyId('usi', CU, Q1));
    expect(stored['version']).toBe(1);
    expect(await events(stored.id)).toHaveLength(1);
  });

  it('staff of another university fill their own', async () => {
    await call('cmu').assessment.usi.save({ universityId: CMU, roundId: BASELINE, version: 0, indicators: { '14': 'สำรวจ COVID-19 ครบทุกตำบล' } });
    const r = await call('un').assessment.usi.get({ universityId: CMU, roundId: BASELINE });
    expect(r.report.indicators).toEqual({ '14': 'สำรวจ COVID-19 ครบทุกตำบล' });
    // The CMU tambon's baseline is submitted, not approved: provisional only.
    expect(r.coverage.counted).toEqual({ approved: 0, provisional: 1 });
    // The demo's Q1 draft, saved by CMU's staff, is theirs to go on with from version 1.
    expect(await call('cmu').assessment.usi.get({ universityId: CMU, roundId: Q1 })).toMatchObject({ status: 'draft', version: 1, can: { edit: true }, report: { indicators: { '14': 'สำรวจการเฝ้าระวัง COVID-19 ครบทั้ง 2 ตำบล' } } });
  });
});

describe('RSI: a network reports its 4 indicators', () => {
  const id = quarterlyId('rsi', UC, BASELINE);

  it('its admins fill and submit it with the coverage of all the network’s tambons; the centre reopens it', async () => {
    const first = await call('uc').assessment.rsi.get({ networkId: UC, roundId: BASELINE });
    const tambons = await p.admin.collection('tambons').getFullList({ filter: `university.network = "${UC}"` });
    expect(first).toMatchObject({ kind: 'rsi', status: 'draft', version: 0, can: { edit: true, submit: true, reopen: false }, place: { id: UC, networkId: UC } });
    expect(first.coverage.tambons).toBe(tambons.length);
    // ท่าคล้อ approved, ห้วยแห้ง submitted (this file's seed), the CU draft never counted.
    expect(first.coverage.counted).toEqual({ approved: 1, provisional: 2 });

    const missing = await err(call('uc').assessment.rsi.save({ networkId: UC, roundId: BASELINE, version: 0, indicators: { '1': 'x' }, submit: true }));
    expect(Object.keys(thai(missing).fieldErrors).sort()).toEqual(['indicators.2', 'indicators.3', 'indicators.4']);
    await call('uc').assessment.rsi.save({ networkId: UC, roundId: BASELINE, version: 0, indicators: answered(RSI_INDICATORS, 'สังเคราะห์'), goalNotes: { '1.12': 'ระบบสุขภาพ' }, impact: 'ข้อเสนอเชิงนโยบาย 2 ฉบับ', submit: true });
    expect(await call('central').assessment.rsi.get({ networkId: UC, roundId: BASELINE })).toMatchObject({ status: 'submitted', version: 1, can: { edit: false, reopen: true } });

    for (const who of ['un', 'staff']) expect((await err(call(who).assessment.rsi.save({ networkId: UC, roundId: BASELINE, version: 1, indicators: {} }))).code, who).toBe('FORBIDDEN');
    for (const who of ['staff', 'un', 'cmu', 'coordinator']) expect((await err(call(who).assessment.rsi.get({ networkId: UC, roundId: BASELINE }))).code, who).toBe('FORBIDDEN');
    // The network's own admin submitted it; only the centre reopens.
    expect((await err(call('uc').assessment.rsi.reopen({ networkId: UC, roundId: BASELINE, reason: 'แก้' }))).code).toBe('FORBIDDEN');
    await call('central').assessment.rsi.reopen({ networkId: UC, roundId: BASELINE, reason: 'ขอข้อมูล COVID-19 เพิ่ม' });
    expect((await call('uc').assessment.rsi.get({ networkId: UC, roundId: BASELINE })).status).toBe('draft');
    expect((await events(id)).map((e) => [e['kind'], e['action'], e['network'], e['university']])).toEqual([
      ['rsi', 'submit', UC, ''],
      ['rsi', 'reopen', UC, ''],
    ]);
  });

  it('is read straight from PocketBase by its network and the centre only', async () => {
    expect((await p.rest(t['uc']!).collection('assessment_network').getFullList()).map((r) => r.id)).toEqual([id]);
    expect((await p.rest(t['central']!).collection('assessment_network').getFullList()).map((r) => r.id)).toContain(id);
    expect((await p.rest(t['un']!).collection('assessment_network').getFullList()).map((r) => r['network'])).toEqual([UN]);
    for (const who of ['staff', 'cmu', 'coordinator']) expect(await p.rest(t[who]!).collection('assessment_network').getFullList(), who).toEqual([]);
    await expect(p.rest(t['uc']!).collection('assessment_network').update(id, { status: 'submitted' })).rejects.toMatchObject({ status: expect.any(Number) });
    // The RSI's audit rows are the network's: its university staff do not read them.
    expect(await p.rest(t['staff']!).collection('assessment_events').getFullList({ filter: `record = "${id}"` })).toEqual([]);
    expect(await p.rest(t['uc']!).collection('assessment_events').getFullList({ filter: `record = "${id}"` })).toHaveLength(2);
  });
});
