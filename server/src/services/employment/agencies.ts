import type { RecordModel } from 'pocketbase';
import type { InputOf, listAgenciesInput, saveAgencyInput, supervisorCandidatesInput } from '@otou/domain/employment/schemas';
import type { Actor } from '../../context.ts';
import { appError, conflictError, fieldError } from '../../errors.ts';
import { writeEmployment } from './audit.ts';
import { newId } from './ids.ts';

export interface AgencyRow {
  id: string;
  universityId: string;
  name_th: string;
  name_en: string;
  needs: string;
  workplace: string;
  qualifications: string;
  requiresNda: boolean;
  supervisors: { id: string; name: string }[];
  /** Workers placed with the agency under a contract in force. */
  workers: number;
  version: number;
}

/** Users' names for the supervisors' ids: people may not read each other's accounts, the list must name them. */
async function namesOf(a: Actor, ids: readonly string[]): Promise<Map<string, { name: string; role: string; university: string }>> {
  if (!ids.length) return new Map();
  const rows = await a.superuserWrites.read((pb) =>
    pb.collection('users').getFullList({ filter: ids.map((id) => pb.filter('id = {:id}', { id })).join(' || '), fields: 'id,name,role,university' }),
  );
  return new Map(rows.map((r) => [r.id, { name: r['name'] as string, role: r['role'] as string, university: r['university'] as string }]));
}

async function toRows(a: Actor, records: RecordModel[]): Promise<AgencyRow[]> {
  const names = await namesOf(a, [...new Set(records.flatMap((r) => r['supervisors'] as string[]))]);
  const workers = await Promise.all(
    records.map((r) => a.pb.collection('employment_contracts').getList(1, 1, { filter: a.pb.filter('agency = {:a} && status = "active"', { a: r.id }), fields: 'id' }).then((l) => l.totalItems)),
  );
  return records.map((r, i) => ({
    id: r.id,
    universityId: r['university'],
    name_th: r['name_th'],
    name_en: r['name_en'],
    needs: r['needs'],
    workplace: r['workplace'],
    qualifications: r['qualifications'],
    requiresNda: r['requires_nda'] === true,
    supervisors: (r['supervisors'] as string[]).map((id) => ({ id, name: names.get(id)?.name ?? '' })),
    workers: workers[i]!,
    version: r['version'] ?? 0,
  }));
}

/** The user agencies the caller may read (their university's; a supervisor those they supervise; the centre all). */
export async function listAgencies(a: Actor, input: InputOf<typeof listAgenciesInput>): Promise<AgencyRow[]> {
  const records = await a.pb.collection('employment_agencies').getFullList({
    ...(input.universityId ? { filter: a.pb.filter('university = {:u}', { u: input.universityId }) } : {}),
    sort: 'name_th,@rowid',
  });
  return toRows(a, records);
}

async function loadAgency(a: Actor, id: string): Promise<RecordModel> {
  try {
    return await a.pb.collection('employment_agencies').getOne(id);
  } catch {
    throw appError('NOT_FOUND', 'error.notFound');
  }
}

/** A user agency of the government-data track, saved by its university's staff or the central office. */
export async function saveAgency(a: Actor, input: InputOf<typeof saveAgencyInput>): Promise<AgencyRow> {
  const u = a.user;
  if (u.role !== 'central_admin' && u.role !== 'university_staff') throw appError('FORBIDDEN', 'employment.forbidden.agency');
  const stored = input.id ? await loadAgency(a, input.id) : null;
  const universityId = (stored?.['university'] as string | undefined) ?? input.universityId ?? (u.role === 'university_staff' ? u.placement.universityId : undefined);
  if (!universityId) throw fieldError([{ field: 'universityId', key: 'employment.agency.university' }]);
  if (u.role === 'university_staff' && u.placement.universityId !== universityId) throw appError('FORBIDDEN', 'employment.forbidden.agency');
  let university: RecordModel;
  try {
    university = await a.pb.collection('universities').getOne(universityId, { fields: 'id,network' });
  } catch {
    throw fieldError([{ field: 'universityId', key: 'employment.agency.university' }]);
  }
  const supervisorIds = input.supervisorIds ?? ((stored?.['supervisors'] as string[] | undefined) ?? []);
  const people = await namesOf(a, supervisorIds);
  const wrong = supervisorIds.findIndex((id) => people.get(id)?.role !== 'agency_supervisor' || people.get(id)?.university !== universityId);
  if (wrong >= 0) throw fieldError([{ field: `supervisorIds.${wrong}`, key: 'employment.agency.supervisor' }]);

  const body = {
    university: universityId,
    network: university['network'],
    name_th: input.name_th,
    name_en: input.name_en,
    needs: input.needs,
    workplace: input.workplace,
    qualifications: input.qualifications,
    requires_nda: input.requiresNda,
    supervisors: [...new Set(supervisorIds)],
  };
  const id = stored?.id ?? undefined;
  let createdId = '';
  await writeEmployment(
    a,
    (b) => {
      if (id) b.update('employment_agencies', id, body, { version: input.version });
      else {
        createdId = newId();
        b.create('employment_agencies', { id: createdId, ...body });
      }
    },
    [{ action: 'agency', university: universityId, network: university['network'], changes: { agency: id ?? createdId, after: body } }],
    async () => {
      const [now] = await toRows(a, [await loadAgency(a, id!)]);
      return conflictError(now!.version, now!);
    },
  );
  const [row] = await toRows(a, [await loadAgency(a, id ?? createdId)]);
  return row!;
}

/**
 * The accounts that may supervise an agency of a university (role agency_supervisor, placed at that university), for
 * the agency's form: the university's staff for their own, the centre for any. Names only.
 */
export async function supervisorCandidates(a: Actor, input: InputOf<typeof supervisorCandidatesInput>): Promise<{ id: string; name: string }[]> {
  const u = a.user;
  const universityId = input.universityId ?? u.placement.universityId;
  if (!universityId || !(u.role === 'central_admin' || (u.role === 'university_staff' && u.placement.universityId === universityId))) throw appError('FORBIDDEN', 'employment.forbidden.agency');
  const rows = await a.superuserWrites.read((pb) =>
    pb.collection('users').getFullList({ filter: pb.filter('role = "agency_supervisor" && university = {:u}', { u: universityId }), fields: 'id,name', sort: 'name,id' }),
  );
  return rows.map((r) => ({ id: r.id, name: r['name'] as string }));
}
