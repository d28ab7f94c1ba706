import type { RecordModel } from 'pocketbase';
import {
  dayBE,
  eligibility,
  inArea,
  maskNationalId,
  translateEmployment,
  type EligibilityBasis,
  type IsoDay,
  type Locale,
  type ResidenceCertificate,
  type WorkerType,
  WORKER_TYPES,
} from '@otou/domain';
import type { InputOf, addApplicantInput, listApplicantsInput } from '@otou/domain/employment/schemas';
import type { Actor } from '../../context.ts';
import { appError, fieldError } from '../../errors.ts';
import type { WriteBatch } from '../../pocketbase/superuserWrites.ts';
import { loadTambon, type TambonInfo } from '../budget/read.ts';
import { writeEmployment } from './audit.ts';
import { applicantId, personId } from './ids.ts';
import { heldContracts, peopleVersions, wholeIds } from './people.ts';
import { tambonPositions } from './positions.ts';
import { assertHire, assertStaff, placeOf, seesWholeId, todayOf } from './scope.ts';

/** An applicant as the form sends it and an import row becomes it (national ID already bare digits). */
export interface NewApplicant {
  nationalId: string;
  firstName: string;
  lastName: string;
  type: WorkerType;
  idCardAreaCode: string;
  residence: ResidenceCertificate | null;
  phone: string | null;
  email: string | null;
  score: number | null;
}

/** Whether a stored applicant may be hired in the tambon, and what they lack (translated). Their ID was checked when stored. */
export function applicantEligibility(r: { idCardAreaCode: string; residence: ResidenceCertificate | null }, tambonCode: string, on: IsoDay, locale: Locale) {
  const e = eligibility({ nationalId: '', idCardAreaCode: r.idCardAreaCode || null, residence: r.residence }, tambonCode, { on });
  const missing = e.missing.filter((k) => !k.startsWith('employment.nationalId'));
  const eligible = missing.length === 0;
  const basis: EligibilityBasis | null = eligible ? (inArea(r.idCardAreaCode, tambonCode) ? 'domicile' : 'certifiedResidence') : null;
  return { eligible, basis, problems: missing.map((k) => translateEmployment(locale, k)) };
}

export interface StoredApplicant {
  id: string;
  person: string;
  tambonId: string;
  universityId: string;
  networkId: string;
  firstName: string;
  lastName: string;
  nationalIdMasked: string;
  type: WorkerType;
  idCardAreaCode: string;
  residence: ResidenceCertificate | null;
  phone: string;
  email: string;
  score: number | null;
  status: 'applicant' | 'chosen' | 'reserve' | 'contracted' | 'withdrawn';
  rank: number | null;
  version: number;
}

export function toApplicant(r: RecordModel): StoredApplicant {
  return {
    id: r.id,
    person: r['person'],
    tambonId: r['tambon'],
    universityId: r['university'],
    networkId: r['network'],
    firstName: r['first_name'],
    lastName: r['last_name'],
    nationalIdMasked: r['national_id_masked'],
    type: r['type'],
    idCardAreaCode: r['id_card_area'] ?? '',
    residence: (r['residence'] as ResidenceCertificate | null) ?? null,
    phone: r['phone'] ?? '',
    email: r['email'] ?? '',
    score: typeof r['score'] === 'number' ? r['score'] : null,
    status: r['status'],
    rank: typeof r['rank'] === 'number' && r['rank'] > 0 ? r['rank'] : null,
    version: r['version'] ?? 0,
  };
}

/** One applicant as a page lists them: masked ID, eligibility with what is missing. */
export function applicantOut(s: StoredApplicant, tambonCode: string, on: IsoDay, locale: Locale) {
  const { person: _person, ...rest } = s;
  return { ...rest, eligibility: applicantEligibility(s, tambonCode, on, locale) };
}

/** The applicant rows a batch writes for new applicants of a tambon, with the people rows not stored yet. */
export function writeApplicants(batch: WriteBatch, tambon: TambonInfo, applicants: readonly NewApplicant[], existingPeople: ReadonlyMap<string, number>, on: IsoDay): string[] {
  const place = placeOf(tambon);
  return applicants.map((n) => {
    const person = personId(n.nationalId);
    if (!existingPeople.has(person)) batch.create('employment_people', { id: person, national_id: n.nationalId });
    const e = eligibility(n, tambon.code, { on });
    const id = applicantId(tambon.id, person);
    batch.create('employment_applicants', {
      id,
      person,
      ...place,
      national_id: n.nationalId,
      national_id_masked: maskNationalId(n.nationalId),
      first_name: n.firstName,
      last_name: n.lastName,
      type: n.type,
      id_card_area: n.idCardAreaCode,
      residence: n.residence,
      phone: n.phone ?? '',
      email: n.email ?? '',
      score: n.score,
      eligible: e.eligible,
      basis: e.basis ?? '',
      status: 'applicant',
      rank: null,
    });
    return id;
  });
}

