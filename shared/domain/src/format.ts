import type { Locale } from './i18n.ts';
import { BANGKOK_OFFSET_MS, toBuddhistYear, type FiscalYear } from './calendar.ts';

/**
 * Formatting through the platform's Intl with the Buddhist calendar: no date library needed.
 * Thai: "23 พ.ย. 2569"; English keeps the BE year so both languages name the same year: "23 Nov 2569 BE".
 */
const dateLocale: Record<Locale, string> = { th: 'th-TH-u-ca-buddhist', en: 'en-GB-u-ca-buddhist' };
const numberLocale: Record<Locale, string> = { th: 'th-TH', en: 'en-GB' };

export type DateStyle = 'short' | 'medium' | 'long';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(dateLocale[locale], { timeZone: 'Asia/Bangkok', ...options });
    dateFormats.set(key, f);
  }
  return f;
}

export function formatDate(at: Date | string, locale: Locale = 'th', style: DateStyle = 'medium'): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  const month = style === 'short' ? '2-digit' : style === 'medium' ? 'short' : 'long';
  return dateFormat(locale, { day: 'numeric', month, year: 'numeric' }).format(d);
}

export function formatDateTime(at: Date | string, locale: Locale = 'th'): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

/** "มกราคม 2564" / "January 2564 BE" for a CE year and month 1–12. */
export function formatMonthYear(year: number, month: number, locale: Locale = 'th', monthStyle: 'short' | 'long' = 'long'): string {
  // Noon Bangkok time on the 15th can never slip into a neighbouring month in any time zone.
  const d = new Date(Date.UTC(year, month - 1, 15, 12) - BANGKOK_OFFSET_MS);
  return dateFormat(locale, { month: monthStyle, year: 'numeric' }).format(d);
}

export function formatMonth(month: number, locale: Locale = 'th', monthStyle: 'short' | 'long' = 'short'): string {
  const d = new Date(Date.UTC(2020, month - 1, 15, 12));
  return dateFormat(locale, { month: monthStyle }).format(d);
}

/**
 * A month as a column or a chart heads it: "ม.ค. 2564" / "Jan 2564", short month name and Buddhist-Era year (the
 * ministry's forms do this in both languages); `'twoDigit'` shortens the year for narrow charts: "ม.ค. 64".
 */
export function monthHeading(year: number, month: number, locale: Locale = 'th', yearStyle: 'full' | 'twoDigit' = 'full'): string {
  const be = String(toBuddhistYear(year));
  return `${formatMonth(month, locale, 'short')} ${yearStyle === 'full' ? be : be.slice(2)}`;
}

export function formatFiscalYear(fy: FiscalYear, locale: Locale = 'th'): string {
  return locale === 'th' ? `ปีงบประมาณ ${fy.be}` : `Fiscal year ${fy.be} BE (Oct ${fy.ce - 1} – Sep ${fy.ce})`;
}

const bahtFormats = new Map<string, Intl.NumberFormat>();
/** Baht with thousands separators, as on the ministry's forms: "3,483,000" or "35,500.50". */
export function formatBaht(amount: number, locale: Locale = 'th', withUnit = false): string {
  const key = `${locale}${withUnit}`;
  let f = bahtFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(numberLocale[locale], { minimumFractionDigits: 0, maximumFractionDigits: 2 });
    bahtFormats.set(key, f);
  }
  const n = f.format(amount);
  if (!withUnit) return n;
  return locale === 'th' ? `${n} บาท` : `THB ${n}`;
}

/**
 * A ratio as a percentage with two decimals, rounded half up as the deck rounds, except that a ratio below 1 never
 * reads as a completion: 0.99995 reads 99.99, never 100.00. The ratio is first snapped to 8 decimals so that
 * floating-point noise (0.29 × 10,000 = 2899.9999…) cannot tip a half. For amounts, `achievedPercent` is exact.
 */
export function percentOfRatio(ratio: number): number {
  const hundredths = Math.round(Math.round(ratio * 1e8) / 1e4);
  return (ratio < 1 && hundredths >= 10_000 ? 9_999 : hundredths) / 100;
}

const percentFormats = new Map<string, Intl.NumberFormat>();
/** A percentage (e.g. from `achievedPercent`) with two decimals and no sign: "89.17", "1,234.50". */
export function formatPercentValue(percent: number, locale: Locale = 'th'): string {
  let f = percentFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(numberLocale[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    percentFormats.set(locale, f);
  }
  return f.format(percent);
}

/** A share as the deck prints it: two decimals, "89.17%" (never 100.00% before it is done). */
export function formatPercent(ratio: number, locale: Locale = 'th'): string {
  return `${formatPercentValue(percentOfRatio(ratio), locale)}%`;
}
