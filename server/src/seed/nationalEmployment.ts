import type PocketBase from 'pocketbase';
import {
  addDays,
  addMonths,
  DEFAULT_POSITIONS,
  firstDayOf,
  maskNationalId,
  monthOf,
  monthPay,
  paymentDue,
  thaiIdCheckDigit,
  WORKER_TYPE_LINE,
  WORKER_TYPES,
  type IsoDay,
  type WorkerType,
} from '@otou/domain';
import { stableId } from './ids.ts';
import { join } from 'node:path';
import { hasSqliteCli, upsertBySqlite, upsertEach, type Upsert } from './batch.ts';
import { userId } from './demo.ts';
import { random } from './nationalAssessment.ts';
import { applicantId as applicantIdOf, contractId as contractIdOf, personId } from '../services/employment/ids.ts';

/**
 * The employment module at national scale (run after `seedNational`): every tambon hires its 20 default positions
 * (5 citizens, 10 graduates, 5 students) for the programme year January–December 2564, and each worker has twelve
 * monthly reports with their payments — 60,000 contracts, about 720,000 reports and 700,000 payments. Generated, not
 * random: the same tambon gets the same people, resignations and late payments on every run (stable ids, so a second
 * run upserts the same records). So that the dashboards have something to show:
 *   - about 1 contract in 40 ends in a resignation; two resignations in three are replaced from the reserve (a new
 *     contract from the day after the last working day, `replaces` the old one), the third leaves a vacancy;
 *   - about 1 payment in 25 is recorded late (after day 2 of the next month);
 *   - about 1 December report in 10 is submitted and awaits acceptance (no payment yet), 1 in 100 was returned;
 *   - 1 report in 200 is evaluated 'failed'.
 */

export const NATIONAL_EMPLOYMENT = { year: 2021, months: 12, start: '2021-01-01', end: '2021-12-31' } as const;

export interface SeedTambon {
  id: string;
  code: string;
  university: string;
  network: string;
}

const FIRST = ['สมชาย', 'สมหญิง', 'ประเสริฐ', 'วิไล', 'สุดา', 'อนุชา', 'กนกพร', 'ธนากร', 'พิมพ์ชนก', 'วรวุฒิ', 'จันทร์เพ็ญ', 'ณัฐพล', 'ศิริพร', 'เกียรติศักดิ์', 'อรอุมา', 'ปิยะ'];
const LAST = ['ใจดี', 'รักษ์ถิ่น', 'ศรีสุข', 'บุญมา', 'แก้วกา', 'ทองดี', 'พรหมมา', 'สายบุญ', 'มั่นคง', 'เพชรรัตน์', 'วงศ์ใหญ่', 'จันทร์หอม'];
const WORK = ['ลงพื้นที่เก็บข้อมูลชุมชนและบันทึกเข้าระบบ', 'ช่วยกลุ่มอาชีพทำบัญชีรายรับรายจ่าย', 'จัดทำสื่อประชาสัมพันธ์ผลิตภัณฑ์ชุมชน', 'สำรวจครัวเรือนและติดตามสถานการณ์ในตำบล'];

/** A valid 13-digit national ID for the n-th seeded person (first digit 1, check digit computed). */
export function seedNationalId(n: number): string {
  const first12 = `1${String(n).padStart(11, '0')}`;
  return `${first12}${thaiIdCheckDigit(first12)}`;
}

const reportIdOf = (contract: string, month: number) => stableId('employment_report', `${contract}/${NATIONAL_EMPLOYMENT.year}-${month}`);
const paymentIdOf = (report: string) => stableId('employment_payment', report);

/** PocketBase's date text for a Bangkok wall-clock time (UTC+7 all year). */
const bangkok = (day: IsoDay, hour: number) => `${addDays(day, hour < 7 ? -1 : 0)} ${String((hour + 17) % 24).padStart(2, '0')}:00:00.000Z`;

interface Person {
  n: number;
  type: WorkerType;
  first: string;
  last: string;
}

/**
 * Everything one tambon adds: people, applicants, contracts, reports and payments, in the order relations need. The
 * reports are decided by `decider` (the national scale's university login by default).
 */
