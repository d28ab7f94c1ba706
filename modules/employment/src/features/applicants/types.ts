import type { WorkerType } from '@otou/domain';

/** One applicant as `employment.applicant.list` sends it: the national ID masked, eligibility already in words. */
export interface ApplicantRow {
  id: string;
  firstName: string;
  lastName: string;
  nationalIdMasked: string;
  type: WorkerType;
  eligibility: { eligible: boolean; basis: 'domicile' | 'certifiedResidence' | null | ''; problems: string[] };
  score: number | null;
  status: 'applicant' | 'chosen' | 'reserve' | 'contracted' | 'withdrawn';
  rank: number | null;
  version: number;
}
