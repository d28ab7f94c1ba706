import { randomInt } from 'node:crypto';
import { normaliseThaiId } from '@otou/domain';
import { stableId } from '../../seed/ids.ts';

/**
 * Employment records have ids derived from what they are, so a retried save, the seeds and two people acting at once
 * address the same record: of two universities adding one person at once, the second meets the first (a conflict).
 */

/** One row per person in the whole country, from the national ID (bare 13 digits). */
export const personId = (nationalId: string) => stableId('employment_person', normaliseThaiId(nationalId));
/** One application per person and tambon. */
export const applicantId = (tambonId: string, person: string) => stableId('employment_applicant', `${tambonId}/${person}`);
/** One ranked list per tambon and worker type. */
export const selectionId = (tambonId: string, type: string) => stableId('employment_selection', `${tambonId}/${type}`);
/** The positions of a programme period: its default ('' tambon) or one tambon's own. */
export const positionsId = (periodId: string, tambonId: string | null) => stableId('employment_positions', `${periodId}/${tambonId ?? ''}`);
/** A contract of an application from a start day: making the same contract twice meets the first. */
export const contractId = (applicant: string, start: string) => stableId('employment_contract', `${applicant}/${start}`);
/** The worker account of a person (created with their first contract, linked again by later ones). */
export const workerUserId = (person: string) => stableId('employment_worker', person);

/** A new record's id where nothing derives one (an agency, an audit row): 15 characters a–z 0–9 like PocketBase's own. */
export function newId(): string {
  let id = '';
  while (id.length < 15) id += randomInt(36).toString(36);
  return id;
}
