import { randomBytes } from 'node:crypto';
import type { RecordModel } from 'pocketbase';
import {
  activeContractConflict,
  contractProblems,
  dayBE,
  firstDayOf,
  heldUntil,
  lastDayOf,
  minDay,
  monthOf,
  nextMonth,
  reportMonthProblems,
  statusOn,
  toBaht,
  toSatang,
  type EmploymentProblem,
  type IsoDay,
  type WorkerType,
  type YearMonth,
} from '@otou/domain';
import type { createContractInput, InputOf, issuePasswordInput, listContractsInput } from '@otou/domain/employment/schemas';
import type { Actor } from '../../context.ts';
import { appError, conflictError, fieldError } from '../../errors.ts';
import type { WriteBatch } from '../../pocketbase/superuserWrites.ts';
import type { ExportFile } from '../budget/export.ts';
import { loadTambon, type TambonInfo } from '../budget/read.ts';
import { loadApplicant, applicantEligibility, type StoredApplicant } from './applicants.ts';
import { writeEmployment, type EmploymentEvent } from './audit.ts';
import { contractId as contractIdOf, workerUserId } from './ids.ts';
import { contractsOf, peopleVersions, wholeIds } from './people.ts';
import { tambonPositions } from './positions.ts';
import { assertHire, isStaff, orNull, placeOf, seesWholeId, todayOf } from './scope.ts';
import { contractsInForce } from './selection.ts';

export type ContractStatus = 'active' | 'resigned' | 'ended';

export interface StoredContract {
  id: string;
  person: string;
  applicantId: string;
  tambonId: string;
  universityId: string;
  networkId: string;
  agencyId: string | null;
  workerId: string | null;
  firstName: string;
  lastName: string;
  nationalIdMasked: string;
  type: WorkerType;
  start: IsoDay;
  end: IsoDay;
  /** Monthly rate in baht. */
  rate: number;
  status: ContractStatus;
  noticeOn: IsoDay | null;
  lastWorkingDay: IsoDay | null;
  resignReason: string;
  replaces: string | null;
  hasNda: boolean;
  version: number;
}

export function toContract(r: RecordModel): StoredContract {
  return {
    id: r.id,
    person: r['person'],
    applicantId: r['applicant'],
    tambonId: r['tambon'],
    universityId: r['university'],
    networkId: r['network'],
    agencyId: orNull(r['agency']),
    workerId: orNull(r['worker']),
    firstName: r['first_name'],
    lastName: r['last_name'],
    nationalIdMasked: r['national_id_masked'],
    type: r['type'],
    start: r['start'],
    end: r['end'],
    rate: toBaht(r['rate_satang']),
    status: r['status'],
    noticeOn: orNull(r['notice_on']),
    lastWorkingDay: orNull(r['last_working_day']),
    resignReason: r['resign_reason'] ?? '',
    replaces: orNull(r['replaces']),
    hasNda: typeof r['nda'] === 'string' && r['nda'] !== '',
    version: r['version'] ?? 0,
  };
}

/** What the browser gets of a contract: no person row id (it derives from the national ID). */
export function contractOut(c: StoredContract) {
  const { person: _person, ...rest } = c;
  return rest;
}

export async function loadContract(a: Actor, id: string): Promise<StoredContract> {
  try {
    return toContract(await a.pb.collection('employment_contracts').getOne(id));
  } catch {
    throw appError('NOT_FOUND', 'error.notFound');
  }
}

/** The worker's sign-in as the page shows it once: the temporary password only when the account was just created. */
export interface WorkerAccount {
  email: string;
  temporaryPassword: string | null;
}

/** A password shown once to the staff who made the contract, to hand to the worker: 12 letters and digits. */
const temporaryPassword = () => randomBytes(12).toString('base64url').slice(0, 12);

/**
 * The worker's account for a new contract: the one made with an earlier contract of the same person, else an
 * existing worker account with the applicant's email, else a new one (scope tambon, the contract's tambon). An email
 * that belongs to an account with another role is refused: a worker's sign-in must not open someone else's.
 */
