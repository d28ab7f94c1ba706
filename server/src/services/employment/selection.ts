import { selectionOutcome } from '@otou/domain';
import type { chooseInput, InputOf } from '@otou/domain/employment/schemas';
import type { Actor } from '../../context.ts';
import { conflictError, fieldError } from '../../errors.ts';
import { loadTambon } from '../budget/read.ts';
import { applicantEligibility, tambonApplicants } from './applicants.ts';
import { writeEmployment } from './audit.ts';
import { selectionId } from './ids.ts';
import { tambonPositions } from './positions.ts';
import { assertHire, placeOf, todayOf } from './scope.ts';

/** Contracts of a type in a tambon that still hold a position (in force). */
export async function contractsInForce(a: Actor, tambonId: string, type: string): Promise<number> {
  const list = await a.pb.collection('employment_contracts').getList(1, 1, { filter: a.pb.filter('tambon = {:t} && type = {:y} && status = "active"', { t: tambonId, y: type }), fields: 'id' });
  return list.totalItems;
}

async function selectionVersion(a: Actor, tambonId: string, type: string): Promise<number> {
  try {
    return ((await a.pb.collection('employment_selections').getOne(selectionId(tambonId, type), { fields: 'version' }))['version'] as number) ?? 0;
  } catch {
    return 0;
  }
}

/**
 * Staff rank a tambon's applicants of one type: the first ones, as many as the type's open positions (its positions
 * less the contracts in force), are chosen; the rest are the ranked reserve. Every applicant must be eligible and still
 * available; those left off the list go back to plain applicants. The ranked list is versioned per tambon and type.
 */
export async function choose(a: Actor, input: InputOf<typeof chooseInput>) {
  const tambon = await loadTambon(a.pb, input.tambonId);
  assertHire(a, tambon.path);
  const [positions, applicants, inForce] = await Promise.all([tambonPositions(a, tambon.id), tambonApplicants(a, tambon.id, input.type), contractsInForce(a, tambon.id, input.type)]);
  const byId = new Map(applicants.map((s) => [s.id, s]));
  const problems: { field: string; key: 'employment.applicant.otherList' | 'employment.applicant.unavailable'; params: { rank: number } }[] = [];
  input.order.forEach((id, i) => {
    const s = byId.get(id);
    if (!s) problems.push({ field: `order.${i}`, key: 'employment.applicant.otherList', params: { rank: i + 1 } });
    else if (s.status === 'contracted' || s.status === 'withdrawn') problems.push({ field: `order.${i}`, key: 'employment.applicant.unavailable', params: { rank: i + 1 } });
  });
  if (problems.length) throw fieldError(problems);
  const today = todayOf(a);
  const eligible = new Set(applicants.filter((s) => applicantEligibility(s, tambon.code, today, a.locale).eligible).map((s) => s.id));
  const open = Math.max(0, positions[input.type].count - inForce);
  const outcome = selectionOutcome(input.order, open, eligible);
  if (!outcome.ok) throw fieldError(outcome.problems);
  const { chosen, reserve } = outcome.outcome;
  const next = new Map<string, { status: 'chosen' | 'reserve' | 'applicant'; rank: number | null }>();
  for (const c of chosen) next.set(c.applicantId, { status: 'chosen', rank: c.rank });
  for (const r of reserve) next.set(r.applicantId, { status: 'reserve', rank: r.rank });
  // Off the list: back to applicants (a contracted or withdrawn one keeps their state).
  for (const s of applicants) if (!next.has(s.id) && (s.status === 'chosen' || s.status === 'reserve')) next.set(s.id, { status: 'applicant', rank: null });
  const id = selectionId(tambon.id, input.type);
  const place = placeOf(tambon);
  await writeEmployment(
    a,
    (b) => {
      const body = { ...place, type: input.type, order: input.order };
      if (input.version === 0) b.create('employment_selections', { id, ...body });
      else b.update('employment_selections', id, body, { version: input.version });
      for (const [applicantId, v] of next) {
        const s = byId.get(applicantId)!;
        if (s.status !== v.status || s.rank !== v.rank) b.update('employment_applicants', applicantId, { status: v.status, rank: v.rank }, { version: s.version });
      }
    },
    [{ action: 'select', ...place, changes: { type: input.type, open, chosen: chosen.map((c) => c.applicantId), reserve: reserve.map((r) => r.applicantId) } }],
    async () => conflictError(await selectionVersion(a, tambon.id, input.type), { order: (await selectionOrder(a, tambon.id, input.type)) ?? [] }),
  );
  return { chosen: chosen.map((c) => c.applicantId), reserve: reserve.map((r) => ({ applicantId: r.applicantId, rank: r.rank })), version: input.version + 1 };
}

/** The ranked list as stored (null when the tambon has none for the type). */
export async function selectionOrder(a: Actor, tambonId: string, type: string): Promise<string[] | null> {
  try {
    return ((await a.pb.collection('employment_selections').getOne(selectionId(tambonId, type)))['order'] as string[]) ?? [];
  } catch {
    return null;
  }
}
