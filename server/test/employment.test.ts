import { beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import ExcelJS from 'exceljs';
import { thaiIdCheckDigit } from '@otou/domain';
import { describeError } from '../src/errors.ts';
import { tambonId } from '../src/seed/demo.ts';
import type { SessionUser } from '@otou/domain';
import { pocketBaseFor, type Actor } from '../src/context.ts';
import { SuperuserSession, SuperuserWrites, type WriteBatch } from '../src/pocketbase/superuserWrites.ts';
import { createContract } from '../src/services/employment/contracts.ts';
import { personId } from '../src/services/employment/ids.ts';
import { usePlatform } from './harness.ts';

/**
 * Hiring end to end against a real PocketBase: one contract per person in the whole country (also when two
 * universities hire at once), eligibility enforced at selection and contract, imports that report every bad row and
 * write nothing, reserve promotion in rank order on a resignation, and a notice shorter than a month refused at its field.
 */
const p = usePlatform();
const HIN_SON = tambonId('190206'); // Chulalongkorn (CU)
const CMU_1 = tambonId('500101'); // Chiang Mai University (CMU)
const CMU_2 = tambonId('500102');
/** 1 Dec 2569 (2026) 10:00 in Bangkok: contracts start next month. */
const DEC_1 = new Date('2026-12-01T03:00:00Z');
const START = '2027-01-01';
const END = '2027-12-31';

const outcome = (promise: Promise<unknown>) => promise.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
const refused = async (promise: Promise<unknown>) => {
  const r = await outcome(promise);
  expect(r.ok, 'the server should have refused this call').toBe(false);
  expect(r.ok ? null : r.error).toBeInstanceOf(TRPCError);
  return (r.ok ? null : r.error) as TRPCError;
};
const en = (e: TRPCError) => describeError(e, 'en');

/** A valid national ID from 12 digits (the 13th is their check digit). */
let serial = 100_000_000;
const nationalId = (first = '1') => {
  const twelve = `${first}${String(serial++).padStart(11, '3')}`.slice(0, 12);
  return `${twelve}${thaiIdCheckDigit(twelve)}`;
};
const residence = (areaCode: string) => ({ areaCode, kind: 'lease' as const, reference: 'L-2569/7', issuedBy: 'ผู้ใหญ่บ้าน หมู่ 3', issuedOn: '2026-10-01' });

let central = '', cu = '', cmu = '', network = '', worker = '';
beforeAll(async () => {
  [central = '', cu = '', cmu = '', network = '', worker = ''] = await Promise.all(['central@otou.demo', 'staff.cu@otou.demo', 'staff.cmu@otou.demo', 'network.uc@otou.demo', 'worker.huaihaeng@otou.demo'].map((e) => p.login(e)));
  // One position of each type in the tambons these tests hire in, so reserves are reached quickly.
  const e = p.caller(central, 'en', DEC_1).employment;
  const period = (await e.positions.get({})).periodId;
  for (const t of [HIN_SON, CMU_1, CMU_2])
    await e.positions.save({ periodId: period, tambonId: t, version: 0, positions: { citizen: { count: 1, rate: 9000 }, graduate: { count: 1, rate: 15000 }, student: { count: 2, rate: 5000 } } });
});

const at = (token: string, now = DEC_1) => p.caller(token, 'en', now).employment;

async function addAndChoose(token: string, tambon: string, code: string, people: { id: string; name: string; area?: string; residence?: string }[], type: 'citizen' | 'graduate' | 'student' = 'citizen') {
  const e = at(token);
  const ids: string[] = [];
  for (const person of people)
    ids.push(
      (
        await e.applicant.add({
          tambonId: tambon,
          nationalId: person.id,
          firstName: person.name,
          lastName: 'ทดสอบ',
          type,
          idCardAreaCode: person.area ?? code,
          residence: person.residence ? residence(person.residence) : null,
          phone: null,
          email: null,
          score: null,
        })
      ).id,
    );
  const list = await e.applicant.list({ tambonId: tambon, type });
  await e.selection.choose({ tambonId: tambon, type, version: list.selection[type].version, order: ids });
  return ids;
}

const contract = (tambonId: string, applicantId: string, type: 'citizen' | 'graduate' | 'student' = 'citizen', rate = 9000) => ({ applicantId, tambonId, type, start: START, end: END, rate, agencyId: null, ndaFileId: null, nda: null });

describe('one active contract per person in the whole country', () => {
  it('a person hired by one university cannot be hired by another over the same days', async () => {
    const id = nationalId();
    const [atCu] = await addAndChoose(cu, HIN_SON, '190206', [{ id, name: 'สมหญิง' }], 'graduate');
    const [atCmu] = await addAndChoose(cmu, CMU_1, '500101', [{ id, name: 'สมหญิง', area: '190206', residence: '500101' }], 'graduate');
    const made = await at(cu).contract.create(contract(HIN_SON, atCu!, 'graduate', 15000));
    expect(made.contract).toMatchObject({ status: 'active', start: START, end: END, rate: 15000, firstName: 'สมหญิง', nationalIdMasked: expect.stringMatching(/^x-xxxx-xxxxx-\d\d-\d$/) });
    expect(made.account.temporaryPassword).toMatch(/^.{12}$/);
    const e = await refused(at(cmu).contract.create(contract(CMU_1, atCmu!, 'graduate', 15000)));
    expect(e.code).toBe('BAD_REQUEST');
    expect(en(e).fieldErrors['applicantId']).toEqual(['This person already has a contract in force (one per person in the whole country) from 1/1/2570 to 31/12/2570']);
    // Nor can they be added as an applicant again anywhere while under contract.
    const again = await refused(
      at(cmu).applicant.add({ tambonId: CMU_2, nationalId: id, firstName: 'สมหญิง', lastName: 'ทดสอบ', type: 'graduate', idCardAreaCode: '500102', residence: null, phone: null, email: null, score: null }),
    );
    expect(Object.keys(en(again).fieldErrors)).toEqual(['nationalId']);
    const rows = await p.admin.collection('employment_contracts').getFullList({ filter: p.admin.filter('person = {:p}', { p: personId(id) }) });
    expect(rows.map((r) => r['university'])).toHaveLength(1);
  });

  it('two universities making a contract for the same person at once: one lands, the other is refused', async () => {
    const id = nationalId();
    const [atCu] = await addAndChoose(cu, HIN_SON, '190206', [{ id, name: 'ชาติชาย' }], 'student');
    const [atCmu] = await addAndChoose(cmu, CMU_1, '500101', [{ id, name: 'ชาติชาย', area: '190206', residence: '500101' }], 'student');
    const both = await Promise.all([outcome(at(cu).contract.create(contract(HIN_SON, atCu!, 'student', 5000))), outcome(at(cmu).contract.create(contract(CMU_1, atCmu!, 'student', 5000)))]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    const loser = both.find((r) => !r.ok)!.error as TRPCError;
    // Both read before either wrote: the person's row version refuses the second (CONFLICT); had one finished first,
    // the second would have found its contract (BAD_REQUEST at applicantId). Either way only one contract exists.
    expect(['CONFLICT', 'BAD_REQUEST']).toContain(loser.code);
    const rows = await p.admin.collection('employment_contracts').getFullList({ filter: p.admin.filter('person = {:p} && status = "active"', { p: personId(id) }) });
    expect(rows).toHaveLength(1);
  });
});

/** Writes as the platform that hold every batch until `n` of them are ready to send: two checks that both passed, then two writes. */
class HeldWrites extends SuperuserWrites {
  private waiting: (() => void)[] = [];
  constructor(
    session: SuperuserSession,
    private readonly n: number,
  ) {
    super(session);
  }
  override batch(): WriteBatch {
    const b = super.batch();
    const send = b.send.bind(b);
    b.send = async () => {
      await new Promise<void>((go) => {
        this.waiting.push(go);
        if (this.waiting.length === this.n) for (const w of this.waiting) w();
      });
      return send();
    };
    return b;
  }
}

describe('one active contract per person, at the same instant', () => {
  it('both universities’ checks pass before either writes: the person’s row version lets one contract land and answers the other CONFLICT', async () => {
    const id = nationalId();
    const [atCu] = await addAndChoose(cu, HIN_SON, '190206', [{ id, name: 'พร้อมกัน' }], 'student');
    const [atCmu] = await addAndChoose(cmu, CMU_2, '500102', [{ id, name: 'พร้อมกัน', area: '190206', residence: '500102' }], 'graduate');
    const writes = new HeldWrites(new SuperuserSession(p.pb.url, p.pb.superuser, 10_000), 2);
    const actor = async (token: string): Promise<Actor> => ({ pb: pocketBaseFor(p.pb.url, token), user: (await p.caller(token).auth.me()) as SessionUser, now: DEC_1, locale: 'en', superuserWrites: writes });
    const both = await Promise.all([
      outcome(createContract(await actor(cu), { ...contract(HIN_SON, atCu!, 'student', 5000) })),
      outcome(createContract(await actor(cmu), { ...contract(CMU_2, atCmu!, 'graduate', 15000) })),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    const loser = both.find((r) => !r.ok)!.error as TRPCError;
    expect([loser.code, en(loser).message]).toEqual(['CONFLICT', expect.any(String)]);
    const rows = await p.admin.collection('employment_contracts').getFullList({ filter: p.admin.filter('person = {:p}', { p: personId(id) }) });
    expect(rows).toHaveLength(1);
    // The loser's applicant is untouched (still chosen): the whole batch was refused, account and all.
    const loserApplicant = both[0]!.ok ? atCmu! : atCu!;
    expect((await p.admin.collection('employment_applicants').getOne(loserApplicant))['status']).toBe('chosen');
  });
});

describe('eligibility', () => {
  it('an applicant outside the tambon without a certified residence cannot be chosen; one not chosen cannot get a contract', async () => {
    const e = at(cmu);
    const outside = (await e.applicant.add({ tambonId: CMU_2, nationalId: nationalId(), firstName: 'นอกพื้นที่', lastName: 'ทดสอบ', type: 'citizen', idCardAreaCode: '190206', residence: null, phone: null, email: null, score: 80 })).id;
    const list = await e.applicant.list({ tambonId: CMU_2, type: 'citizen' });
    const row = list.applicants.find((a) => a.id === outside)!;
    expect(row.eligibility).toEqual({ eligible: false, basis: null, problems: ['The domicile on the ID card is outside the hiring area; a certificate of residence in the hiring area is needed'] });
    expect(row.score).toBe(80);
    const no = await refused(e.selection.choose({ tambonId: CMU_2, type: 'citizen', version: list.selection.citizen.version, order: [outside] }));
    expect(en(no).fieldErrors['order.0']).toEqual(['The applicant ranked 1 is not eligible for this tambon and cannot be chosen']);
    const notChosen = await refused(e.contract.create(contract(CMU_2, outside)));
    expect(en(notChosen).fieldErrors['applicantId']).toEqual([expect.stringMatching(/not eligible/)]);
  });

  it('only the staff of the tambon’s university hire there; the network reads only', async () => {
    const add = { tambonId: HIN_SON, nationalId: nationalId(), firstName: 'ก', lastName: 'ข', type: 'citizen' as const, idCardAreaCode: '190206', residence: null, phone: null, email: null, score: null };
    expect((await refused(at(network).applicant.add(add))).code).toBe('FORBIDDEN');
    expect((await refused(at(cmu).applicant.add(add))).code).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect((await refused(at(worker).applicant.list({ tambonId: HIN_SON }))).code).toBe('FORBIDDEN');
    const list = await at(network).applicant.list({ tambonId: HIN_SON });
    expect(list.applicants.every((a) => /^x-xxxx-xxxxx-/.test(a.nationalIdMasked))).toBe(true);
    const one = list.applicants[0]!;
    expect((await at(network).applicant.get({ id: one.id })).nationalIdWhole).toBe(false);
    const whole = await at(cu).applicant.get({ id: one.id });
    expect(whole.nationalIdWhole).toBe(true);
    expect(whole.nationalId).toMatch(/^\d{13}$/);
    // Straight to PocketBase with the staff's own token, the hidden field never comes back.
    const direct = await p.rest(cu).collection('employment_applicants').getOne(one.id);
    expect(direct['national_id']).toBeUndefined();
    // Nor can a token probe it with a filter (an oracle for guessing IDs): refused or nothing, never a match.
    const probe = await outcome(p.rest(network).collection('employment_applicants').getList(1, 50, { filter: 'national_id != ""' }));
    expect(probe.ok ? (probe.value as { items: unknown[] }).items : []).toEqual([]);
  });
});

async function xlsx(rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ผู้สมัคร');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
const HEADER = ['เลขประจำตัวประชาชน', 'ชื่อ', 'นามสกุล', 'ประเภท', 'รหัสตำบลตามบัตรประชาชน', 'อัตราค่าจ้าง (บาท/เดือน)'];

describe('import', () => {
  it('a file with bad rows reports every one by row, column and reason, and imports nothing', async () => {
    // A person already under contract at Thammasat (hired by the centre), imported at Chiang Mai.
    const held = nationalId();
    const TU_2 = tambonId('130202');
    const [atTu] = await addAndChoose(central, TU_2, '130202', [{ id: held, name: 'มีสัญญา' }], 'student');
    await at(central).contract.create(contract(TU_2, atTu!, 'student', 5000));
    const good = nationalId();
    const badCheck = `${good.slice(0, 12)}${(Number(good[12]) + 1) % 10}`;
    const base64 = await xlsx([
      HEADER,
      [good, 'ดี', 'ทดสอบ', 'ประชาชน', '500102', '๙,๐๐๐'],
      [badCheck, 'เลขผิด', 'ทดสอบ', 'ประชาชน', '500102', ''],
      [held, 'มีสัญญา', 'ทดสอบ', 'นักศึกษา', '500102', ''],
      [nationalId(), { formula: 'HYPERLINK("http://x","y")', result: 'y' }, 'ทดสอบ', 'บัณฑิต', '500102', ''],
      [nationalId(), 'ตัวเลขไทย', 'ทดสอบ', 'ประชาชน', '๕๐๐๑๐๒', '๙,๕๐๐'],
    ]);
    const r = await at(cmu).applicant.import({ tambonId: CMU_2, filename: 'ผู้สมัคร.xlsx', base64, dryRun: false });
    expect(r.imported).toBe(0);
    expect(r.checked).toBe(5);
    expect(r.problems.map((x) => [x.row, x.column, x.message])).toEqual([
      [3, 'เลขประจำตัวประชาชน', 'This national ID is not valid (its last, check digit does not match); check it against the ID card'],
      [4, 'เลขประจำตัวประชาชน', 'This person already has a contract in force (one per person in the whole country)'],
      [5, 'ชื่อ', 'This cell holds a formula; only typed values are taken, so type the value instead'],
      [6, 'อัตราค่าจ้าง (บาท/เดือน)', 'The rate differs from this position’s rate (THB 9,000); leave it empty to use the position’s rate'],
    ]);
    const stored = await p.admin.collection('employment_applicants').getFullList({ filter: p.admin.filter('tambon = {:t} && first_name = "ดี"', { t: CMU_2 }) });
    expect(stored).toHaveLength(0);
  });

  it('a file without a required column is refused at row 1 naming the column', async () => {
    const base64 = await xlsx([HEADER.filter((h) => h !== 'ประเภท'), [nationalId(), 'ก', 'ข', '500102', '']]);
    const r = await at(cmu).applicant.import({ tambonId: CMU_2, filename: 'x.xlsx', base64, dryRun: false });
    expect(r).toMatchObject({ imported: 0, problems: [{ row: 1, column: 'ประเภท', message: 'The file has no column "ประเภท"; use the system’s import template' }] });
  });

  it('a clean file (CSV, Thai digits) is imported whole; importing it again names every row as already applied', async () => {
    const ids = [nationalId(), nationalId()];
    const csv = [HEADER.join(','), `${ids[0]},หนึ่ง,นำเข้า,ประชาชน,500102,"๙,๐๐๐"`, `${ids[1]},สอง,นำเข้า,นักศึกษา,๕๐๐๑๐๒,`].join('\r\n');
    const base64 = Buffer.from(`\uFEFF${csv}`, 'utf8').toString('base64');
    const r = await at(cmu).applicant.import({ tambonId: CMU_2, filename: 'a.csv', base64, dryRun: false });
    expect(r).toEqual({ checked: 2, imported: 2, problems: [] });
    const list = await at(cmu).applicant.list({ tambonId: CMU_2 });
    const imported = list.applicants.filter((a) => a.lastName === 'นำเข้า').map((a) => [a.firstName, a.type, a.eligibility.eligible]);
    expect(imported).toHaveLength(2);
    expect(imported).toEqual(expect.arrayContaining([['หนึ่ง', 'citizen', true], ['สอง', 'student', true]]));
    const again = await at(cmu).applicant.import({ tambonId: CMU_2, filename: 'a.csv', base64, dryRun: false });
    expect(again.problems.map((x) => x.row)).toEqual([2, 3]);
    const template = await at(cmu).applicant.template({});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(template.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(1).getCell(1).value).toBe('National ID');
    // The Thai template, filled in as people do (the ID typed as text in its text column), imports as it is.
    const thai = await p.caller(cmu, 'th', DEC_1).employment.applicant.template({});
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.load(Buffer.from(thai.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = filled.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('เลขประจำตัวประชาชน');
    sheet.addRow([nationalId(), 'จากแบบฟอร์ม', 'นำเข้า', 'บัณฑิต', '500102', '0812345678', '', '75.5']);
    const fromTemplate = await at(cmu).applicant.import({ tambonId: CMU_2, filename: thai.filename, base64: Buffer.from(await filled.xlsx.writeBuffer()).toString('base64'), dryRun: false });
    expect(fromTemplate).toEqual({ checked: 1, imported: 1, problems: [] });
    const added = (await at(cmu).applicant.list({ tambonId: CMU_2, type: 'graduate' })).applicants.find((a) => a.firstName === 'จากแบบฟอร์ม');
    expect(added).toMatchObject({ phone: '0812345678', score: 75.5, status: 'applicant', eligibility: { eligible: true, basis: 'domicile' } });
  });
});

describe('resignation and the reserve', () => {
  it('a notice shorter than a month is refused at the last working day; a good one promotes the next reserve in rank', async () => {
    const people = [nationalId(), nationalId(), nationalId()];
    const [first, second, third] = await addAndChoose(cu, HIN_SON, '190206', [
      { id: people[0]!, name: 'ที่หนึ่ง' },
      { id: people[1]!, name: 'สำรองหนึ่ง' },
      { id: people[2]!, name: 'สำรองสอง' },
    ]);
    const list = await at(cu).applicant.list({ tambonId: HIN_SON, type: 'citizen' });
    const state = (id: string) => list.applicants.find((a) => a.id === id)!;
    expect([state(first!).status, state(second!).status, state(second!).rank, state(third!).status, state(third!).rank]).toEqual(['chosen', 'reserve', 1, 'reserve', 2]);
    const made = await at(cu).contract.create(contract(HIN_SON, first!));
    const c = made.contract;
    const MAR_1 = new Date('2027-03-01T03:00:00Z');
    const short = await refused(at(cu, MAR_1).resignation.record({ contractId: c.id, version: c.version, noticeOn: '2027-03-01', lastWorkingDay: '2027-03-31', reason: '' }));
    expect(en(short).fieldErrors).toEqual({ lastWorkingDay: ['At least one month’s notice is needed: notice given on 1/3/2570 allows a last working day of 1/4/2570 at the earliest'] });
    const r = await at(cu, MAR_1).resignation.record({ contractId: c.id, version: c.version, noticeOn: '2027-03-01', lastWorkingDay: '2027-04-01', reason: 'ย้ายที่อยู่' });
    expect(r.contract).toMatchObject({ status: 'resigned', lastWorkingDay: '2027-04-01' });
    expect(r.promotion).toMatchObject({ kind: 'promoted', applicantId: second, name: 'สำรองหนึ่ง ทดสอบ', start: '2027-04-02', end: END });
    const promoted = await at(cu).contract.get({ id: (r.promotion as { contractId: string }).contractId });
    expect(promoted.contract).toMatchObject({ status: 'active', replaces: c.id, rate: 9000, type: 'citizen' });
    const after = await at(cu).applicant.list({ tambonId: HIN_SON, type: 'citizen' });
    expect(after.applicants.find((a) => a.id === third)).toMatchObject({ status: 'reserve', rank: 2 });
    const history = (await at(cu).contract.get({ id: c.id })).events.map((e) => e.action);
    expect(history).toEqual(['contract', 'resign']);
  });
});

describe('who reads what', () => {
  const signIn = async (email: string, password: string) => (await p.caller(null).auth.login({ email, password })).token;

  it('a worker reads only their own contract, never another worker’s; nobody reads people or whole IDs straight from PocketBase', async () => {
    const [a, b] = await addAndChoose(cmu, CMU_2, '500102', [
      { id: nationalId(), name: 'คนงานเอ' },
      { id: nationalId(), name: 'คนงานบี' },
    ], 'student');
    const first = await at(cmu).contract.create(contract(CMU_2, a!, 'student', 5000));
    const second = await at(cmu).contract.create(contract(CMU_2, b!, 'student', 5000));
    expect(first.account.temporaryPassword).not.toBeNull();
    const tokenA = await signIn(first.account.email, first.account.temporaryPassword!);
    const mine = await at(tokenA).contract.mine();
    expect(mine.map((c) => [c.id, c.tambon?.id, c.agency])).toEqual([[first.contract.id, CMU_2, null]]);
    expect((await at(tokenA).contract.list({})).map((c) => c.id)).toEqual([first.contract.id]);
    expect((await refused(at(tokenA).contract.get({ id: second.contract.id }))).code).toBe('NOT_FOUND');
    const rest = p.rest(tokenA);
    expect((await rest.collection('employment_contracts').getFullList()).map((r) => r.id)).toEqual([first.contract.id]);
    expect(await rest.collection('employment_applicants').getFullList()).toEqual([]);
    expect((await outcome(rest.collection('employment_contracts').getOne(second.contract.id))).ok).toBe(false);
    // The worker sees their own ID only masked; staff of another university cannot open the contract at all.
    expect((await at(tokenA).contract.get({ id: first.contract.id })).nationalIdWhole).toBe(false);
    expect((await refused(at(cu).contract.get({ id: first.contract.id }))).code).toBe('NOT_FOUND');
    const people = await outcome(p.rest(central).collection('employment_people').getFullList());
    expect(people.ok ? (people.value as unknown[]).length : 0).toBe(0);
    // Workers may resign themselves, but not for another worker.
    expect((await refused(at(tokenA).resignation.record({ contractId: second.contract.id, version: second.contract.version, noticeOn: '2027-02-01', lastWorkingDay: '2027-03-31', reason: '' }))).code).toBe('NOT_FOUND');
  });

  it('one sign-in is one person: a worker account holding another person’s contract is not linked by a shared email, not even for a promotion', async () => {
    const TU = tambonId('130201');
    const e = at(central);
    const period = (await e.positions.get({})).periodId;
    await e.positions.save({ periodId: period, tambonId: TU, version: 0, positions: { citizen: { count: 1, rate: 9000 }, graduate: { count: 1, rate: 15000 }, student: { count: 1, rate: 5000 } } });
    const ids: string[] = [];
    for (const name of ['พี่', 'น้อง'])
      ids.push((await e.applicant.add({ tambonId: TU, nationalId: nationalId(), firstName: name, lastName: 'บ้านเดียวกัน', type: 'citizen', idCardAreaCode: '130201', residence: null, phone: null, email: 'family@example.com', score: null })).id);
    const list = await e.applicant.list({ tambonId: TU, type: 'citizen' });
    await e.selection.choose({ tambonId: TU, type: 'citizen', version: list.selection.citizen.version, order: ids });
    const first = await e.contract.create(contract(TU, ids[0]!));
    expect(first.account).toMatchObject({ email: 'family@example.com', temporaryPassword: expect.any(String) });
    // The younger one, first in reserve, would sign in as the elder: the resignation stands, the promotion says why not.
    const MAR_1 = new Date('2027-03-01T03:00:00Z');
    const r = await at(central, MAR_1).resignation.record({ contractId: first.contract.id, version: first.contract.version, noticeOn: '2027-03-01', lastWorkingDay: '2027-04-30', reason: '' });
    expect(r.contract.status).toBe('resigned');
    expect(r.promotion).toEqual({ kind: 'none', message: 'The email family@example.com is another worker’s account; correct the applicant’s email before making the contract' });
    expect((await p.admin.collection('employment_applicants').getOne(ids[1]!))['status']).toBe('reserve');
  });

  it('a worker resigning themself never sees their replacement’s password; the staff issue one, once', async () => {
    const TU = tambonId('130201');
    const e = at(central);
    const now = await e.positions.get({ tambonId: TU });
    await e.positions.save({ periodId: now.periodId, tambonId: TU, version: now.version, positions: { ...now.positions, graduate: { count: 1, rate: 15000 } } });
    const ids: string[] = [];
    for (const name of ['ลาออกเอง', 'ตัวแทน'])
      ids.push((await e.applicant.add({ tambonId: TU, nationalId: nationalId(), firstName: name, lastName: 'บัณฑิต', type: 'graduate', idCardAreaCode: '130201', residence: null, phone: null, email: null, score: null })).id);
    const list = await e.applicant.list({ tambonId: TU, type: 'graduate' });
    await e.selection.choose({ tambonId: TU, type: 'graduate', version: list.selection.graduate.version, order: ids });
    const made = await e.contract.create(contract(TU, ids[0]!, 'graduate', 15000));
    const leaver = await signIn(made.account.email, made.account.temporaryPassword!);
    const MAR_1 = new Date('2027-03-01T03:00:00Z');
    const r = await at(leaver, MAR_1).resignation.record({ contractId: made.contract.id, version: made.contract.version, noticeOn: '2027-03-01', lastWorkingDay: '2027-04-30', reason: 'เรียนต่อ' });
    expect(r.promotion).toMatchObject({ kind: 'promoted', applicantId: ids[1], start: '2027-05-01', account: null });
    const promoted = (r.promotion as { contractId: string }).contractId;
    // The leaver cannot issue one either; staff of another university cannot; a stale version is a conflict.
    expect((await refused(at(leaver).contract.issuePassword({ contractId: promoted, version: 1 }))).code).toBe('NOT_FOUND');
    expect((await refused(at(cmu).contract.issuePassword({ contractId: promoted, version: 1 }))).code).toBe('NOT_FOUND');
    expect((await refused(e.contract.issuePassword({ contractId: promoted, version: 7 }))).code).toBe('CONFLICT');
    const issued = await e.contract.issuePassword({ contractId: promoted, version: 1 });
    const replacement = await signIn(issued.email, issued.temporaryPassword!);
    expect((await at(replacement).contract.mine()).map((c) => c.id)).toEqual([promoted]);
  });

  it('an agency supervisor reads the workers placed with their agency only', async () => {
    const cmuUniversity = (await p.admin.collection('tambons').getOne(CMU_1))['university'] as string;
    const mk = (email: string) =>
      p.admin.collection('users').create({ email, password: 'Supervisor-2569', passwordConfirm: 'Supervisor-2569', name: email, role: 'agency_supervisor', scope: 'university', university: cmuUniversity, verified: true });
    const [one, two] = await Promise.all([mk('sup.one@employment.test'), mk('sup.two@employment.test')]);
    const agencyOne = await at(cmu).agency.save({ name_th: 'หน่วยงานหนึ่ง', requiresNda: false, supervisorIds: [one.id], version: 0, name_en: '', needs: '', workplace: '', qualifications: '' });
    const agencyTwo = await at(central).agency.save({ universityId: cmuUniversity, name_th: 'หน่วยงานสอง', requiresNda: true, supervisorIds: [two.id], version: 0, name_en: '', needs: '', workplace: '', qualifications: '' });
    expect(agencyOne.supervisors).toEqual([{ id: one.id, name: 'sup.one@employment.test' }]);
    expect((await at(cmu).agency.supervisorCandidates({})).map((c) => c.id).sort()).toEqual([one.id, two.id].sort());
    expect((await refused(at(cu).agency.supervisorCandidates({ universityId: cmuUniversity }))).code).toBe('FORBIDDEN');
    // A supervisor must be an agency supervisor of the same university.
    const wrong = await refused(at(cmu).agency.save({ id: agencyOne.id, version: agencyOne.version, name_th: 'หน่วยงานหนึ่ง', requiresNda: false, supervisorIds: [(await p.admin.collection('users').getFirstListItem('email = "agency.cu@otou.demo"')).id], name_en: '', needs: '', workplace: '', qualifications: '' }));
    expect(Object.keys(en(wrong).fieldErrors)).toEqual(['supervisorIds.0']);
    const [placed] = await addAndChoose(cmu, CMU_1, '500101', [{ id: nationalId(), name: 'ประจำหน่วยงาน' }], 'citizen');
    // Agency two requires an NDA: refused at the field until one is attached.
    const noNda = await refused(at(cmu).contract.create({ ...contract(CMU_1, placed!), agencyId: agencyTwo.id }));
    expect(Object.keys(en(noNda).fieldErrors)).toEqual(['nda']);
    const notPdf = await refused(at(cmu).contract.create({ ...contract(CMU_1, placed!), agencyId: agencyTwo.id, nda: { filename: 'nda.pdf', base64: Buffer.from('not a pdf').toString('base64') } }));
    expect(en(notPdf).fieldErrors['nda']).toEqual(['Attach the NDA as a .pdf file of at most 700 kB']);
    const [withNda] = await addAndChoose(cmu, CMU_1, '500101', [{ id: nationalId(), name: 'มีเอ็นดีเอ' }], 'graduate');
    const signed = await at(cmu).contract.create({ ...contract(CMU_1, withNda!, 'graduate', 15000), agencyId: agencyTwo.id, nda: { filename: 'nda.pdf', base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') } });
    expect(signed.contract).toMatchObject({ agencyId: agencyTwo.id, hasNda: true });
    const nda = await at(cmu).contract.nda({ id: signed.contract.id });
    expect([nda.mime, Buffer.from(nda.base64, 'base64').toString('latin1')]).toEqual(['application/pdf', '%PDF-1.4\n%%EOF\n']);
    const made = await at(cmu).contract.create({ ...contract(CMU_1, placed!), agencyId: agencyOne.id });
    const [t1, t2] = await Promise.all([signIn('sup.one@employment.test', 'Supervisor-2569'), signIn('sup.two@employment.test', 'Supervisor-2569')]);
    expect((await at(t1).contract.list({})).map((c) => c.id)).toEqual([made.contract.id]);
    expect((await at(t2).contract.list({})).map((c) => c.id)).toEqual([signed.contract.id]);
    expect((await refused(at(t2).contract.get({ id: made.contract.id }))).code).toBe('NOT_FOUND');
    expect((await at(t2).agency.list({})).map((a) => a.id)).toEqual([agencyTwo.id]);
    expect((await p.rest(t2).collection('employment_contracts').getFullList()).map((r) => r.id)).toEqual([signed.contract.id]);
    // The NDA is read by its agency's supervisor, not by another agency's.
    expect((await at(t2).contract.nda({ id: signed.contract.id })).mime).toBe('application/pdf');
    expect((await refused(at(t1).contract.nda({ id: signed.contract.id }))).code).toBe('NOT_FOUND');
    // Supervisors evaluate; they do not hire or resign workers.
    expect((await refused(at(t1).resignation.record({ contractId: made.contract.id, version: made.contract.version, noticeOn: '2027-02-01', lastWorkingDay: '2027-03-31', reason: '' }))).code).toBe('FORBIDDEN');
  });
});

describe('positions', () => {
  it('a tambon without its own positions shows the period’s; only the central office sets them, each bad figure at its field', async () => {
    const e = at(central);
    const thaKhlo = tambonId('190205');
    const inherited = await at(cu).positions.get({ tambonId: thaKhlo });
    expect(inherited).toMatchObject({ tambonId: thaKhlo, inherited: true, version: 0, positions: { citizen: { count: 5, rate: 9000 }, graduate: { count: 10, rate: 15000 }, student: { count: 5, rate: 5000 } } });
    expect(inherited.costs).toEqual({ citizen: 45000, graduate: 150000, student: 25000, total: 220000 });
    const own = await at(central).positions.get({ tambonId: HIN_SON });
    expect(own).toMatchObject({ inherited: false, version: 1, positions: { citizen: { count: 1 } } });
    const input = { periodId: own.periodId, tambonId: HIN_SON, version: own.version, positions: { ...own.positions, graduate: { count: 2, rate: 15000.5 } } };
    expect((await refused(at(cu).positions.save(input))).code).toBe('FORBIDDEN');
    const bad = await refused(e.positions.save({ ...input, positions: { ...own.positions, citizen: { count: 0, rate: 9000 }, graduate: { count: 0, rate: 15000 }, student: { count: 0, rate: 5000 } } }));
    expect(en(bad).fieldErrors).toEqual({ 'positions.citizen.count': ['Set at least 1 position'] });
    const saved = await e.positions.save(input);
    expect(saved).toMatchObject({ version: 2, positions: { graduate: { count: 2, rate: 15000.5 } } });
    // The same version again: someone saved first.
    expect((await refused(e.positions.save(input))).code).toBe('CONFLICT');
  });
});