export function* tambonEmploymentWrites(t: SeedTambon, index: number, decider: string = userId('staff.uc01@otou.demo')): Generator<Upsert> {
  const rnd = random(0x9e3779b1 ^ (index * 2654435761));
  const place = { tambon: t.id, university: t.university, network: t.network };
  const slots: WorkerType[] = WORKER_TYPES.flatMap((type) => Array<WorkerType>(DEFAULT_POSITIONS[type].count).fill(type));

  function* hire(p: Person, start: IsoDay, status: 'active' | 'resigned', lastWorkingDay: IsoDay, replaces: string | null, december: 'accepted' | 'submitted' | 'returned'): Generator<Upsert, string> {
    const nationalId = seedNationalId(p.n);
    const person = personId(nationalId);
    const applicant = applicantIdOf(t.id, person);
    const contract = contractIdOf(applicant, start);
    const rate = DEFAULT_POSITIONS[p.type].rate;
    const masked = maskNationalId(nationalId);
    yield { collection: 'employment_people', body: { id: person, national_id: nationalId } };
    yield {
      collection: 'employment_applicants',
      body: { id: applicant, person, ...place, national_id: nationalId, national_id_masked: masked, first_name: p.first, last_name: p.last, type: p.type, id_card_area: t.code, residence: null, phone: '', email: '', score: 60 + Math.floor(rnd() * 40), eligible: true, basis: 'domicile', status: 'contracted', rank: null },
    };
    const end = NATIONAL_EMPLOYMENT.end;
    const resigned = status === 'resigned';
    yield {
      collection: 'employment_contracts',
      body: {
        id: contract,
        person,
        applicant,
        ...place,
        first_name: p.first,
        last_name: p.last,
        national_id_masked: masked,
        type: p.type,
        start,
        end,
        rate_satang: rate * 100,
        status,
        notice_on: resigned ? addMonths(lastWorkingDay, -1) : '',
        last_working_day: resigned ? lastWorkingDay : '',
        resign_reason: resigned ? 'ได้งานประจำที่อื่น' : '',
        replaces: replaces ?? '',
      },
    };
    const span = { start, end, lastWorkingDay: resigned ? lastWorkingDay : null };
    const last = monthOf(resigned ? lastWorkingDay : end).month;
    for (let month = monthOf(start).month; month <= last; month++) {
      const ym = { year: NATIONAL_EMPLOYMENT.year, month };
      const id = reportIdOf(contract, month);
      const status = month === NATIONAL_EMPLOYMENT.months && !resigned ? december : 'accepted';
      const failed = status === 'accepted' && rnd() < 0.005;
      const monthEnd = addDays(firstDayOf(month === 12 ? { year: ym.year + 1, month: 1 } : { year: ym.year, month: month + 1 }), -1);
      const submitted = bangkok(monthEnd, 16);
      yield {
        collection: 'employment_reports',
        body: {
          id,
          contract,
          worker: '',
          agency: '',
          ...place,
          year: ym.year,
          month,
          work: WORK[(month + index) % WORK.length],
          training: month % 3 === 0 ? 'อบรมการใช้ข้อมูลชุมชน' : '',
          status,
          evaluation: status === 'accepted' ? (failed ? 'failed' : 'passed') : '',
          return_reason: status === 'returned' ? 'กรุณาเพิ่มรายละเอียดงานที่ทำ' : '',
          submitted_at: submitted,
          decided_by: status === 'submitted' ? '' : decider,
          decided_at: status === 'submitted' ? '' : bangkok(addDays(monthEnd, 1), 10),
        },
      };
      if (status !== 'accepted') continue;
      const pay = monthPay({ ...span, rate }, ym);
      if (pay.daysWorked === 0) continue;
      const due = paymentDue(ym);
      // On time: the first of the next month. Late: 3 to 16 days after the due day.
      const late = rnd() < 0.04;
      const recorded = late ? bangkok(addDays(due, 3 + Math.floor(rnd() * 14)), 11) : bangkok(addDays(due, -1), 10);
      yield {
        collection: 'employment_payments',
        body: { id: paymentIdOf(id), contract, report: id, worker: '', agency: '', ...place, year: ym.year, month, line: WORKER_TYPE_LINE[p.type], amount_satang: pay.amountSatang, days: pay.daysWorked, due, recorded_at: recorded },
      };
    }
    return contract;
  }

  for (const [slot, type] of slots.entries()) {
    const n = index * 40 + slot;
    const p: Person = { n, type, first: FIRST[n % FIRST.length]!, last: LAST[(n * 7 + index) % LAST.length]! };
    const december = rnd() < 0.1 ? 'submitted' : rnd() < 0.01 ? 'returned' : 'accepted';
    if (rnd() >= 1 / 40) {
      yield* hire(p, NATIONAL_EMPLOYMENT.start, 'active', '', null, december);
      continue;
    }
    // A resignation: the last working day falls in March–October, given a month's notice.
    const month = 3 + Math.floor(rnd() * 8);
    const lastWorkingDay = addDays(firstDayOf({ year: NATIONAL_EMPLOYMENT.year, month }), Math.floor(rnd() * 27));
    const old = yield* hire(p, NATIONAL_EMPLOYMENT.start, 'resigned', lastWorkingDay, null, december);
    if (rnd() < 2 / 3) {
      const r: Person = { n: index * 40 + 20 + slot, type, first: FIRST[(n + 5) % FIRST.length]!, last: LAST[(n + 3) % LAST.length]! };
      yield* hire(r, addDays(lastWorkingDay, 1), 'active', '', old, december);
    }
  }
}

