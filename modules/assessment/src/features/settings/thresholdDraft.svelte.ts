import { CLASSIFIED_TIERS, thresholdProblems, translateAssessment, westernDigits, type ClassifiedTier, type Locale, type TierThresholds } from '@otou/domain';
import { EditsDraft, type FieldErrors } from '@otou/sdk';

/** The stored thresholds and their version (a save names the one the user started from). */
export interface SavedThresholds {
  thresholds: TierThresholds;
  version: number;
}

const number = (text: string): number => {
  const t = westernDigits(text).trim();
  return /^\d+$/.test(t) ? Number(t) : Number.NaN;
};

/**
 * The tier thresholds as the central office types them, over the stored ones (see EditsDraft). The rule (whole
 * numbers 1–16, each tier above the next) is the domain's, the same the server applies.
 */
export class ThresholdDraft extends EditsDraft {
  constructor(private readonly saved: () => SavedThresholds) {
    super(() => ({ settings: saved().version }));
  }

  value(tier: ClassifiedTier): string {
    return this.typed(tier, () => String(this.saved().thresholds[tier]));
  }
  set = (tier: ClassifiedTier, text: string) => this.type(tier, text);

  thresholds(): TierThresholds {
    return Object.fromEntries(CLASSIFIED_TIERS.map((tier) => [tier, number(this.value(tier))])) as unknown as TierThresholds;
  }

  problems(locale: Locale): FieldErrors {
    const errors: FieldErrors = {};
    for (const p of thresholdProblems(this.thresholds())) (errors[p.field] ??= []).push(translateAssessment(locale, p.key, p.params));
    return errors;
  }

  input(): TierThresholds & { version: number } {
    return { ...this.thresholds(), version: this.version('settings') };
  }
}
