import { achievedPercent, formatPercentValue, type Locale } from '@otou/domain';

/**
 * Hired of the target as the budget pages show achievement: two decimals, never rounded up to a completion that has
 * not happened (59,999 of 60,000 reads 99.99, not 100.00); a dash when there is no target.
 */
export function percent(hired: number, target: number, locale: Locale): string {
  const p = achievedPercent(hired, target);
  return p === null ? '—' : formatPercentValue(p, locale);
}