/** The applicants of a tambon already stored, by person. */
export async function tambonApplicants(a: Actor, tambonId: string, type?: WorkerType): Promise<StoredApplicant[]> {
  const filter = type ? a.pb.filter('tambon = {:t} && type = {:y}', { t: tambonId, y: type }) : a.pb.filter('tambon = {:t}', { t: tambonId });
  return (await a.pb.collection('employment_applicants').getFullList({ filter, sort: 'rank,last_name,first_name,@rowid', batch: 1000 })).map(toApplicant);
}

/** University staff (or the centre) add one applicant to a tambon; eligibility is recorded and shown, enforced at selection. */
export async function addApplicant(a: Actor, input: InputOf<typeof addApplicantInput>): Promise<{ id: string }> {
  const tambon = await loadTambon(a.pb, input.tambonId);
  assertHire(a, tambon.path);
  const today = todayOf(a);
  const person = personId(input.nationalId);
  const id = applicantId(tambon.id, person);
  const [existing, held, people] = await Promise.all([
    a.pb.collection('employment_applicants').getList(1, 1, { filter: a.pb.filter('id = {:id}', { id }), fields: 'id' }),
    heldContracts(a, [person], today),
    peopleVersions(a, [person]),
  ]);
  if (existing.totalItems > 0) throw fieldError([{ field: 'nationalId', key: 'employment.applicant.exists' }]);
  const h = held[0];
  if (h) throw fieldError([{ field: 'nationalId', key: 'employment.contract.activeElsewhere', params: { from: dayBE(h.start), to: dayBE(h.lastWorkingDay ?? h.end) } }]);
  await writeEmployment(a, (b) => writeApplicants(b, tambon, [input], people, today), [{ action: 'applicant', applicant: id, ...placeOf(tambon), changes: { added: 1 } }]);
  return { id };
}

/** A tambon's applicants (of one type or all), with the tambon's positions: staff only, masked IDs. */
export async function listApplicants(a: Actor, input: InputOf<typeof listApplicantsInput>) {
  assertStaff(a);
  const tambon = await loadTambon(a.pb, input.tambonId);
  const [positions, rows, selections] = await Promise.all([
    tambonPositions(a, tambon.id),
    tambonApplicants(a, tambon.id, input.type),
    a.pb.collection('employment_selections').getFullList({ filter: a.pb.filter('tambon = {:t}', { t: tambon.id }), fields: 'type,order,version' }),
  ]);
  const today = todayOf(a);
  const selection = Object.fromEntries(
    WORKER_TYPES.map((t) => {
      const row = selections.find((r) => r['type'] === t);
      return [t, { version: (row?.['version'] as number | undefined) ?? 0, order: (row?.['order'] as string[] | undefined) ?? [] }];
    }),
  ) as Record<WorkerType, { version: number; order: string[] }>;
  return {
    tambon: { id: tambon.id, code: tambon.code, name_th: tambon.name_th, name_en: tambon.name_en },
    positions,
    /** Each type's ranked list as stored, with the version selection.choose sends back (0: none yet). */
    selection,
    applicants: rows.map((r) => applicantOut(r, tambon.code, today, a.locale)),
  };
}

export async function loadApplicant(a: Actor, id: string): Promise<StoredApplicant> {
  try {
    return toApplicant(await a.pb.collection('employment_applicants').getOne(id));
  } catch {
    throw appError('NOT_FOUND', 'error.notFound');
  }
}

/** One applicant; the national ID whole only for the staff who hire for the tambon's university (and the centre). */
export async function getApplicant(a: Actor, input: { id: string }) {
  assertStaff(a);
  const s = await loadApplicant(a, input.id);
  const tambon = await loadTambon(a.pb, s.tambonId);
  const whole = seesWholeId(a.user, s.universityId);
  const nationalId = whole ? ((await wholeIds(a, [s.id])).get(s.id) ?? s.nationalIdMasked) : s.nationalIdMasked;
  return { ...applicantOut(s, tambon.code, todayOf(a), a.locale), nationalId, nationalIdWhole: whole };
}