async function workerAccount(a: Actor, s: StoredApplicant): Promise<{ id: string; email: string; create: boolean }> {
  const ownId = workerUserId(s.person);
  const found = await a.superuserWrites.read(async (pb) => {
    const filter = s.email ? `${pb.filter('id = {:id}', { id: ownId })} || ${pb.filter('email = {:e}', { e: s.email })}` : pb.filter('id = {:id}', { id: ownId });
    return pb.collection('users').getFullList({ filter, fields: 'id,email,role' });
  });
  const mine = found.find((u) => u.id === ownId);
  if (mine) return { id: mine.id, email: mine['email'], create: false };
  const byEmail = found.find((u) => u['role'] === 'worker');
  if (byEmail) {
    // A worker account of the same email is linked only if it holds nobody else's contract: one sign-in, one person.
    const others = await a.superuserWrites.read((pb) =>
      pb.collection('employment_contracts').getList(1, 1, { filter: pb.filter('worker = {:w} && person != {:p}', { w: byEmail.id, p: s.person }), fields: 'id' }),
    );
    if (others.totalItems > 0) throw fieldError([{ field: 'applicantId', key: 'employment.contract.accountTaken', params: { email: byEmail['email'] as string } }]);
    return { id: byEmail.id, email: byEmail['email'], create: false };
  }
  const other = found[0];
  if (other) throw fieldError([{ field: 'applicantId', key: 'employment.contract.accountRole', params: { email: other['email'] as string } }]);
  return { id: ownId, email: s.email || `worker-${s.person}@workers.otou.local`, create: true };
}

export interface HireTerms {
  type: WorkerType;
  start: IsoDay;
  end: IsoDay;
  rateSatang: number;
  agencyId: string | null;
  replaces: string | null;
  nda: File | null;
}

/**
 * The writes of one hire, for a batch: the contract (with copies of the place, name and masked ID), the applicant
 * contracted, the person's row bumped from the version the checks read (so a second hire of the same person anywhere
 * at once is refused), and the worker's account created or placed in the contract's tambon.
 */
export async function hireWrites(a: Actor, tambon: TambonInfo, s: StoredApplicant, terms: HireTerms, personVersion: number) {
  const account = await workerAccount(a, s);
  const password = account.create ? temporaryPassword() : null;
  const id = contractIdOf(s.id, terms.start);
  const place = placeOf(tambon);
  const write = (b: WriteBatch) => {
    // The person's row first: of two hires of one person at once, the second stops here (CONFLICT), before its
    // account (the same id for the same person) could fail for another reason.
    b.update('employment_people', s.person, {}, { version: personVersion });
    if (account.create)
      b.create('users', {
        id: account.id,
        email: account.email,
        emailVisibility: true,
        verified: true,
        name: `${s.firstName} ${s.lastName}`,
        password,
        passwordConfirm: password,
        role: 'worker',
        scope: 'tambon',
        network: '',
        university: '',
        tambon: tambon.id,
      });
    else b.update('users', account.id, { tambon: tambon.id });
    b.create('employment_contracts', {
      id,
      person: s.person,
      applicant: s.id,
      ...place,
      first_name: s.firstName,
      last_name: s.lastName,
      national_id_masked: s.nationalIdMasked,
      agency: terms.agencyId ?? '',
      worker: account.id,
      type: terms.type,
      start: terms.start,
      end: terms.end,
      rate_satang: terms.rateSatang,
      status: 'active',
      notice_on: '',
      last_working_day: '',
      resign_reason: '',
      replaces: terms.replaces ?? '',
      ...(terms.nda ? { nda: terms.nda } : {}),
    });
    b.update('employment_applicants', s.id, { status: 'contracted' }, { version: s.version });
  };
  return { id, write, account: { email: account.email, temporaryPassword: password } satisfies WorkerAccount };
}

/** The person's contracts anywhere in the country that overlap these days, or null (domain activeContractConflict). */
export async function nationalConflict(a: Actor, person: string, span: { start: IsoDay; end: IsoDay }) {
  const existing = await contractsOf(a, [person]);
  return activeContractConflict(existing, { nationalId: person, start: span.start, end: span.end });
}

function ndaFile(nda: { filename: string; base64: string } | null): File | null {
  if (!nda) return null;
  const bytes = Buffer.from(nda.base64, 'base64');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw fieldError([{ field: 'nda', key: 'employment.contract.ndaFile' }]);
  return new File([bytes], nda.filename, { type: 'application/pdf' });
}

