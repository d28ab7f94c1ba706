import { assessmentMessages, budgetMessages, createTranslator, employmentMessages, platformMessages, releaseMessages, type AssessmentMessageKey, type BudgetMessageKey, type EmploymentMessageKey, type Locale, type MessageKey, type ReleaseMessageKey } from '@otou/domain';

/**
 * Every message the server may raise: the platform's and each module's server-raised catalogue. A module adds its
 * catalogue here (and its key type to ServerMessageKey); a key may live in one catalogue only.
 */
const catalogues = [platformMessages, budgetMessages, assessmentMessages, employmentMessages, releaseMessages] as const;

export type ServerMessageKey = MessageKey | BudgetMessageKey | AssessmentMessageKey | EmploymentMessageKey | ReleaseMessageKey;

const merged = Object.fromEntries(
  (['th', 'en'] as const).map((locale) => [locale, Object.assign({}, ...catalogues.map((c) => c[locale]))]),
) as Record<Locale, Record<ServerMessageKey, string>>;

export const translateServer = createTranslator<ServerMessageKey>(merged);

export function isServerMessageKey(k: string): k is ServerMessageKey {
  return Object.hasOwn(merged.th, k);
}

/** Keys that two catalogues both define: the merged lookup would silently prefer one. A test keeps this empty. */
export function clashingKeys(): string[] {
  const seen = new Set<string>();
  const clashes: string[] = [];
  for (const c of catalogues) {
    for (const k of Object.keys(c.th)) {
      if (seen.has(k)) clashes.push(k);
      seen.add(k);
    }
  }
  return clashes;
}
