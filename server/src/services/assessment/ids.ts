import { stableId } from '../../seed/ids.ts';

/**
 * Assessment records have ids derived from what they are, so the server, the seeds and a retried save address the
 * same record: of two people creating the same tambon's form at once, the second meets the first (a conflict).
 */
export const roundId = (period: string, kind: string, quarter: number) => stableId('assessment_round', `${period}/${kind}/${quarter}`);
export const formId = (tambon: string, round: string) => stableId('assessment_form', `${tambon}/${round}`);
/** The one record of tier thresholds. */
export const TIER_SETTINGS_KEY = 'tiers';
export const settingsId = (key: string) => stableId('assessment_settings', key);
