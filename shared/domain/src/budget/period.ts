/** A programme period: consecutive months, e.g. the demo's January–December 2564 (2021). Configurable per programme. */
export interface Period {
  /** CE year and month (1–12) of the first month */
  firstYear: number;
  firstMonth: number;
  months: number;
}

export interface PeriodMonth {
  /** 1-based position in the period */
  index: number;
  year: number;
  month: number;
  /** e.g. "2021-02" */
  key: string;
}

export function periodMonths(p: Period): PeriodMonth[] {
  return Array.from({ length: p.months }, (_, i) => {
    const zero = p.firstMonth - 1 + i;
    const year = p.firstYear + Math.floor(zero / 12);
    const month = (zero % 12) + 1;
    return { index: i + 1, year, month, key: `${year}-${String(month).padStart(2, '0')}` };
  });
}

export function periodMonth(p: Period, index: number): PeriodMonth {
  const m = periodMonths(p)[index - 1];
  if (!m) throw new RangeError(`month ${index} is outside the period (1–${p.months})`);
  return m;
}

/** The period month a calendar month falls in, or null. */
export function indexOfMonth(p: Period, year: number, month: number): number | null {
  const i = (year - p.firstYear) * 12 + (month - p.firstMonth) + 1;
  return i >= 1 && i <= p.months ? i : null;
}
