import type { RecordModel } from 'pocketbase';
import { DEFAULT_POSITIONS, monthlyCost, positionProblems, WORKER_TYPES, type Positions } from '@otou/domain';
import type { InputOf, savePositionsInput } from '@otou/domain/employment/schemas';
import type { Actor } from '../../context.ts';
import { appError, conflictError, fieldError } from '../../errors.ts';
import { loadPeriod, loadTambon } from '../budget/read.ts';
import { writeEmployment } from './audit.ts';
import { positionsId } from './ids.ts';
import { placeOf } from './scope.ts';

/** Positions as stored (json), read defensively: a missing type falls back to the default's. */
function toPositions(v: unknown): Positions {
  const p = (v ?? {}) as Partial<Record<string, { count?: unknown; rate?: unknown }>>;
  const out = {} as Positions;
  for (const t of WORKER_TYPES) {
    const s = p[t];
    out[t] = typeof s?.count === 'number' && typeof s?.rate === 'number' ? { count: s.count, rate: s.rate } : { ...DEFAULT_POSITIONS[t] };
  }
  return out;
}

async function positionsRow(a: Actor, periodId: string, tambonId: string | null): Promise<RecordModel | null> {
  try {
    return await a.pb.collection('employment_positions').getOne(positionsId(periodId, tambonId));
  } catch {
    return null;
  }
}

export interface PositionsView {
  periodId: string;
  tambonId: string | null;
  positions: Positions;
  /** Sent back with a save: 0 when this period (or tambon) has no row of its own yet. */
  version: number;
  /** True when the tambon has no positions of its own and shows the period's default (or the programme's). */
  inherited: boolean;
  /** The monthly wage bill in baht by type and in all. */
  costs: Record<(typeof WORKER_TYPES)[number] | 'total', number>;
}

/**
 * The positions that hold for a tambon (or, without one, the period's default): the tambon's own row, else the
 * period's default row, else the programme's DEFAULT_POSITIONS (5×9,000 / 10×15,000 / 5×5,000).
 */
export async function positionsView(a: Actor, periodId: string, tambonId: string | null): Promise<PositionsView> {
  const own = await positionsRow(a, periodId, tambonId);
  const fallback = own || !tambonId ? null : await positionsRow(a, periodId, null);
  const positions = toPositions((own ?? fallback)?.['positions'] ?? DEFAULT_POSITIONS);
  return { periodId, tambonId, positions, version: (own?.['version'] as number | undefined) ?? 0, inherited: !own, costs: monthlyCost(positions) };
}

/** The positions of a tambon in the active period (or the one named): what hiring, selection and contracts go by. */
export async function tambonPositions(a: Actor, tambonId: string, periodId?: string): Promise<Positions> {
  const period = await loadPeriod(a.pb, periodId);
  return (await positionsView(a, period.id, tambonId)).positions;
}

export async function getPositions(a: Actor, input: { periodId?: string | undefined; tambonId?: string | undefined }): Promise<PositionsView> {
  const period = await loadPeriod(a.pb, input.periodId);
  if (input.tambonId) await loadTambon(a.pb, input.tambonId);
  return positionsView(a, period.id, input.tambonId ?? null);
}

/** The central office sets a period's default positions, or one tambon's own. */
export async function savePositions(a: Actor, input: InputOf<typeof savePositionsInput>): Promise<PositionsView> {
  if (a.user.role !== 'central_admin') throw appError('FORBIDDEN', 'employment.forbidden.positions');
  const period = await loadPeriod(a.pb, input.periodId);
  const tambon = input.tambonId ? await loadTambon(a.pb, input.tambonId) : null;
  const problems = positionProblems(input.positions);
  if (problems.length) throw fieldError(problems.map((p) => ({ field: `positions.${p.field}`, key: p.key, ...(p.params ? { params: p.params } : {}) })));
  const before = await positionsView(a, period.id, tambon?.id ?? null);
  const id = positionsId(period.id, tambon?.id ?? null);
  const body = { period: period.id, tambon: tambon?.id ?? '', positions: input.positions };
  await writeEmployment(
    a,
    (b) => (input.version === 0 ? b.create('employment_positions', { id, ...body }) : b.update('employment_positions', id, body, { version: input.version })),
    [{ action: 'positions', ...(tambon ? placeOf(tambon) : {}), changes: { period: period.id, before: before.positions, after: input.positions } }],
    async () => {
      const now = await positionsView(a, period.id, tambon?.id ?? null);
      return conflictError(now.version, now);
    },
  );
  return positionsView(a, period.id, tambon?.id ?? null);
}
