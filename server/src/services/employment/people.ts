import type { RecordModel } from 'pocketbase';
import { heldUntil, type ContractSpan, type IsoDay } from '@otou/domain';
import type { Actor } from '../../context.ts';

/**
 * Facts about people in the whole country that a hiring check needs and no caller's token may read (other
 * universities' contracts, the people rows): read as the platform, used for the check, never returned whole.
 */

const CHUNK = 50;

async function inChunks(ids: readonly string[], read: (chunk: string[]) => Promise<RecordModel[]>): Promise<RecordModel[]> {
  const out: RecordModel[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await read(ids.slice(i, i + CHUNK))));
  return out;
}

/** A stored contract as the one-contract rule sees it. */
export interface PersonContract extends ContractSpan {
  id: string;
  person: string;
  universityId: string;
  tambonId: string;
}

function toSpan(r: RecordModel): PersonContract {
  return {
    id: r.id,
    person: r['person'],
    // The rule compares people by national ID; every contract read here is matched by its person row instead.
    nationalId: r['person'],
    start: r['start'],
    end: r['end'],
    status: r['status'],
    lastWorkingDay: r['last_working_day'] || null,
    universityId: r['university'],
    tambonId: r['tambon'],
  };
}

/** Every contract of these people, at every university. */
export async function contractsOf(a: Actor, personIds: readonly string[]): Promise<PersonContract[]> {
  const rows = await inChunks([...new Set(personIds)], (chunk) =>
    a.superuserWrites.read((pb) =>
      pb.collection('employment_contracts').getFullList({ filter: chunk.map((p) => pb.filter('person = {:p}', { p })).join(' || '), fields: 'id,person,start,end,status,last_working_day,university,tambon', batch: 1000 }),
    ),
  );
  return rows.map(toSpan);
}

/** The contracts that hold these people on or after `today` (in force or about to start), anywhere in the country. */
export async function heldContracts(a: Actor, personIds: readonly string[], today: IsoDay): Promise<PersonContract[]> {
  return (await contractsOf(a, personIds)).filter((c) => c.status === 'active' && heldUntil(c) >= today);
}

/** The people rows that exist, with their versions (every contract write bumps the person's). */
export async function peopleVersions(a: Actor, personIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await inChunks([...new Set(personIds)], (chunk) =>
    a.superuserWrites.read((pb) => pb.collection('employment_people').getFullList({ filter: chunk.map((id) => pb.filter('id = {:id}', { id })).join(' || '), fields: 'id,version', batch: 1000 })),
  );
  return new Map(rows.map((r) => [r.id, (r['version'] as number) ?? 0]));
}

/** The whole national IDs of applicants (hidden from every token), for the staff who hire for them. */
export async function wholeIds(a: Actor, applicantIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await inChunks([...new Set(applicantIds)], (chunk) =>
    a.superuserWrites.read((pb) => pb.collection('employment_applicants').getFullList({ filter: chunk.map((id) => pb.filter('id = {:id}', { id })).join(' || '), fields: 'id,national_id', batch: 1000 })),
  );
  return new Map(rows.map((r) => [r.id, r['national_id'] as string]));
}
