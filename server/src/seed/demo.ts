import type PocketBase from 'pocketbase';
import { MODULE_NAMES, type ModuleName, type Payment, type Role, type ScopeLevel } from '@otou/domain';
import { upsertAll, type Upsert } from './batch.ts';
import { stableId } from './ids.ts';
import { NETWORKS } from './networks.ts';
import { englishAreaNames, englishNamesOf, thaiTambon } from './thaiAreas.ts';
import { assessmentDemoWrites } from './assessmentDemo.ts';
import { approvedMonthWrites, demoActuals, eventWrite, instalmentWrite, paidDraftWrite, periodId, periodWrite, plannedWrites, DEMO_PERIOD_CODE, TAMBON_BUDGET, type Person } from './budgetDemo.ts';
import { employmentDemo } from './employmentDemo.ts';

export const DEMO_PASSWORD = 'otou-demo-2564';

/** A handful of real universities, each with real tambons by DOPA code. */
export const DEMO_UNIVERSITIES = [
  { code: 'CU', network: 'UC', name_th: 'จุฬาลงกรณ์มหาวิทยาลัย', name_en: 'Chulalongkorn University', tambons: ['190204', '190205', '190206'] },
  { code: 'TU', network: 'UC', name_th: 'มหาวิทยาลัยธรรมศาสตร์', name_en: 'Thammasat University', tambons: ['130201', '130202'] },
  { code: 'BUU', network: 'EA', name_th: 'มหาวิทยาลัยบูรพา', name_en: 'Burapha University', tambons: ['200101', '200102'] },
  { code: 'KKU', network: 'UNE', name_th: 'มหาวิทยาลัยขอนแก่น', name_en: 'Khon Kaen University', tambons: ['400101', '400102'] },
  { code: 'CMU', network: 'UN', name_th: 'มหาวิทยาลัยเชียงใหม่', name_en: 'Chiang Mai University', tambons: ['500101', '500102'] },
  { code: 'PSU', network: 'LS', name_th: 'มหาวิทยาลัยสงขลานครินทร์', name_en: 'Prince of Songkla University', tambons: ['901101', '901102'] },
] as const;

export interface DemoLogin {
  email: string;
  name: string;
  role: Role;
  scope: ScopeLevel;
  /** code of the network / university / tambon the user sits in */
  at?: string;
}

/** One login for every role; the README prints this list. */
export const DEMO_LOGINS: DemoLogin[] = [
  { email: 'central@otou.demo', name: 'สมชาย ส่วนกลาง', role: 'central_admin', scope: 'central' },
  { email: 'network.uc@otou.demo', name: 'วิภา เครือข่ายกลางบน', role: 'network_admin', scope: 'network', at: 'UC' },
  { email: 'network.un@otou.demo', name: 'อนันต์ เครือข่ายเหนือบน', role: 'network_admin', scope: 'network', at: 'UN' },
  { email: 'staff.cu@otou.demo', name: 'ปริญญา จุฬาฯ', role: 'university_staff', scope: 'university', at: 'CU' },
  { email: 'approver.cu@otou.demo', name: 'สุรชัย ผู้อนุมัติ จุฬาฯ', role: 'university_staff', scope: 'university', at: 'CU' },
  { email: 'staff.cmu@otou.demo', name: 'ดวงใจ มช.', role: 'university_staff', scope: 'university', at: 'CMU' },
  { email: 'coordinator.huaihaeng@otou.demo', name: 'บุญมี ห้วยแห้ง', role: 'tambon_coordinator', scope: 'tambon', at: '190204' },
  { email: 'worker.huaihaeng@otou.demo', name: 'สุดา ห้วยแห้ง', role: 'worker', scope: 'tambon', at: '190204' },
  { email: 'judge@otou.demo', name: 'ธนา กรรมการ', role: 'judge', scope: 'central' },
  { email: 'agency.cu@otou.demo', name: 'มาลี หน่วยงานผู้ใช้', role: 'agency_supervisor', scope: 'university', at: 'CU' },
];

/** Modules each demo network has switched off, so the demo shows that networks choose. */
export const DEMO_DISABLED: Partial<Record<string, ModuleName[]>> = { UC: ['training'], UN: ['pitching'] };

export const networkId = (code: string) => stableId('network', code);
export const universityId = (code: string) => stableId('university', code);
export const tambonId = (code: string) => stableId('tambon', code);
export const userId = (email: string) => stableId('user', email);
export const settingId = (network: string, module: string) => stableId('module_setting', `${network}/${module}`);

export function networkWrites(): Upsert[] {
  return NETWORKS.map((n, i) => ({ collection: 'networks', body: { id: networkId(n.code), code: n.code, name_th: n.name_th, name_en: n.name_en, order: i + 1 } }));
}

export function moduleSettingWrites(disabled: Partial<Record<string, readonly ModuleName[]>> = {}): Upsert[] {
  return NETWORKS.flatMap((n) =>
    MODULE_NAMES.map((m) => ({
      collection: 'module_settings',
      body: { id: settingId(n.code, m), network: networkId(n.code), module: m, enabled: !(disabled[n.code] ?? []).includes(m) },
    })),
  );
}

