import { contractProblems, translateEmployment, type Locale, type WorkerType } from '@otou/domain';
import type { FieldErrors } from '@otou/sdk';

/** The days, rate and agency of a new contract as typed (days ISO from the BE date fields, '' until whole). */
export interface ContractTyped {
  applicantId: string;
  start: string;
  end: string;
  rate: number;
  agencyId: string;
  nda: { filename: string; base64: string } | null;
}

/** What the form can tell before sending, each at its field, by the domain's contract rule; an NDA when the agency wants one. */
export function contractFormProblems(c: ContractTyped, type: WorkerType, requiresNda: boolean, locale: Locale): FieldErrors {
  const errors: FieldErrors = {};
  if (!c.applicantId) (errors['applicantId'] ??= []).push(translateEmployment(locale, 'employment.reference'));
  for (const p of contractProblems({ start: c.start, end: c.end, type, rate: c.rate })) (errors[p.field] ??= []).push(translateEmployment(locale, p.key, p.params));
  if (requiresNda && !c.nda) (errors['nda'] ??= []).push(translateEmployment(locale, 'employment.contract.nda'));
  return errors;
}