/**
 * A contract for a chosen applicant: the tambon's university staff (or the centre); the applicant eligible and chosen;
 * days, type and rate as the position has them; a position of the type still open; the host agency's NDA when it
 * requires one; and no other contract of the person anywhere in the country over the same days — checked against every
 * university's contracts and made safe against a second hire at once by the person's row version in the same batch.
 */
export async function createContract(a: Actor, input: InputOf<typeof createContractInput>) {
  const tambon = await loadTambon(a.pb, input.tambonId);
  assertHire(a, tambon.path);
  // The input's own days, type and rate first: they need nothing stored.
  const own = contractProblems(input);
  if (own.length) throw fieldError(own);
  const s = await loadApplicant(a, input.applicantId);
  if (s.tambonId !== tambon.id) throw fieldError([{ field: 'applicantId', key: 'employment.reference' }]);
  const problems: EmploymentProblem[] = s.type !== input.type ? [{ field: 'type', key: 'employment.contract.typeMismatch' }] : [];
  const [positions, inForce] = await Promise.all([tambonPositions(a, tambon.id), contractsInForce(a, tambon.id, input.type)]);
  if (toSatang(positions[input.type].rate) !== toSatang(input.rate))
    problems.push({ field: 'rate', key: 'employment.contract.rateMismatch', params: { rate: positions[input.type].rate.toLocaleString('en-US') } });
  if (problems.length) throw fieldError(problems);
  const today = todayOf(a);
  if (!applicantEligibility(s, tambon.code, today, a.locale).eligible) throw fieldError([{ field: 'applicantId', key: 'employment.contract.ineligible' }]);
  if (s.status !== 'chosen') throw fieldError([{ field: 'applicantId', key: s.status === 'contracted' ? 'employment.applicant.exists' : 'employment.contract.notChosen' }]);
  if (inForce >= positions[input.type].count) throw fieldError([{ field: 'type', key: 'employment.contract.noPosition', params: { count: positions[input.type].count } }]);
  let agencyId: string | null = null;
  if (input.agencyId) {
    let agency: RecordModel;
    try {
      agency = await a.pb.collection('employment_agencies').getOne(input.agencyId);
    } catch {
      throw fieldError([{ field: 'agencyId', key: 'employment.contract.agency' }]);
    }
    if (agency['university'] !== tambon.path.universityId) throw fieldError([{ field: 'agencyId', key: 'employment.contract.agency' }]);
    if (agency['requires_nda'] === true && !input.nda) throw fieldError([{ field: 'nda', key: 'employment.contract.nda' }]);
    agencyId = agency.id;
  }
  const nda = ndaFile(input.nda);
  const [conflict, versions] = await Promise.all([nationalConflict(a, s.person, input), peopleVersions(a, [s.person])]);
  if (conflict) throw fieldError([{ field: 'applicantId', key: 'employment.contract.activeElsewhere', params: { from: dayBE(conflict.start), to: dayBE(heldUntil(conflict)) } }]);
  const hire = await hireWrites(a, tambon, s, { type: input.type, start: input.start, end: input.end, rateSatang: toSatang(input.rate), agencyId, replaces: null, nda }, versions.get(s.person) ?? 0);
  const event: EmploymentEvent = { action: 'contract', contract: hire.id, applicant: s.id, ...placeOf(tambon), changes: { type: input.type, start: input.start, end: input.end, rate: input.rate, agency: agencyId } };
  await writeEmployment(a, hire.write, [event]);
  return { contract: contractOut(await loadContract(a, hire.id)), account: hire.account };
}

/** How many contracts a list without a tambon shows. */
export const LIST_LIMIT = 500;

