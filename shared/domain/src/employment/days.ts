import { BE_OFFSET, daysInMonth, type CalendarDay } from '../calendar.ts';
import { isoDate } from '../dateInputBE.ts';

/**
 * Contract days as the API stores them: 'YYYY-MM-DD', Christian Era, a Thai calendar day (no time, no zone). ISO days
 * compare as strings, so ordering needs no parsing; arithmetic goes through UTC noon-free day numbers.
 */
export type IsoDay = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day an ISO day names, or null when it is not a real day (2021-02-29 is not). */
export function parseDay(iso: unknown): CalendarDay | null {
  if (typeof iso !== 'string') return null;
  const m = DAY.exec(iso);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month)) return null;
  return d;
}

export const isDay = (iso: unknown): iso is IsoDay => parseDay(iso) !== null;

function must(iso: IsoDay): CalendarDay {
  const d = parseDay(iso);
  if (!d) throw new Error(`not a calendar day: ${String(iso)}`);
  return d;
}

const ordinal = (d: CalendarDay) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
const fromOrdinal = (n: number): IsoDay => new Date(n * 86_400_000).toISOString().slice(0, 10);

export function addDays(iso: IsoDay, n: number): IsoDay {
  return fromOrdinal(ordinal(must(iso)) + n);
}

/** Days from a to b: 0 for the same day, negative when b is earlier. */
export function daysBetween(a: IsoDay, b: IsoDay): number {
  return ordinal(must(b)) - ordinal(must(a));
}

/**
 * The same day n months later, or the month's last day when that month is shorter: 31 Jan + 1 month is 28 Feb (29 in
 * a leap year), 30 Apr + 1 month is 30 May. The one definition of "a month" the module uses, for notice and service.
 */
export function addMonths(iso: IsoDay, n: number): IsoDay {
  const d = must(iso);
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate({ year, month, day: Math.min(d.day, daysInMonth(year, month)) });
}

export const minDay = (a: IsoDay, b: IsoDay): IsoDay => (a <= b ? a : b);
export const maxDay = (a: IsoDay, b: IsoDay): IsoDay => (a >= b ? a : b);

/** A calendar month, as reports and payments are kept. */
export interface YearMonth {
  year: number;
  month: number;
}

export const monthOf = (iso: IsoDay): YearMonth => {
  const d = must(iso);
  return { year: d.year, month: d.month };
};
export const firstDayOf = (m: YearMonth): IsoDay => isoDate({ ...m, day: 1 });
export const lastDayOf = (m: YearMonth): IsoDay => isoDate({ ...m, day: daysInMonth(m.year, m.month) });
export const nextMonth = (m: YearMonth): YearMonth => (m.month === 12 ? { year: m.year + 1, month: 1 } : { year: m.year, month: m.month + 1 });
export const sameMonth = (a: YearMonth, b: YearMonth): boolean => a.year === b.year && a.month === b.month;
/** 'YYYY-MM': a month as a key. */
export const monthKey = (m: YearMonth): string => `${m.year}-${String(m.month).padStart(2, '0')}`;

/**
 * A day as numbers with the Buddhist-Era year, "28/2/2564": the same in Thai and English, so a message parameter
 * needs no locale. Pages with a locale use formatDate instead.
 */
export function dayBE(iso: IsoDay): string {
  const d = must(iso);
  return `${d.day}/${d.month}/${d.year + BE_OFFSET}`;
}

/** A month as numbers with the Buddhist-Era year, "3/2564". */
export const monthBE = (m: YearMonth): string => `${m.month}/${m.year + BE_OFFSET}`;