/** Writes per tambon, about: 21 people, applicants and contracts, 240 reports and 234 payments (1,613,325 for 3,000). */
export const ESTIMATED_WRITES_PER_TAMBON = 538;

/**
 * Seeds the employment of every tambon in the database (run after `seedNational`), streamed so the 1.5 million records
 * never sit in memory at once. Given the PocketBase's data folder and a machine with Debian's sqlite3, the rows go
 * straight into its SQLite file (about a minute); otherwise through the API in transactional batches (about half an
 * hour at national scale). Returns the records written and how they went.
 */
export async function seedNationalEmployment(
  admin: PocketBase,
  onProgress?: (done: number, total: number) => void,
  opts: { tambons?: number; dataDir?: string; via?: 'api' | 'sqlite' } = {},
): Promise<{ records: number; tambons: number; via: 'api' | 'sqlite' }> {
  const [tambons, universities] = await Promise.all([
    admin.collection('tambons').getFullList({ fields: 'id,code,university', sort: 'code', batch: 1000 }),
    admin.collection('universities').getFullList({ fields: 'id,network', batch: 1000 }),
  ]);
  if (tambons.length === 0) throw new Error('No tambons to hire in: run seedNational first.');
  const networkOf = new Map(universities.map((u) => [u.id, u['network'] as string]));
  const list: SeedTambon[] = tambons.slice(0, opts.tambons ?? tambons.length).map((t) => ({ id: t.id, code: t['code'], university: t['university'], network: networkOf.get(t['university']) ?? '' }));
  const estimate = list.length * ESTIMATED_WRITES_PER_TAMBON;
  const progress = (d: number) => onProgress?.(d, Math.max(d, estimate));
  const via = opts.via ?? (opts.dataDir && hasSqliteCli() ? 'sqlite' : 'api');
  if (via === 'sqlite' && !opts.dataDir) throw new Error('The sqlite path needs the data folder of the PocketBase.');
  // SQLite checks no relation: each tambon's records as they come, in one pass.
  function* byTambon(): Generator<Upsert> {
    for (const [i, t] of list.entries()) yield* tambonEmploymentWrites(t, i);
  }
  // The API checks that what a record points to exists (a payment's report, a report's contract…), and batches in
  // flight at once must not hold both: one collection after another.
  const order = ['employment_people', 'employment_applicants', 'employment_contracts', 'employment_reports', 'employment_payments'];
  function* byCollection(): Generator<Upsert> {
    for (const collection of order) for (const [i, t] of list.entries()) for (const w of tambonEmploymentWrites(t, i)) if (w.collection === collection) yield w;
  }
  const records =
    via === 'sqlite'
      ? await upsertBySqlite(admin, join(opts.dataDir!, 'data.db'), byTambon(), { onProgress: progress })
      : await upsertEach(admin, byCollection(), { size: 500, parallel: 2, onProgress: progress });
  onProgress?.(records, records);
  return { records, tambons: list.length, via };
}
