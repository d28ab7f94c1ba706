import { BE_OFFSET, daysInMonth, toBuddhistYear, toCommonYear, type CalendarDay } from './calendar.ts';
import type { InputProblem } from './kitMessages.ts';
import { westernDigits } from './amountInput.ts';

/** A date as a Thai user types it: day, month (1–12) and the Buddhist-Era year, each as typed. */
export interface DateBEParts {
  day: string;
  month: string | number;
  yearBE: string;
}

export interface DateBEBounds {
  /** Earliest and latest BE year the field takes; the programme's years by default. */
  minYearBE?: number;
  maxYearBE?: number;
  required?: boolean;
}

export type DateBEInput = { ok: true; value: CalendarDay | null } | { ok: false; problem: InputProblem; field: 'day' | 'month' | 'yearBE' };

const DEFAULT_MIN = 2500;
const DEFAULT_MAX = 2700;

const digits = westernDigits;

/**
 * Reads a day, month and Buddhist-Era year into a calendar day (CE, for storage). A year that reads as a
 * Christian-Era one (2021 typed where 2564 is meant) is refused with the BE year to type instead, never silently
 * taken as BE 2021 (CE 1478) — the mirror of a BE year landing in a CE date field.
 */
export function parseDateBE(parts: DateBEParts, bounds: DateBEBounds = {}): DateBEInput {
  const day = digits(parts.day);
  const month = digits(String(parts.month));
  const year = digits(parts.yearBE);
  if (day === '' && (month === '' || month === '0') && year === '') {
    return bounds.required ? { ok: false, problem: { key: 'input.date.incomplete' }, field: 'day' } : { ok: true, value: null };
  }
  const missing = !/^\d{1,2}$/.test(day) ? 'day' : !/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12 ? 'month' : !/^\d{4}$/.test(year) ? 'yearBE' : null;
  if (missing) return { ok: false, problem: { key: 'input.date.incomplete' }, field: missing };
  const y = parseYearBE(year, bounds);
  if (!y.ok) return { ok: false, problem: y.problem, field: 'yearBE' };
  const ce = y.ce;
  const m = Number(month);
  const d = Number(day);
  if (d < 1 || d > daysInMonth(ce, m)) return { ok: false, problem: { key: 'input.date.notADay', params: { day: String(d) } }, field: 'day' };
  return { ok: true, value: { year: ce, month: m, day: d } };
}

export type YearBEInput = { ok: true; be: number; ce: number } | { ok: false; problem: InputProblem };

/**
 * A Buddhist-Era year as typed (Thai digits too). A Christian-Era year (2022 where 2565 is meant) is refused with the
 * BE year to type instead; so is a year outside the bounds (the programme's years by default).
 */
export function parseYearBE(text: string, bounds: Pick<DateBEBounds, 'minYearBE' | 'maxYearBE'> = {}): YearBEInput {
  const t = digits(text);
  const min = bounds.minYearBE ?? DEFAULT_MIN;
  const max = bounds.maxYearBE ?? DEFAULT_MAX;
  if (!/^\d{4}$/.test(t)) return { ok: false, problem: { key: 'input.date.yearRange', params: { min: String(min), max: String(max) } } };
  const y = Number(t);
  if (y < min || y > max) {
    const asBE = toBuddhistYear(y);
    if (asBE >= min && asBE <= max) return { ok: false, problem: { key: 'input.date.yearIsCE', params: { year: String(y), be: String(asBE) } } };
    return { ok: false, problem: { key: 'input.date.yearRange', params: { min: String(min), max: String(max) } } };
  }
  return { ok: true, be: y, ce: toCommonYear(y) };
}

/** A calendar day as the ISO date the API takes: "2021-03-05". */
export function isoDate(d: CalendarDay): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** An ISO date ("2021-03-05", CE) as the parts a BE date field shows: day 5, month 3, year 2564. */
export function datePartsBE(iso: string | null | undefined): DateBEParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return { day: '', month: '', yearBE: '' };
  return { day: String(Number(m[3])), month: Number(m[2]), yearBE: String(Number(m[1]) + BE_OFFSET) };
}

/**
 * A whole date typed into one box, read with the year in the Buddhist Era as a Thai user writes it: "5/3/2564",
 * "05-03-2564" or "2564-03-05" (year first). Null when the text is not a whole date.
 */
export function datePartsFromText(text: string): DateBEParts | null {
  const t = digits(text);
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (yearFirst) return { day: String(Number(yearFirst[3])), month: Number(yearFirst[2]), yearBE: yearFirst[1]! };
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (dayFirst) return { day: String(Number(dayFirst[1])), month: Number(dayFirst[2]), yearBE: dayFirst[3]! };
  return null;
}
