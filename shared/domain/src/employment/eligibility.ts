import { thaiIdProblem, normaliseThaiId } from '../thaiId.ts';
import { isDay, type IsoDay } from './days.ts';
import type { EmploymentMessageKey } from './messages.ts';

/**
 * Who may be hired for a tambon's position. The deck (ประเด็นที่ 3 การจ้างงาน): "1. จ้างงานตามภูมิลำเนาตามบัตรประชาชน
 * หรือ 2. มีการรับรองที่พักอาศัยในพื้นที่จ้างงาน" — domicile by the ID card's address, or a certified residence in
 * the hiring area.
 *
 * Decision: the hiring area is the TAMBON itself (the unit that has the 20 positions and the activities), compared by
 * the Department of Provincial Administration's 6-digit code (province 2 · district 2 · tambon 2) of the ID card's
 * address and of the tambon. The deck does not say "district"; a programme period may widen the area to the
 * district or province (`EligibilityArea`), and nothing else hard-codes the choice.
 */
export const ELIGIBILITY_AREAS = ['tambon', 'district', 'province'] as const;
export type EligibilityArea = (typeof ELIGIBILITY_AREAS)[number];
export const DEFAULT_ELIGIBILITY_AREA: EligibilityArea = 'tambon';

/** A DOPA tambon code: 6 digits, e.g. 190703 (ห้วยแห้ง, แก่งคอย, สระบุรี). */
export const AREA_CODE_PATTERN = /^\d{6}$/;
export const isAreaCode = (v: unknown): v is string => typeof v === 'string' && AREA_CODE_PATTERN.test(v);

const PREFIX: Record<EligibilityArea, number> = { province: 2, district: 4, tambon: 6 };

/** Whether two tambon codes lie in the same area at the given level. */
export function inArea(code: string, tambonCode: string, area: EligibilityArea = DEFAULT_ELIGIBILITY_AREA): boolean {
  if (!isAreaCode(code) || !isAreaCode(tambonCode)) return false;
  const n = PREFIX[area];
  return code.slice(0, n) === tambonCode.slice(0, n);
}

/** Documents that certify a residence (การรับรองที่พักอาศัย): who vouches, and the paper recorded with the applicant. */
export const RESIDENCE_DOCUMENT_KINDS = ['headmanLetter', 'localGovernmentLetter', 'lease', 'other'] as const;
export type ResidenceDocumentKind = (typeof RESIDENCE_DOCUMENT_KINDS)[number];
export const RESIDENCE_DOCUMENT_LABELS: Readonly<Record<ResidenceDocumentKind, { th: string; en: string }>> = Object.freeze({
  headmanLetter: { th: 'หนังสือรับรองจากกำนันหรือผู้ใหญ่บ้าน', en: 'Letter from the kamnan or village headman' },
  localGovernmentLetter: { th: 'หนังสือรับรองจากองค์กรปกครองส่วนท้องถิ่น', en: 'Letter from the local government' },
  lease: { th: 'สัญญาเช่าที่พักอาศัย', en: 'Lease of the residence' },
  other: { th: 'เอกสารอื่น', en: 'Other document' },
});

export interface ResidenceCertificate {
  /** The tambon code of the residence. */
  areaCode: string;
  kind: ResidenceDocumentKind;
  /** The document's number or reference. */
  reference: string;
  /** Who certified it (name and position). */
  issuedBy: string;
  issuedOn: IsoDay;
}

export interface Applicant {
  nationalId: string;
  /** The tambon code of the address on the ID card (ภูมิลำเนาตามบัตรประชาชน); null when not given. */
  idCardAreaCode: string | null;
  residence?: ResidenceCertificate | null;
}

export type EligibilityBasis = 'domicile' | 'certifiedResidence';

export interface Eligibility {
  eligible: boolean;
  basis: EligibilityBasis | null;
  /** What would make the applicant eligible, as message keys for the page; empty when eligible. */
  missing: EmploymentMessageKey[];
}

const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';

