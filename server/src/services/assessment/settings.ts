import { canManageRounds, thresholdProblems, type AssessmentSettingsConflict, type TierThresholds } from '@otou/domain';
import type { InputOf, saveSettingsInput } from '@otou/domain/assessment/schemas';
import type { Actor } from '../../context.ts';
import { appError, conflictError, fieldError } from '../../errors.ts';
import { writeWithEvents } from './audit.ts';
import { settingsId, TIER_SETTINGS_KEY } from './ids.ts';
import { loadThresholds } from './read.ts';

/** The tier thresholds every page and dashboard applies, with the version a change starts from. */
export async function getSettings(a: Actor): Promise<{ thresholds: TierThresholds; version: number }> {
  return loadThresholds(a.pb);
}

/**
 * The central office sets how many goals each tier needs. Tiers are computed from the goals met when they are read,
 * so a change applies to every round at once, with nothing else rewritten.
 */
export async function saveSettings(a: Actor, input: InputOf<typeof saveSettingsInput>) {
  if (!canManageRounds(a.user)) throw appError('FORBIDDEN', 'error.forbidden');
  const thresholds: TierThresholds = { sustainable: input.sustainable, sufficiency: input.sufficiency, survive: input.survive };
  const stored = await loadThresholds(a.pb);
  const conflict = (s: typeof stored) => conflictError(s.version, { ...s.thresholds } satisfies AssessmentSettingsConflict);
  if (stored.version !== input.version) throw conflict(stored);
  const problems = thresholdProblems(thresholds);
  if (problems.length) throw fieldError(problems);
  const id = settingsId(TIER_SETTINGS_KEY);
  await writeWithEvents(
    a,
    (batch) => {
      if (stored.version === 0) batch.create('assessment_settings', { id, key: TIER_SETTINGS_KEY, ...thresholds });
      else batch.update('assessment_settings', id, { ...thresholds }, { version: input.version });
    },
    [{ kind: 'settings', record: id, action: 'save', before: stored.thresholds, after: thresholds }],
    async () => conflict(await loadThresholds(a.pb)),
  );
  return { ok: true as const, version: input.version + 1 };
}