/** The contracts the caller may read (PocketBase's rule: staff by scope, a worker their own, a supervisor their agency's). */
export async function listContracts(a: Actor, input: InputOf<typeof listContractsInput>) {
  const parts: string[] = [];
  if (input.tambonId) parts.push(a.pb.filter('tambon = {:t}', { t: input.tambonId }));
  // A contract past its end is listed as 'ended' (domain statusOn): derived on the day, never written.
  const today = todayOf(a);
  if (input.status === 'active') parts.push(a.pb.filter('(status = "active" && end >= {:d})', { d: today }));
  else if (input.status === 'ended') parts.push(a.pb.filter('(status = "ended" || (status = "active" && end < {:d}))', { d: today }));
  else if (input.status) parts.push(a.pb.filter('status = {:s}', { s: input.status }));
  // A tambon's contracts whole; across a university or the country (60,000 at full scale) the first LIST_LIMIT —
  // the dashboards count them, lists drill down to a tambon.
  const filter = parts.length ? { filter: parts.join(' && ') } : {};
  const sort = 'tambon,type,last_name,first_name,start,@rowid';
  const rows = input.tambonId
    ? await a.pb.collection('employment_contracts').getFullList({ ...filter, sort, batch: 1000 })
    : (await a.pb.collection('employment_contracts').getList(1, LIST_LIMIT, { ...filter, sort, skipTotal: true })).items;
  return rows.map((r) => {
    const c = toContract(r);
    return contractOut({ ...c, status: statusOn(c, today) });
  });
}

/** The months a contract can be reported in, up to today: begun and covered by the contract (domain reportMonthProblems). */
export function reportableMonths(c: Pick<StoredContract, 'start' | 'end' | 'lastWorkingDay'>, today: IsoDay): YearMonth[] {
  const months: YearMonth[] = [];
  const last = monthOf(minDay(heldUntil(c), today < c.start ? c.start : today));
  for (let m = monthOf(c.start); firstDayOf(m) <= lastDayOf(last); m = nextMonth(m)) if (reportMonthProblems(c, m, today).length === 0) months.push(m);
  return months;
}

const tambonName = (t: TambonInfo) => ({ id: t.id, code: t.code, name_th: t.name_th, name_en: t.name_en });
const agencyName = (r: RecordModel) => ({ id: r.id, name_th: r['name_th'] as string, name_en: r['name_en'] as string });

/** A month's report as a contract's pages list it. */
const reportLine = (r: RecordModel) => ({
  id: r.id,
  year: r['year'] as number,
  month: r['month'] as number,
  status: r['status'] as string,
  evaluation: (r['evaluation'] as string) || '',
  returnReason: (r['return_reason'] as string) ?? '',
  version: r['version'] as number,
});

/** The signed-in worker's own contracts, each with the months they can report and the reports they have. */
export async function myContracts(a: Actor) {
  const rows = await a.pb.collection('employment_contracts').getFullList({ filter: a.pb.filter('worker = {:w}', { w: a.user.id }), sort: '-start,@rowid' });
  const today = todayOf(a);
  return Promise.all(
    rows.map(async (r) => {
      const c = toContract(r);
      const [reports, tambon, agency] = await Promise.all([
        a.pb.collection('employment_reports').getFullList({ filter: a.pb.filter('contract = {:c}', { c: c.id }), fields: 'id,year,month,status,evaluation,return_reason,version', sort: 'year,month' }),
        loadTambon(a.pb, c.tambonId).catch(() => null),
        // The worker's own contract names its agency; workers may not read agencies, so its name is read for them.
        c.agencyId ? a.superuserWrites.read((pb) => pb.collection('employment_agencies').getOne(c.agencyId!, { fields: 'id,name_th,name_en' })).catch(() => null) : Promise.resolve(null),
      ]);
      return {
        ...contractOut(c),
        tambon: tambon ? tambonName(tambon) : null,
        university: tambon ? { id: tambon.university.id, name_th: tambon.university.name_th, name_en: tambon.university.name_en } : null,
        agency: agency ? agencyName(agency) : null,
        months: reportableMonths(c, today),
        reports: reports.map(reportLine),
      };
    }),
  );
}

