import type { InputOf, saveAgencyInput } from '@otou/domain/employment/schemas';
import type { AgencyRow } from '../contracts/types.ts';

type Saved = Required<InputOf<typeof saveAgencyInput>>;

/**
 * An agency as its form holds it — what `employment.agency.save` takes, every text present: a new one is empty (no id;
 * its university is the adder's own), an edited one starts from what is stored.
 */
export type AgencyTyped = Omit<Saved, 'id' | 'universityId'> & Partial<Pick<Saved, 'id' | 'universityId'>>;

export const newAgency = (): AgencyTyped => ({ version: 0, name_th: '', name_en: '', needs: '', workplace: '', qualifications: '', requiresNda: false, supervisorIds: [] });

export const agencyTyped = (a: AgencyRow): AgencyTyped => ({
  id: a.id,
  universityId: a.universityId,
  version: a.version,
  name_th: a.name_th,
  name_en: a.name_en,
  needs: a.needs,
  workplace: a.workplace,
  qualifications: a.qualifications,
  requiresNda: a.requiresNda,
  supervisorIds: a.supervisors.map((s) => s.id),
});

/**
 * What `employment.agency.save` takes: texts trimmed, a new agency without id. An edited agency's university is the
 * stored one's (never moved: the server knows it); a new one's is the university the central office chose, or left out
 * for university staff (their own).
 */
export function agencyInput(a: AgencyTyped) {
  const { id, universityId, ...rest } = a;
  const trimmed = { ...rest, name_th: a.name_th.trim(), name_en: a.name_en.trim(), needs: a.needs.trim(), workplace: a.workplace.trim(), qualifications: a.qualifications.trim() };
  if (id) return { id, ...trimmed };
  return universityId ? { ...trimmed, universityId } : trimmed;
}