/** What a recorded residence certificate lacks, in the order a form asks for it. */
export function residenceProblems(r: ResidenceCertificate, on?: IsoDay): EmploymentMessageKey[] {
  const missing: EmploymentMessageKey[] = [];
  if (!isAreaCode(r.areaCode)) missing.push('employment.residence.area');
  if (!(RESIDENCE_DOCUMENT_KINDS as readonly string[]).includes(r.kind)) missing.push('employment.residence.kind');
  if (blank(r.reference)) missing.push('employment.residence.reference');
  if (blank(r.issuedBy)) missing.push('employment.residence.issuedBy');
  if (!isDay(r.issuedOn)) missing.push('employment.residence.issuedOn');
  else if (on !== undefined && r.issuedOn > on) missing.push('employment.residence.issuedLater');
  return missing;
}

/**
 * Whether an applicant may take a position in the tambon `tambonCode`: a valid national ID, and either a domicile in
 * the area by the ID card, or a complete residence certificate for an address in the area (dated no later than `on`,
 * the day of the decision, when given). Domicile wins when both hold. `missing` says what to fix or bring.
 */
export function eligibility(applicant: Applicant, tambonCode: string, opts: { area?: EligibilityArea; on?: IsoDay } = {}): Eligibility {
  const area = opts.area ?? DEFAULT_ELIGIBILITY_AREA;
  const missing: EmploymentMessageKey[] = [];
  const idProblem = thaiIdProblem(applicant.nationalId);
  if (idProblem) missing.push(idProblem === 'checksum' ? 'employment.nationalId.checksum' : 'employment.nationalId.format');
  const domicile = applicant.idCardAreaCode !== null && inArea(applicant.idCardAreaCode, tambonCode, area);
  if (domicile) return missing.length ? { eligible: false, basis: null, missing } : { eligible: true, basis: 'domicile', missing: [] };

  const r = applicant.residence;
  if (!r) {
    missing.push(applicant.idCardAreaCode === null || !isAreaCode(applicant.idCardAreaCode) ? 'employment.eligibility.noDomicile' : 'employment.eligibility.outsideArea');
    return { eligible: false, basis: null, missing };
  }
  const docMissing = residenceProblems(r, opts.on);
  if (docMissing.length === 0 && !inArea(r.areaCode, tambonCode, area)) docMissing.push('employment.eligibility.residenceOutsideArea');
  missing.push(...docMissing);
  return missing.length ? { eligible: false, basis: null, missing } : { eligible: true, basis: 'certifiedResidence', missing: [] };
}

/** A contract as far as "one active contract per person, nationally" cares. */
export interface ContractSpan {
  id?: string;
  nationalId: string;
  start: IsoDay;
  end: IsoDay;
  /** Cancelled contracts (never started) hold nobody. */
  status?: 'active' | 'ended' | 'resigned' | 'cancelled';
  /** Set once a resignation is recorded: the contract holds the person only up to this day. */
  lastWorkingDay?: IsoDay | null;
}

/** The days a contract holds its worker: start to the last working day when resigned, else to its end. */
export function heldUntil(c: Pick<ContractSpan, 'end' | 'lastWorkingDay'>): IsoDay {
  return c.lastWorkingDay && c.lastWorkingDay < c.end ? c.lastWorkingDay : c.end;
}

/**
 * The first existing contract of the same person whose days overlap the new one's (both days included: a contract
 * ending on the 31st and one starting on the 31st overlap; one starting on the 1st after does not), or null. The
 * server runs it over the person's contracts at every university, so nobody holds two anywhere in the country.
 */
export function activeContractConflict<C extends ContractSpan>(existing: readonly C[], next: ContractSpan): C | null {
  const id = normaliseThaiId(next.nationalId);
  const nextEnd = heldUntil(next);
  for (const c of existing) {
    if (c.status === 'cancelled') continue;
    if (next.id !== undefined && c.id === next.id) continue;
    if (normaliseThaiId(c.nationalId) !== id) continue;
    if (c.start <= nextEnd && next.start <= heldUntil(c)) return c;
  }
  return null;
}