export function userWrite(login: DemoLogin, password: string): Upsert {
  const at = login.at ?? '';
  return {
    collection: 'users',
    body: {
      id: userId(login.email),
      email: login.email,
      emailVisibility: true,
      verified: true,
      name: login.name,
      password,
      passwordConfirm: password,
      role: login.role,
      scope: login.scope,
      network: login.scope === 'network' ? networkId(at) : '',
      university: login.scope === 'university' ? universityId(at) : '',
      tambon: login.scope === 'tambon' ? tambonId(at) : '',
    },
  };
}

/**
 * The demo organisation: the 9 networks, six real universities with real tambons (ตำบลห้วยแห้ง อำเภอแก่งคอย
 * จังหวัดสระบุรี under จุฬาลงกรณ์มหาวิทยาลัย among them), module switches and a login for every role.
 * Idempotent: records have stable ids, so running it again restores the demo state. One transaction.
 */
export async function seedDemo(admin: PocketBase): Promise<void> {
  const english = await englishAreaNames();
  const writes: Upsert[] = [...networkWrites()];
  for (const u of DEMO_UNIVERSITIES) {
    writes.push({ collection: 'universities', body: { id: universityId(u.code), code: u.code, name_th: u.name_th, name_en: u.name_en, network: networkId(u.network) } });
    for (const code of u.tambons) {
      const t = thaiTambon(code);
      writes.push({ collection: 'tambons', body: { id: tambonId(code), ...t, ...englishNamesOf(t, english), university: universityId(u.code) } });
    }
  }
  writes.push(...moduleSettingWrites(DEMO_DISABLED));
  for (const login of DEMO_LOGINS) writes.push(userWrite(login, DEMO_PASSWORD));
  const employment = employmentDemo(demoPlace, demoPerson, userId);
  writes.push(...budgetDemoWrites(employment.payments), ...assessmentDemoWrites(demoPlace, demoPerson), ...employment.writes);
  await upsertAll(admin, writes);
}

/** A demo login as the history names them. */
export const demoPerson = (email: string): Person => ({ id: userId(email), name: DEMO_LOGINS.find((l) => l.email === email)!.name });

/** A demo tambon by DOPA code, with the university and network that run it. */
export function demoPlace(code: string): { id: string; university: string; network: string } {
  const u = DEMO_UNIVERSITIES.find((x) => (x.tambons as readonly string[]).includes(code))!;
  return { id: tambonId(code), university: universityId(u.code), network: networkId(u.network) };
}

/**
 * The budget demo: the 2564 programme period; every demo tambon with the deck's budget and plan and its first
 * instalment received; Huai Haeng with the deck's January and February approved (the deck's example report),
 * and January approved for ตำบลท่าคล้อ; ตำบลหินซ้อน has not reported January (late). February is left for
 * people to report, so the demo shows a month in flight. Lines 1.1–1.3 are the employment demo's `payments`
 * (employment is on in the Upper Central network): ท่าคล้อ's February holds only its accepted pay so far.
 */
export function budgetDemoWrites(payments: readonly Payment[]): Upsert[] {
  const period = periodId(DEMO_PERIOD_CODE);
  const person = demoPerson;
  const by = { submitter: person('staff.cu@otou.demo'), approver: person('approver.cu@otou.demo') };
  const central = person('central@otou.demo');
  const writes: Upsert[] = [periodWrite()];
  for (const u of DEMO_UNIVERSITIES) {
    // Plans are set by the university's staff; the demo has staff logins for CU and CMU only, so only their tambons'
    // histories can name who set the plan.
    const planner = u.code === 'CU' ? by.submitter : u.code === 'CMU' ? person('staff.cmu@otou.demo') : null;
    for (const code of u.tambons) {
      const t = tambonId(code);
      const half = TAMBON_BUDGET / 2;
      writes.push(
        ...plannedWrites(t, period, planner),
        instalmentWrite(t, period, 1, half, '2021-01-15 03:00:00.000Z'),
        instalmentWrite(t, period, 2, half, null),
        eventWrite(t, period, 0, 'instalment', central, { number: 1, amount: half, received_on: '2021-01-15 03:00:00.000Z' }),
      );
      const paid = payments.filter((p) => p.tambonId === t);
      if (code === '190204' || code === '190205') writes.push(...approvedMonthWrites(t, period, 1, by, demoActuals(1, paid)));
      if (code === '190204') writes.push(...approvedMonthWrites(t, period, 2, by, demoActuals(2, paid)));
      else if (paid.some((p) => p.year === 2021 && p.month === 2)) writes.push(paidDraftWrite(t, period, 2, paid));
    }
  }
  return writes;
}

/** Whether the demo organisation is there already (so a restart keeps what people changed). */
export async function isSeeded(admin: PocketBase): Promise<boolean> {
  return (await admin.collection('networks').getList(1, 1, { fields: 'id' })).totalItems > 0;
}

/**
 * Puts the demo's module switches and the demo users' language choice back (end-to-end stories start from here):
 * every network follows each module's default version again, with no last good version of its own.
 */
export async function resetDemoState(admin: PocketBase): Promise<void> {
  await upsertAll(admin, [
    ...moduleSettingWrites(DEMO_DISABLED).map((w) => ({ ...w, body: { ...w.body, active_version: '', last_good_version: '' } })),
    ...DEMO_LOGINS.map((l) => ({ collection: 'users', body: { id: userId(l.email), language: '' } })),
  ]);
}
