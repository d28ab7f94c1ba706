/**
 * Dates as Thai users read them: Thai time (UTC+7, no daylight saving), Buddhist Era years (CE + 543)
 * and the government fiscal year that runs 1 October – 30 September and is named by the BE year it ends in
 * (1 Oct 2020 starts ปีงบประมาณ 2564).
 */
export const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
export const BE_OFFSET = 543;

export interface CalendarDay {
  /** Christian-Era year */
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** The calendar day in Thailand at this instant. */
export function bangkokDay(at: Date): CalendarDay {
  const shifted = new Date(at.getTime() + BANGKOK_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export const toBuddhistYear = (ceYear: number): number => ceYear + BE_OFFSET;
export const toCommonYear = (beYear: number): number => beYear - BE_OFFSET;

export interface FiscalYear {
  /** The BE year the fiscal year is named by, e.g. 2564 */
  be: number;
  /** The CE year it ends in, e.g. 2021 */
  ce: number;
  /** First day, 1 October of the previous CE year */
  start: CalendarDay;
  /** Last day, 30 September */
  end: CalendarDay;
}

export function fiscalYear(beYear: number): FiscalYear {
  const ce = toCommonYear(beYear);
  return { be: beYear, ce, start: { year: ce - 1, month: 10, day: 1 }, end: { year: ce, month: 9, day: 30 } };
}

/** The fiscal year a moment falls in, judged by the date in Thailand. */
export function fiscalYearOf(at: Date): FiscalYear {
  const { year, month } = bangkokDay(at);
  return fiscalYear(toBuddhistYear(month >= 10 ? year + 1 : year));
}

/** 1–12: October is month 1 of the fiscal year. */
export function fiscalMonthIndex(month: number): number {
  return ((month + 2) % 12) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
