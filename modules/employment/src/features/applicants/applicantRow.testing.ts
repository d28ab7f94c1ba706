import type { ApplicantRow } from './types.ts';

/** An eligible local applicant as applicant.list sends one, changed by `over`: the pages' tests build their lists from it. */
export const applicantRow = (over: Partial<ApplicantRow> = {}): ApplicantRow => ({
  id: 'a1',
  firstName: 'สมชาย',
  lastName: 'ใจดี',
  nationalIdMasked: 'x-xxxx-xxxxx-70-8',
  type: 'citizen',
  eligibility: { eligible: true, basis: 'domicile', problems: [] },
  score: 80,
  status: 'applicant',
  rank: null,
  version: 1,
  ...over,
});
