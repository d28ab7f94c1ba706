import type { ReportBasis } from '../budget/basis.ts';
import type { Locale } from '../i18n.ts';
import { translateAssessment } from './messages.ts';
import { roundLabel, type Round } from './rounds.ts';
import { DEFAULT_THRESHOLDS, tierRange, type Tier, type TierThresholds } from './tier.ts';

/** A tier's name: ตำบลมุ่งสู่ความยั่งยืน, …, ยังไม่จัดระดับ (not yet classified). */
export function tierName(tier: Tier, locale: Locale): string {
  return translateAssessment(locale, `assessment.tier.${tier}`);
}

/**
 * A tier's name with the goals it takes under the thresholds in force — "ตำบลมุ่งสู่ความยั่งยืน (14–16 เป้าหมาย)",
 * "Not yet classified (fewer than 8 goals)" — built from the thresholds, so a change by the central office shows.
 */
export function tierLabel(tier: Tier, locale: Locale, t: TierThresholds = DEFAULT_THRESHOLDS): string {
  const name = tierName(tier, locale);
  const { min, max } = tierRange(tier, t);
  if (tier === 'unclassified') return translateAssessment(locale, 'assessment.tier.below', { name, min: max + 1 });
  return translateAssessment(locale, min === max ? 'assessment.tier.goalsOne' : 'assessment.tier.goals', { name, min, max });
}

/**
 * What a page or a file says about its figures: approved forms only, or provisional (also forms awaiting approval),
 * and of which round — so two pages that disagree say why, as budget pages do.
 */
export function assessmentBasisNote(basis: ReportBasis, locale: Locale, round?: Pick<Round, 'kind' | 'quarter'> | null): string {
  const head = translateAssessment(locale, basis === 'approved' ? 'assessment.basis.approved' : 'assessment.basis.provisional');
  return round ? `${head} · ${translateAssessment(locale, 'assessment.basis.round', { round: roundLabel(round, locale) })}` : head;
}
