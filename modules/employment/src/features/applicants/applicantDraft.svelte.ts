import { inArea, isAreaCode, normaliseThaiId, parseAmountInput, residenceProblems, thaiIdProblem, translateEmployment, westernDigits, type Locale, type ResidenceDocumentKind, type WorkerType } from '@otou/domain';
import type { FieldErrors } from '@otou/sdk';

/** What the add-applicant form holds, as typed. */
export interface ApplicantTyped {
  nationalId: string;
  firstName: string;
  lastName: string;
  type: WorkerType;
  idCardAreaCode: string;
  phone: string;
  email: string;
  score: string;
  residenceAreaCode: string;
  residenceKind: ResidenceDocumentKind;
  residenceReference: string;
  residenceIssuedBy: string;
  /** ISO day from the BE date field; empty until a whole date is typed. */
  residenceIssuedOn: string;
}

export const emptyApplicant = (): ApplicantTyped => ({
  nationalId: '',
  firstName: '',
  lastName: '',
  type: 'citizen',
  idCardAreaCode: '',
  phone: '',
  email: '',
  score: '',
  residenceAreaCode: '',
  residenceKind: 'headmanLetter',
  residenceReference: '',
  residenceIssuedBy: '',
  residenceIssuedOn: '',
});

/** The national ID's problem as typed (Thai digits read), null when it is valid or nothing is typed yet. */
export function nationalIdProblem(typed: string, locale: Locale): string | null {
  const id = westernDigits(typed);
  if (id === '') return null;
  const p = thaiIdProblem(id);
  return p ? translateEmployment(locale, p === 'checksum' ? 'employment.nationalId.checksum' : 'employment.nationalId.format') : null;
}

/**
 * A residence certificate is asked for when the ID card's tambon is known and outside the hiring tambon: the
 * domain's eligibility rule (same tambon by the DOPA code), so the form asks exactly when the server would.
 */
export const needsResidence = (a: ApplicantTyped, tambonCode: string): boolean => isAreaCode(westernDigits(a.idCardAreaCode)) && !inArea(westernDigits(a.idCardAreaCode), tambonCode);

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function applicantInput(a: ApplicantTyped, tambonId: string, tambonCode: string) {
  const score = parseAmountInput(a.score);
  return {
    tambonId,
    nationalId: normaliseThaiId(westernDigits(a.nationalId)),
    firstName: a.firstName.trim(),
    lastName: a.lastName.trim(),
    type: a.type,
    idCardAreaCode: westernDigits(a.idCardAreaCode),
    residence: needsResidence(a, tambonCode)
      ? { areaCode: westernDigits(a.residenceAreaCode), kind: a.residenceKind, reference: a.residenceReference.trim(), issuedBy: a.residenceIssuedBy.trim(), issuedOn: a.residenceIssuedOn }
      : null,
    phone: orNull(westernDigits(a.phone)),
    email: orNull(a.email),
    score: score.ok ? score.value : Number.NaN,
  };
}

/** What the form can tell before sending, each at its field, in the domain's words; the server checks the rest. */
export function applicantProblems(a: ApplicantTyped, tambonCode: string, locale: Locale): FieldErrors {
  const errors: FieldErrors = {};
  const say = (field: string, key: Parameters<typeof translateEmployment>[1]) => (errors[field] ??= []).push(translateEmployment(locale, key));
  const id = nationalIdProblem(a.nationalId, locale);
  if (id) errors['nationalId'] = [id];
  else if (a.nationalId.trim() === '') say('nationalId', 'employment.nationalId.format');
  if (!a.firstName.trim()) say('firstName', 'employment.name');
  if (!a.lastName.trim()) say('lastName', 'employment.name');
  if (!isAreaCode(westernDigits(a.idCardAreaCode))) say('idCardAreaCode', 'employment.areaCode');
  const score = parseAmountInput(a.score, { min: 0, max: 100 });
  if (!score.ok) say('score', 'employment.score');
  if (needsResidence(a, tambonCode)) {
    const input = applicantInput(a, '', tambonCode).residence!;
    const fields = { 'employment.residence.area': 'areaCode', 'employment.residence.kind': 'kind', 'employment.residence.reference': 'reference', 'employment.residence.issuedBy': 'issuedBy', 'employment.residence.issuedOn': 'issuedOn', 'employment.residence.issuedLater': 'issuedOn' } as const;
    for (const key of residenceProblems(input)) say(`residence.${fields[key as keyof typeof fields] ?? 'areaCode'}`, key);
  }
  return errors;
}
