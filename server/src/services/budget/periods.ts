import { canGrantException } from '@otou/domain';
import type { InputOf, savePeriodInput } from '@otou/domain/budget/schemas';
import type { Actor } from '../../context.ts';
import { appError } from '../../errors.ts';
import { toPeriod } from './read.ts';

/** Every programme period, newest first, and which one is active. */
export async function listPeriods(a: Actor) {
  const rows = await a.pb.collection('budget_periods').getFullList({ sort: '-first_year,-first_month' });
  return rows.map((r) => ({ ...toPeriod(r), active: Boolean(r['active']) }));
}

/**
 * The central office sets up a programme period (the demo's is Jan–Dec 2564) and which one is active; making one
 * active makes the others inactive in the same transaction.
 */
export async function savePeriod(a: Actor, input: InputOf<typeof savePeriodInput>) {
  if (!canGrantException(a.user)) throw appError('FORBIDDEN', 'error.forbidden');
  const body = { code: input.code, name_th: input.name_th, name_en: input.name_en, first_year: input.firstYear, first_month: input.firstMonth, months: input.months, active: input.active };
  const others = input.active ? await a.pb.collection('budget_periods').getFullList({ filter: 'active = true', fields: 'id' }) : [];
  const batch = a.pb.createBatch();
  for (const o of others) if (o.id !== input.id) batch.collection('budget_periods').update(o.id, { active: false });
  if (input.id) batch.collection('budget_periods').update(input.id, body);
  else batch.collection('budget_periods').create(body);
  await batch.send();
  return { ok: true };
}
