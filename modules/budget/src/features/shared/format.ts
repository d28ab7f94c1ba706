import { formatDate, formatMonthYear, type Locale, type PeriodMonth } from '@otou/domain';

export const monthName = (m: Pick<PeriodMonth, 'year' | 'month'>, locale: Locale) => formatMonthYear(m.year, m.month, locale);
export const day = (iso: string, locale: Locale) => formatDate(new Date(iso), locale, 'long');

/** Reads an amount as people type it: "45,000", "45000.50", " 1 200 ". Empty means not reported. */
export function parseAmount(text: string): number | null | 'invalid' {
  const cleaned = text.replace(/[,\s฿]/g, '');
  if (cleaned === '') return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : 'invalid';
}