/** One contract with its reports, payments and history; the national ID whole only for those who hire for it. */
export async function getContract(a: Actor, input: { id: string }) {
  const c = await loadContract(a, input.id);
  const [reports, payments, events, tambon, agency] = await Promise.all([
    a.pb.collection('employment_reports').getFullList({ filter: a.pb.filter('contract = {:c}', { c: c.id }), sort: 'year,month' }),
    a.pb.collection('employment_payments').getFullList({ filter: a.pb.filter('contract = {:c}', { c: c.id }), sort: 'year,month' }),
    isStaff(a.user) ? a.pb.collection('employment_events').getFullList({ filter: a.pb.filter('contract = {:c}', { c: c.id }), sort: 'created,@rowid' }) : Promise.resolve([] as RecordModel[]),
    loadTambon(a.pb, c.tambonId).catch(() => null),
    c.agencyId ? a.pb.collection('employment_agencies').getOne(c.agencyId, { fields: 'id,name_th,name_en,requires_nda' }).catch(() => null) : Promise.resolve(null),
  ]);
  const whole = seesWholeId(a.user, c.universityId);
  const nationalId = whole ? ((await wholeIds(a, [c.applicantId])).get(c.applicantId) ?? c.nationalIdMasked) : c.nationalIdMasked;
  return {
    contract: contractOut(c),
    nationalId,
    nationalIdWhole: whole,
    tambon: tambon ? tambonName(tambon) : null,
    agency: agency ? agencyName(agency) : null,
    reports: reports.map((r) => ({ ...reportLine(r), work: r['work'] as string, training: r['training'] as string })),
    payments: payments.map((p) => ({ id: p.id, year: p['year'] as number, month: p['month'] as number, line: p['line'] as string, amount: toBaht(p['amount_satang'] as number), days: p['days'] as number, due: p['due'] as string, recordedAt: p['recorded_at'] as string })),
    events: events.map((e) => ({ id: e.id, action: e['action'] as string, by: e['by_name'] as string, at: e['created'] as string, reason: e['reason'] as string, changes: e['changes'] as unknown })),
  };
}

/**
 * A new temporary password for a contract's worker account, shown once to the staff who hire for the contract's
 * university (or the centre): for a replacement promoted when the worker themself recorded a resignation (the
 * leaver must not see it), or a worker who lost theirs. The contract's version in the same batch: of two staff
 * members doing it at once, one password holds and the other is told CONFLICT.
 */
export async function issuePassword(a: Actor, input: InputOf<typeof issuePasswordInput>): Promise<WorkerAccount> {
  const c = await loadContract(a, input.contractId);
  assertHire(a, { universityId: c.universityId });
  if (c.status !== 'active' || !c.workerId) throw appError('PRECONDITION_FAILED', 'employment.contract.notActive');
  const user = await a.superuserWrites.read((pb) => pb.collection('users').getOne(c.workerId!, { fields: 'id,email,role' }));
  if (user['role'] !== 'worker') throw appError('PRECONDITION_FAILED', 'employment.contract.notActive');
  const password = temporaryPassword();
  await writeEmployment(
    a,
    (b) => {
      b.update('employment_contracts', c.id, {}, { version: input.version });
      b.update('users', user.id, { password, passwordConfirm: password });
    },
    [{ action: 'contract', contract: c.id, applicant: c.applicantId, tambon: c.tambonId, university: c.universityId, network: c.networkId, changes: { password: 'issued' } }],
    async () => {
      const now = await loadContract(a, c.id);
      return conflictError(now.version, contractOut(now));
    },
  );
  return { email: user['email'] as string, temporaryPassword: password };
}

/**
 * The signed NDA stored with a contract, for whoever may read the contract (PocketBase's rule, with the caller's own
 * token and a file token of theirs): the staff over it, the worker themself, the agency's supervisors.
 */
export async function contractNda(a: Actor, input: { id: string }): Promise<ExportFile> {
  let record: RecordModel;
  try {
    record = await a.pb.collection('employment_contracts').getOne(input.id);
  } catch {
    throw appError('NOT_FOUND', 'error.notFound');
  }
  const file = typeof record['nda'] === 'string' ? record['nda'] : '';
  if (!file) throw appError('PRECONDITION_FAILED', 'employment.contract.noNda');
  const token = await a.pb.files.getToken();
  const stored = await fetch(a.pb.files.getURL(record, file, { token }), { signal: AbortSignal.timeout(60_000) });
  if (!stored.ok) throw appError('NOT_FOUND', 'error.notFound');
  return { filename: `NDA-${record['first_name']}-${record['last_name']}.pdf`, mime: 'application/pdf', base64: Buffer.from(await stored.arrayBuffer()).toString('base64') };
}
