import {
  maskNationalId,
  monthKey,
  nextMonth,
  paymentDue,
  paymentForReport,
  thaiIdCheckDigit,
  toSatang,
  DEFAULT_POSITIONS,
  WORKER_TYPES,
  type IsoDay,
  type PayableContract,
  type Payment,
  type WorkerType,
  type YearMonth,
} from '@otou/domain';
import type { Upsert } from './batch.ts';
import { stableId } from './ids.ts';
import { periodId } from '../services/budget/ids.ts';
import { applicantId, contractId, personId, positionsId, selectionId } from '../services/employment/ids.ts';
import { reportIdOf } from '../services/employment/reports.ts';
import { toPbDate } from '../pocketbase/dates.ts';

/**
 * The employment demo (issue 9). ตำบลห้วยแห้ง (190204, Chulalongkorn) hires its 20 positions — 5 citizens × 9,000,
 * 10 graduates × 15,000, 5 students × 5,000 — with a ranked reserve; ตำบลท่าคล้อ (190205) hires its 20 too. Their
 * accepted reports of January and February 2564 are paid, and those payments ARE the budget demo's actuals of lines
 * 1.1–1.3 (demo.ts derives the budget months from `payments` through budgetActualsFromPayments, one source):
 * January at Huai Haeng 45,000 / 150,000 / 25,000; February 45,000 / 135,000 / 25,000 because one graduate —
 * สุดา ห้วยแห้ง, the demo worker (worker.huaihaeng@otou.demo) — has not reported February yet. With the stories' clock on
 * 28 February 2564 she can submit it; Huai Haeng's February budget month is approved (the deck's example), so staff
 * accepting it are told to have the approver reopen that month first.
 *
 * Also: the first citizen at Huai Haeng has served since 1 August 2563 with seven months accepted and passed (eligible
 * for the certificate of service); two graduates are placed with a user agency of Chulalongkorn (the government-data
 * track), whose supervisor agency.cu@otou.demo accepted their months; an applicant outside the area is not eligible.
 */

export const DEMO_AGENCY = { id: stableId('employment_agency', 'CU/saraburi-statistics'), university: 'CU' } as const;
export const DEMO_WORKER_EMAIL = 'worker.huaihaeng@otou.demo';
export const DEMO_SUPERVISOR_EMAIL = 'agency.cu@otou.demo';

const FIRST = ['สมศักดิ์', 'วันเพ็ญ', 'ประยูร', 'จันทร์เพ็ญ', 'สมหญิง', 'ธีรวัฒน์', 'กมลชนก', 'ณัฐพล', 'พิมพ์ชนก', 'อรรถพล', 'ศิริพร', 'ภาณุวัฒน์', 'ชนิดา', 'วรวุฒิ', 'ปวีณา', 'กิตติพงษ์', 'นันทนา', 'สุริยา', 'อัญชลี', 'ธนพร', 'ปิยะพงษ์', 'รัตนา', 'วีระ', 'ลำดวน', 'ศุภชัย', 'มยุรี', 'เกียรติศักดิ์'];
const LAST = ['ใจดี', 'ทองคำ', 'ศรีสุข', 'บุญมา', 'แก้วมณี', 'สายทอง', 'พรหมมา', 'จันทร์แก้ว', 'มั่นคง', 'รุ่งเรือง', 'ชัยมงคล', 'สุขสวัสดิ์'];

interface DemoHire {
  n: number;
  type: WorkerType;
  first: string;
  last: string;
  start: IsoDay;
  end: IsoDay;
  email: string;
  /** The months accepted, passed and paid. */
  accepted: YearMonth[];
  agency: boolean;
  worker: boolean;
}

const months = (from: YearMonth, to: YearMonth): YearMonth[] => {
  const out: YearMonth[] = [];
  for (let m = from; monthKey(m) <= monthKey(to); m = nextMonth(m)) out.push(m);
  return out;
};
const JAN = { year: 2021, month: 1 };
const FEB = { year: 2021, month: 2 };

/** A valid national ID, the same for the same tambon and number: '1', the tambon code, 5 digits, the check digit. */
export function demoNationalId(code: string, n: number): string {
  const first12 = `1${code}${String(n).padStart(5, '0')}`;
  return `${first12}${thaiIdCheckDigit(first12)}`;
}

