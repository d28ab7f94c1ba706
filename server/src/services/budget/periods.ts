import { canGrantException } from '@otou/domain';
import type { InputOf, savePeriodInput } from '@otou/domain/budget/schemas';
import type { Actor } from '../../context.ts';
import { appError, conflictError, fieldError } from '../../errors.ts';
import { VersionConflict } from '../../pocketbase/superuserWrites.ts';
import { periodId } from './ids.ts';
import { toPeriod } from './read.ts';

/** Every programme period, newest first, and which one is active. */
export async function listPeriods(a: Actor) {
  const rows = await a.pb.collection('budget_periods').getFullList({ sort: '-first_year,-first_month' });
  return rows.map((r) => ({ ...toPeriod(r), active: Boolean(r['active']), version: Number(r['version'] ?? 0) }));
}

async function periodConflict(a: Actor, id: string) {
  const p = (await listPeriods(a)).find((x) => x.id === id);
  if (!p) return appError('NOT_FOUND', 'budget.periodMissing');
  return conflictError(p.version, { code: p.code, name_th: p.name_th, name_en: p.name_en, firstYear: p.firstYear, firstMonth: p.firstMonth, months: p.months, active: p.active });
}

/**
 * The central office sets up a programme period (the demo's is Jan–Dec 2564) and which one is active; making one
 * active makes the others inactive in the same transaction.
 */
export async function savePeriod(a: Actor, input: InputOf<typeof savePeriodInput>) {
  if (!canGrantException(a.user)) throw appError('FORBIDDEN', 'error.forbidden');
  const body = { code: input.code, name_th: input.name_th, name_en: input.name_en, first_year: input.firstYear, first_month: input.firstMonth, months: input.months, active: input.active };
  const { id, version } = input;
  if (id !== undefined && version === undefined) throw fieldError([{ field: 'version', key: 'error.version' }]);
  const periods = await listPeriods(a);
  const edited = id === undefined ? undefined : periods.find((p) => p.id === id);
  if (id !== undefined && !edited) throw appError('NOT_FOUND', 'budget.periodMissing');
  if (edited && edited.version !== version) throw await periodConflict(a, edited.id);
  // Codes are unique (PocketBase's index would refuse with no field named): say which field and why.
  const codeTaken = () => fieldError([{ field: 'code', key: 'budget.periodCodeTaken', params: { code: input.code } }]);
  if (periods.some((p) => p.code === input.code && p.id !== id)) throw codeTaken();
  // A new period's id comes from its code, so two people adding the same code at once meet in one record.
  const newId = periodId(input.code);
  const batch = a.superuserWrites.batch();
  // Another period stops being active from the version read just now; a change to it meanwhile is a conflict too.
  if (input.active) for (const o of periods) if (o.active && o.id !== id) batch.update('budget_periods', o.id, { active: false }, { version: o.version });
  if (edited) batch.update('budget_periods', edited.id, body, { version: edited.version });
  else batch.create('budget_periods', periods.some((p) => p.id === newId) ? body : { id: newId, ...body });
  try {
    await batch.send();
  } catch (e) {
    if (e instanceof VersionConflict && id) throw await periodConflict(a, id);
    if (e instanceof VersionConflict) throw codeTaken();
    throw e;
  }
  return { ok: true };
}
