import { beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../src/errors.ts';
import { tambonId, universityId, userId, DEMO_PASSWORD } from '../src/seed/demo.ts';
import { DEMO_AGENCY, DEMO_SUPERVISOR_EMAIL, DEMO_WORKER_EMAIL } from '../src/seed/employmentDemo.ts';
import { FEB_28, hire, refusal, type Hire } from './employmentFixtures.ts';
import { usePlatform } from './harness.ts';

/**
 * The monthly cycle through the API against a real PocketBase: the worker submits a month's report; the university's
 * staff — or the agency's supervisor for a worker placed with an agency — return it with a reason or accept it, and
 * an accepted report is paid, prorated by calendar days. ตำบลหินซ้อน (190206) has no budget month reported yet.
 */
const p = usePlatform();
const HIN_SON = '190206';
const t: Record<string, string> = {};
const call = (who: string, now = FEB_28, locale: 'th' | 'en' = 'th') => p.caller(t[who]!, locale, now);
const thai = (e: Parameters<typeof describeError>[0]) => describeError(e, 'th');
const events = (contract: string) => p.admin.collection('employment_events').getFullList({ filter: `contract = "${contract}"`, sort: 'created,@rowid' });
const feb = { year: 2021, month: 2 };

let late: Hire;

beforeAll(async () => {
  for (const [who, email] of [
    ['staff', 'staff.cu@otou.demo'],
    ['approver', 'approver.cu@otou.demo'],
    ['staffCmu', 'staff.cmu@otou.demo'],
    ['central', 'central@otou.demo'],
    ['supervisor', DEMO_SUPERVISOR_EMAIL],
    ['demoWorker', DEMO_WORKER_EMAIL],
  ] as const)
    t[who] = await p.login(email);
  // A graduate who started on 10 February: 19 of February's 28 days.
  late = await hire(p, HIN_SON, { type: 'graduate', start: '2021-02-10', end: '2021-12-31', rate: 15_000 });
  t['late'] = late.workerToken;
});

describe('a month from submission to payment', () => {
  it('submit → return with a reason → resubmit → accept: the payment is the rate for the days worked, rounded down to the satang', async () => {
    const empty = await call('late').employment.report.get({ contractId: late.contractId, ...feb });
    expect(empty).toMatchObject({ id: null, status: 'draft', version: 0, problems: [], can: { submit: true, decide: false } });

    const sent = await call('late').employment.report.submit({ contractId: late.contractId, ...feb, version: 0, work: 'สำรวจข้อมูลครัวเรือน 40 หลัง', training: '' });
    expect(sent).toMatchObject({ status: 'submitted', version: 1, work: 'สำรวจข้อมูลครัวเรือน 40 หลัง' });
    // The worker cannot decide their own report; the university's staff can.
    expect((await call('late').employment.report.get({ contractId: late.contractId, ...feb })).can).toEqual({ submit: false, decide: false });
    expect((await call('staff').employment.report.get({ contractId: late.contractId, ...feb })).can.decide).toBe(true);
    const queue = await call('staff').employment.report.queue();
    expect(queue.find((r) => r.id === sent.id)).toMatchObject({ name: `ทดสอบ1 รอบเดือน`, pay: { amount: 10_178.57, days: 19, daysInMonth: 28 }, agency: null });

    const returned = await call('staff').employment.report.return({ reportId: sent.id!, version: 1, reason: 'กรุณาระบุหมู่บ้านที่สำรวจ' });
    expect(returned).toMatchObject({ status: 'returned', returnReason: 'กรุณาระบุหมู่บ้านที่สำรวจ', version: 2 });
    // Returned: the worker sees why and may submit again; it left the staff's queue.
    expect(await call('late').employment.report.get({ contractId: late.contractId, ...feb })).toMatchObject({ status: 'returned', returnReason: 'กรุณาระบุหมู่บ้านที่สำรวจ', can: { submit: true } });
    expect((await call('staff').employment.report.queue()).some((r) => r.id === sent.id)).toBe(false);

    const again = await call('late').employment.report.submit({ contractId: late.contractId, ...feb, version: 2, work: 'สำรวจข้อมูลครัวเรือน 40 หลัง หมู่ 3 และหมู่ 5', training: 'ทักษะดิจิทัล' });
    expect(again).toMatchObject({ status: 'submitted', version: 3 });

    const accepted = await call('staff').employment.report.accept({ reportId: sent.id!, version: 3, evaluation: 'passed' });
    expect(accepted.report).toMatchObject({ status: 'accepted', evaluation: 'passed' });
    // 15,000 × 19 / 28 = 10,178.5714…: rounded down, never up.
    expect(accepted.payment).toMatchObject({ contractId: late.contractId, ...feb, line: '1.2', type: 'graduate', amount: 10_178.57, days: 19, due: '2021-03-02' });
    expect(await call('late').employment.payment.list({ contractId: late.contractId })).toEqual([accepted.payment]);

    // An accepted report is final: it was paid.
    const twice = await refusal(call('staff').employment.report.return({ reportId: sent.id!, version: 4, reason: 'x' }));
    expect(twice.code).toBe('PRECONDITION_FAILED');

    const history = await events(late.contractId);
    expect(history.map((e) => [e['action'], e['by_name'], e['reason']])).toEqual([
      ['report.submit', 'ทดสอบ1 รอบเดือน', ''],
      ['report.return', 'ปริญญา จุฬาฯ', 'กรุณาระบุหมู่บ้านที่สำรวจ'],
      ['report.submit', 'ทดสอบ1 รอบเดือน', ''],
      ['report.accept', 'ปริญญา จุฬาฯ', ''],
    ]);
  });

  it('a month not yet begun or outside the contract is refused at the month, naming it', async () => {
    const march = await refusal(call('late').employment.report.submit({ contractId: late.contractId, year: 2021, month: 3, version: 0, work: 'x' }));
    expect(thai(march).fieldErrors['month']).toEqual(['ยังไม่ถึงเดือน 3/2564 รายงานได้เมื่อเริ่มปฏิบัติงานในเดือนนั้นแล้ว']);
    const january = await refusal(call('late').employment.report.submit({ contractId: late.contractId, year: 2021, month: 1, version: 0, work: 'x' }));
    expect(thai(january).fieldErrors['month']?.[0]).toContain('สัญญาจ้างไม่ครอบคลุมเดือน 1/2564');
  });
});

describe('who may submit and decide', () => {
  it('a worker cannot read or submit another worker’s month, nor see their pay', async () => {
    const demoContract = (await p.admin.collection('employment_contracts').getFirstListItem(`worker = "${userId(DEMO_WORKER_EMAIL)}"`)).id;
    const e = await refusal(call('late').employment.report.submit({ contractId: demoContract, ...feb, version: 0, work: 'ไม่ใช่ของฉัน' }));
    expect(e.code).toBe('NOT_FOUND');
    expect((await refusal(call('late').employment.payment.list({ contractId: demoContract }))).code).toBe('NOT_FOUND');
    expect(await p.admin.collection('employment_reports').getList(1, 1, { filter: `contract = "${demoContract}" && month = 2` }).then((r) => r.totalItems)).toBe(0);
    // Staff of another university, and the central office, do not submit for a worker.
    expect((await refusal(call('staffCmu').employment.report.submit({ contractId: late.contractId, ...feb, version: 4, work: 'x' }))).code).toBe('NOT_FOUND');
    expect((await refusal(call('central').employment.report.submit({ contractId: late.contractId, year: 2021, month: 2, version: 4, work: 'x' }))).message).toBe('employment.report.notWorker');
  });

  it('for a worker placed with an agency, its supervisor decides; the university’s staff and another agency’s supervisor are refused', async () => {
    const other = await p.admin.collection('users').create({ email: 'other.supervisor@cycle.test', password: DEMO_PASSWORD, passwordConfirm: DEMO_PASSWORD, name: 'ผู้ดูแลอื่น', role: 'agency_supervisor', scope: 'university', university: universityId('CU'), verified: true });
    await p.admin.collection('employment_agencies').create({ university: universityId('CU'), network: (await p.admin.collection('universities').getOne(universityId('CU')))['network'], name_th: 'หน่วยงานอื่น', supervisors: [other.id] });
    t['otherSupervisor'] = await p.login('other.supervisor@cycle.test');
    const placed = await hire(p, HIN_SON, { type: 'graduate', start: '2021-02-01', end: '2021-12-31', rate: 15_000, agency: DEMO_AGENCY.id });
    const sent = await p.caller(placed.workerToken, 'th', FEB_28).employment.report.submit({ contractId: placed.contractId, ...feb, version: 0, work: 'บันทึกข้อมูลทะเบียน' });

    expect((await refusal(call('otherSupervisor').employment.report.accept({ reportId: sent.id!, version: 1, evaluation: 'passed' }))).code).toBe('NOT_FOUND');
    expect(await call('otherSupervisor').employment.report.queue()).toEqual([]);
    const staff = await refusal(call('staff').employment.report.accept({ reportId: sent.id!, version: 1, evaluation: 'passed' }));
    expect([staff.code, thai(staff).message]).toEqual(['FORBIDDEN', 'ผู้ถูกจ้างงานนี้ปฏิบัติงานที่หน่วยงานผู้ใช้ ผู้ดูแลจากหน่วยงานผู้ใช้เป็นผู้ตรวจรับและประเมินรายงาน']);
    expect((await call('staff').employment.report.queue()).some((r) => r.id === sent.id)).toBe(false);

    expect((await call('supervisor').employment.report.queue()).map((r) => [r.id, r.agency?.name_th])).toEqual([[sent.id, 'สำนักงานสถิติจังหวัดสระบุรี']]);
    const accepted = await call('supervisor').employment.report.accept({ reportId: sent.id!, version: 1, evaluation: 'passed' });
    expect(accepted.payment).toMatchObject({ amount: 15_000, days: 28 });
    // The university still pays: the payment is its, and its staff see it.
    expect((await call('staff').employment.payment.list({ tambonId: tambonId(HIN_SON) })).some((x) => x.contractId === placed.contractId)).toBe(true);
  });

  it('two people accepting one report at once: one is paid once, the other is told it changed, with the report as it is now', async () => {
    const both = await hire(p, HIN_SON, { type: 'citizen', start: '2021-02-01', end: '2021-12-31', rate: 9_000 });
    const sent = await p.caller(both.workerToken, 'th', FEB_28).employment.report.submit({ contractId: both.contractId, ...feb, version: 0, work: 'ดูแลแปลงผักชุมชน' });
    const outcomes = await Promise.allSettled([
      call('staff').employment.report.accept({ reportId: sent.id!, version: 1, evaluation: 'passed' }),
      call('approver').employment.report.accept({ reportId: sent.id!, version: 1, evaluation: 'failed' }),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as Parameters<typeof describeError>[0]] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const conflict = thai(lost[0]!);
    expect(lost[0]!.code).toBe('CONFLICT');
    // The one told is shown what the other decided, and who.
    const winner = won[0]!.status === 'fulfilled' && outcomes[0]!.status === 'fulfilled' ? { evaluation: 'passed', decidedByName: 'ปริญญา จุฬาฯ' } : { evaluation: 'failed', decidedByName: 'สุรชัย ผู้อนุมัติ จุฬาฯ' };
    expect(conflict.conflict).toMatchObject({ version: 2, current: { status: 'accepted', ...winner } });
    expect((await p.admin.collection('employment_payments').getFullList({ filter: `contract = "${both.contractId}"` })).map((x) => x['amount_satang'])).toEqual([900_000]);
    expect((await events(both.contractId)).filter((e) => e['action'] === 'report.accept')).toHaveLength(1);
  });
});

describe('the certificate of service at its six-month edge', () => {
  it('1 September to 27 February is not six months; on 28 February it is', async () => {
    const six = await hire(p, HIN_SON, { type: 'student', start: '2020-09-01', end: '2021-08-31', rate: 5_000 });
    const place = (await p.admin.collection('employment_contracts').getOne(six.contractId)) as unknown as Record<string, string>;
    for (const [year, month] of [[2020, 9], [2020, 10], [2020, 11], [2020, 12], [2021, 1], [2021, 2]] as const)
      await p.admin.collection('employment_reports').create({ contract: six.contractId, worker: place['worker'], tambon: place['tambon'], university: place['university'], network: place['network'], year, month, work: 'งาน', status: 'accepted', evaluation: 'passed' });

    const before = await p.caller(six.workerToken, 'th', new Date('2021-02-27T03:00:00Z')).employment.certificate.status({ contractId: six.contractId });
    expect(before).toMatchObject({ eligible: false, run: { start: '2020-09-01', end: '2021-02-27' }, canIssue: false });
    expect(before.missing).toEqual(['ปฏิบัติงานต่อเนื่องและผ่านการประเมินตั้งแต่ 1/9/2563 ถึง 27/2/2564 จะครบ 6 เดือนเมื่อปฏิบัติงานถึงวันที่ 28/2/2564 และรายงานทุกเดือนผ่านการประเมิน']);

    const on = await p.caller(six.workerToken, 'th', FEB_28).employment.certificate.status({ contractId: six.contractId });
    expect(on).toMatchObject({ eligible: true, run: { start: '2020-09-01', end: '2021-02-28' }, missing: [] });
    // The university's staff issue it; the worker reads it.
    expect((await call('staff').employment.certificate.status({ contractId: six.contractId })).canIssue).toBe(true);
  });

  it('the demo’s citizen who has served since August is eligible; the demo worker who started in January is told what is missing', async () => {
    const contracts = await p.admin.collection('employment_contracts').getFullList({ filter: `tambon = "${tambonId('190204')}"`, sort: 'start' });
    const first = await call('staff').employment.certificate.status({ contractId: contracts[0]!.id });
    expect(first).toMatchObject({ eligible: true, run: { start: '2020-08-01' } });
    const mine = contracts.find((c) => c['worker'] === userId(DEMO_WORKER_EMAIL))!;
    const status = await call('demoWorker').employment.certificate.status({ contractId: mine.id });
    expect(status.eligible).toBe(false);
    expect(status.missing.join(' ')).toContain('จะครบ 6 เดือนเมื่อปฏิบัติงานถึงวันที่ 30/6/2564');
  });
});