/** A tambon's 20 hires on the default positions, in the order of the positions (citizens, graduates, students). */
function hiresOf(code: string): DemoHire[] {
  const hires: DemoHire[] = [];
  let n = 0;
  for (const type of WORKER_TYPES) {
    for (let i = 0; i < DEFAULT_POSITIONS[type].count; i++, n++) {
      const hire: DemoHire = {
        n,
        type,
        first: FIRST[n % FIRST.length]!,
        last: LAST[(n * 5 + Number(code.slice(-1))) % LAST.length]!,
        start: '2021-01-01',
        end: '2021-12-31',
        email: '',
        accepted: [JAN, FEB],
        agency: false,
        worker: false,
      };
      if (code === '190204') {
        if (type === 'citizen' && i === 0) Object.assign(hire, { start: '2020-08-01', end: '2021-07-31', accepted: months({ year: 2020, month: 8 }, FEB) });
        if (type === 'graduate' && i === 0) Object.assign(hire, { first: 'สุดา', last: 'ห้วยแห้ง', email: DEMO_WORKER_EMAIL, worker: true, accepted: [JAN] });
        if (type === 'graduate' && (i === 1 || i === 2)) hire.agency = true;
      }
      hires.push(hire);
    }
  }
  return hires;
}

/** Huai Haeng's reserve list (ranked per type) and one applicant outside the area, not eligible. */
function othersOf(code: string): { n: number; type: WorkerType; status: 'reserve' | 'applicant'; rank: number | null; area: string }[] {
  if (code !== '190204') return [];
  return [
    { n: 20, type: 'citizen', status: 'reserve', rank: 1, area: code },
    { n: 21, type: 'citizen', status: 'reserve', rank: 2, area: code },
    { n: 22, type: 'graduate', status: 'reserve', rank: 1, area: code },
    { n: 23, type: 'graduate', status: 'reserve', rank: 2, area: code },
    { n: 24, type: 'graduate', status: 'reserve', rank: 3, area: code },
    { n: 25, type: 'student', status: 'reserve', rank: 1, area: code },
    { n: 26, type: 'citizen', status: 'applicant', rank: null, area: '190301' },
  ];
}

export const DEMO_HIRING_TAMBONS = ['190204', '190205'] as const;

export interface EmploymentDemo {
  writes: Upsert[];
  /** Every demo payment: the budget demo's 1.1–1.3 actuals come from these. */
  payments: Payment[];
}

type Place = { id: string; university: string; network: string };
type Person = { id: string; name: string };

/**
 * The writes of the employment demo. `place` names a demo tambon's records, `person` a demo login, `userId` a login's
 * record id (demo.ts passes its own; this file does not import demo.ts).
 */
