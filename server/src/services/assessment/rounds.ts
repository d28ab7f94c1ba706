import { randomUUID } from 'node:crypto';
import { canManageRounds, roundDays, roundInstants, roundLabel, roundOrder, roundProblems, roundWindowState, type AssessmentRoundConflict } from '@otou/domain';
import type { InputOf, listRoundsInput, saveRoundInput } from '@otou/domain/assessment/schemas';
import type { Actor } from '../../context.ts';
import { appError, conflictError, fieldError } from '../../errors.ts';
import { toPbDate } from '../../pocketbase/dates.ts';
import { stableId } from '../../seed/ids.ts';
import { loadPeriod } from '../budget/read.ts';
import { writeWithEvents } from './audit.ts';
import { windowOut } from './forms.ts';
import { roundId } from './ids.ts';
import { loadRounds, type StoredRound } from './read.ts';

/** A round as the browser gets it: its instants, its first and last days as the round form shows them, its window now. */
function roundOut(r: StoredRound, now: Date) {
  return { id: r.id, periodId: r.periodId, kind: r.kind, quarter: r.quarter, opens: r.opens, closes: r.closes, days: roundDays(r), window: windowOut(roundWindowState(now, r)), version: r.version };
}

/** The rounds of a programme period (the active one when none is named), first to last, each with its window now. */
export async function listRounds(a: Actor, input: InputOf<typeof listRoundsInput>) {
  const period = await loadPeriod(a.pb, input?.periodId);
  const rounds = (await loadRounds(a.pb, period.id)).sort(roundOrder);
  return { period: { id: period.id, code: period.code, name_th: period.name_th, name_en: period.name_en }, rounds: rounds.map((r) => roundOut(r, a.now)) };
}

const roundConflict = (r: StoredRound) => conflictError(r.version, { periodId: r.periodId, kind: r.kind, quarter: r.quarter, ...roundDays(r) } satisfies AssessmentRoundConflict);

/**
 * The central office defines a round of a period: a baseline, a quarter (1–4) or the final, open from its first day
 * to the end of its last day in Thai time. A period has one round of each kind (and quarter).
 */
export async function saveRound(a: Actor, input: InputOf<typeof saveRoundInput>) {
  if (!canManageRounds(a.user)) throw appError('FORBIDDEN', 'error.forbidden');
  const period = await loadPeriod(a.pb, input.periodId);
  const problems = roundProblems(input);
  const instants = roundInstants(input.opens, input.closes);
  if (problems.length || !instants) throw fieldError(problems.length ? problems : [{ field: 'closes', key: 'assessment.roundDays' }]);

  const all = await loadRounds(a.pb);
  const edited = input.id === undefined ? undefined : all.find((r) => r.id === input.id);
  if (input.id !== undefined && !edited) throw appError('NOT_FOUND', 'assessment.roundMissing');
  if (edited && edited.version !== input.version) throw roundConflict(edited);
  const same = (r: StoredRound) => r.periodId === period.id && r.kind === input.kind && r.quarter === input.quarter && r.id !== input.id;
  const taken = () => fieldError([{ field: input.kind === 'quarterly' ? 'quarter' : 'kind', key: 'assessment.roundTaken', params: { round: roundLabel(input, a.locale) } }]);
  if (all.some(same)) throw taken();

  const body = { period: period.id, kind: input.kind, quarter: input.quarter, opens: toPbDate(new Date(instants.opens)), closes: toPbDate(new Date(instants.closes)) };
  // A new round's id comes from what it is, so two people adding the same round at once meet in one record.
  const newId = roundId(period.id, input.kind, input.quarter);
  // (Its id may already be taken by a round since changed into another kind: then any free id will do.)
  const id = edited?.id ?? (all.some((r) => r.id === newId) ? stableId('assessment_round', `${newId}/${randomUUID()}`) : newId);
  const after = { periodId: period.id, kind: input.kind, quarter: input.quarter, opens: input.opens, closes: input.closes };
  await writeWithEvents(
    a,
    (batch) => {
      if (edited) batch.update('assessment_rounds', edited.id, body, { version: edited.version });
      else batch.create('assessment_rounds', { id, ...body });
    },
    [{ kind: 'round', record: id, round: id, action: edited ? 'save' : 'create', before: edited ? { periodId: edited.periodId, kind: edited.kind, quarter: edited.quarter, ...roundDays(edited) } : null, after }],
    async () => {
      const now = (await loadRounds(a.pb)).find((r) => (edited ? r.id === edited.id : same(r) || r.id === newId));
      if (edited && now) return roundConflict(now);
      return taken();
    },
  );
  return { ok: true as const, id };
}