export function employmentDemo(place: (code: string) => Place, person: (email: string) => Person, userId: (email: string) => string): EmploymentDemo {
  const writes: Upsert[] = [];
  const payments: Payment[] = [];
  const period = periodId('2564');
  const staff = person('staff.cu@otou.demo');
  const supervisor = person(DEMO_SUPERVISOR_EMAIL);
  const cu = place('190204');

  writes.push({ collection: 'employment_positions', body: { id: positionsId(period, null), period, tambon: '', positions: DEFAULT_POSITIONS } });
  writes.push({
    collection: 'employment_agencies',
    body: {
      id: DEMO_AGENCY.id,
      university: cu.university,
      network: cu.network,
      name_th: 'สำนักงานสถิติจังหวัดสระบุรี',
      name_en: 'Saraburi Provincial Statistical Office',
      needs: 'บันทึกและตรวจสอบข้อมูลทะเบียนและแบบสำรวจของจังหวัดให้อยู่ในรูปดิจิทัล (Digitalizing Government Data)',
      workplace: 'ศาลากลางจังหวัดสระบุรี อำเภอเมืองสระบุรี',
      qualifications: 'ใช้คอมพิวเตอร์และโปรแกรมตารางคำนวณได้ รักษาความลับของข้อมูลราชการ',
      requires_nda: false,
      supervisors: [supervisor.id],
    },
  });

  for (const code of DEMO_HIRING_TAMBONS) {
    const p = place(code);
    const at = { tambon: p.id, university: p.university, network: p.network };
    const order: Record<WorkerType, string[]> = { citizen: [], graduate: [], student: [] };
    const applicant = (n: number, type: WorkerType, first: string, last: string, email: string, status: string, rank: number | null, area: string) => {
      const nationalId = demoNationalId(code, n);
      const personRow = personId(nationalId);
      const id = applicantId(p.id, personRow);
      writes.push({ collection: 'employment_people', body: { id: personRow, national_id: nationalId } });
      writes.push({
        collection: 'employment_applicants',
        body: {
          id,
          person: personRow,
          ...at,
          national_id: nationalId,
          national_id_masked: maskNationalId(nationalId),
          first_name: first,
          last_name: last,
          type,
          id_card_area: area,
          residence: null,
          phone: `08${String(10_000_000 + Number(code) * 7 + n * 131).slice(-8)}`,
          email,
          score: 90 - n,
          eligible: area === code,
          basis: area === code ? 'domicile' : '',
          status,
          rank,
        },
      });
      if (status !== 'applicant') order[type].push(id);
      return { id, personRow, nationalId };
    };

    for (const h of hiresOf(code)) {
      const a = applicant(h.n, h.type, h.first, h.last, h.email, 'contracted', null, code);
      const contract = contractId(a.id, h.start);
      const rate = DEFAULT_POSITIONS[h.type].rate;
      const agency = h.agency ? DEMO_AGENCY.id : '';
      const worker = h.worker ? userId(h.email) : '';
      writes.push({
        collection: 'employment_contracts',
        body: {
          id: contract,
          person: a.personRow,
          applicant: a.id,
          ...at,
          agency,
          worker,
          first_name: h.first,
          last_name: h.last,
          national_id_masked: maskNationalId(a.nationalId),
          type: h.type,
          start: h.start,
          end: h.end,
          rate_satang: toSatang(rate),
          status: 'active',
          notice_on: '',
          last_working_day: '',
          resign_reason: '',
        },
      });
      const payable: PayableContract = { id: contract, nationalId: a.nationalId, tambonId: p.id, type: h.type, rate, start: h.start, end: h.end, status: 'active' };
      for (const m of h.accepted) {
        const report = reportIdOf(contract, m);
        // Submitted on the last day of the month, decided and paid on the first of the next (before the due day 2).
        const next = nextMonth(m);
        const submittedAt = toPbDate(new Date(Date.UTC(m.year, m.month, 0, 9)));
        const decidedAt = toPbDate(new Date(Date.UTC(next.year, next.month - 1, 1, 3)));
        writes.push({
          collection: 'employment_reports',
          body: {
            id: report,
            contract,
            worker,
            agency,
            ...at,
            ...m,
            work: h.agency ? 'บันทึกข้อมูลแบบสำรวจของจังหวัดเข้าระบบและตรวจความครบถ้วน' : 'เก็บข้อมูลชุมชนตามแบบสำรวจ ช่วยกิจกรรมพัฒนาสินค้าชุมชนของตำบล',
            training: m.month === 1 && m.year === 2021 ? 'ทักษะดิจิทัล (Digital Literacy)' : '',
            status: 'accepted',
            evaluation: 'passed',
            return_reason: '',
            submitted_at: submittedAt,
            decided_by: h.agency ? supervisor.id : staff.id,
            decided_at: decidedAt,
          },
        });
        const pay = paymentForReport({ contractId: contract, ...m, status: 'accepted' }, payable)!;
        payments.push(pay);
        writes.push({
          collection: 'employment_payments',
          body: {
            id: stableId('employment_payment', report),
            contract,
            report,
            worker,
            agency,
            ...at,
            ...m,
            line: pay.line,
            amount_satang: pay.amountSatang,
            days: pay.daysWorked,
            due: paymentDue(m),
            recorded_at: decidedAt,
          },
        });
      }
    }
    for (const o of othersOf(code)) applicant(o.n, o.type, FIRST[o.n % FIRST.length]!, LAST[(o.n * 7) % LAST.length]!, '', o.status, o.rank, o.area);
    for (const type of WORKER_TYPES) writes.push({ collection: 'employment_selections', body: { id: selectionId(p.id, type), ...at, type, order: order[type] } });
  }
  return { writes, payments };
}
