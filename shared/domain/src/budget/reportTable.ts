import { formatBaht, formatPercentValue, monthHeading } from '../format.ts';
import type { Locale } from '../i18n.ts';
import { achievedPercent, toSatang } from '../money.ts';
import type { BudgetReport, ReportRow } from './math.ts';
import { translateBudget } from './messages.ts';
import { periodMonths, type Period, type PeriodMonth } from './period.ts';

/** One cell: the value a spreadsheet stores (numbers stay numbers) and the text a screen shows. */
export interface ReportCell {
  value: string | number | null;
  text: string;
}

export interface ReportTableRow {
  code: string;
  level: ReportRow['level'];
  /** Each line is printed as a plan (แผน) row over an actual (ผล) row. */
  kind: 'plan' | 'actual';
  cells: ReportCell[];
  /**
   * On the actual row: more was spent to date than planned to date, even while the line is within its whole
   * budget. Screens and files flag it, so an early overspend is seen before the budget runs out.
   */
  overPlan?: boolean;
}

/** 0-based column positions. */
export interface ReportColumns {
  label: number;
  budget: number;
  remaining: number;
  kind: number;
  firstMonth: number;
  toDate: number;
  percent: number;
  remark: number;
}

export interface ReportTable {
  header: string[];
  /** The period's months, in the order of the month columns. */
  months: PeriodMonth[];
  cols: ReportColumns;
  rows: ReportTableRow[];
}

const cell = (value: string | number | null, text = value === null ? '' : String(value)): ReportCell => ({ value, text });
const empty = cell(null);

/**
 * The ministry's monthly progress report (รายงานความก้าวหน้า) as one table: the line, its budget and what remains,
 * then per line a plan row and an actual row with the months across, the to-date sums, the percentage achieved (cut
 * off, never rounded up to a completion that has not happened) and the remark. The screen, the .xlsx and the .csv
 * all draw this table, so they always carry the same columns, labels, rows and figures.
 */
export function reportTable(report: BudgetReport, period: Period, locale: Locale): ReportTable {
  const w = (key: Parameters<typeof translateBudget>[1]) => translateBudget(locale, key);
  const months = periodMonths(period);
  if (months.length !== report.months) throw new RangeError(`the period has ${months.length} months but the report has ${report.months}`);
  const firstMonth = 4;
  const toDate = firstMonth + months.length;
  const cols: ReportColumns = { label: 0, budget: 1, remaining: 2, kind: 3, firstMonth, toDate, percent: toDate + 1, remark: toDate + 2 };
  const width = cols.remark + 1;
  const header = [
    w('budget.report.line'),
    w('budget.report.budget'),
    w('budget.report.remaining'),
    w('budget.report.kind'),
    ...months.map((m) => monthHeading(m.year, m.month, locale)),
    w('budget.report.toDate'),
    w('budget.report.percent'),
    w('budget.report.remark'),
  ];
  const money = (n: number | null): ReportCell => (n === null ? empty : cell(n, formatBaht(n, locale)));
  const percent = (p: number | null): ReportCell => (p === null ? empty : cell(p, formatPercentValue(p, locale)));

  const rows: ReportTableRow[] = [];
  for (const r of report.rows) {
    const plan: ReportCell[] = Array<ReportCell>(width).fill(empty);
    plan[cols.label] = cell(r.level === 'total' ? r.label[locale] : `${r.code} ${r.label[locale]}`);
    plan[cols.budget] = money(r.budget);
    plan[cols.remaining] = money(r.remaining);
    plan[cols.kind] = cell(w('budget.report.plan'));
    months.forEach((_, i) => {
      const v = r.plan[i] ?? 0;
      // A month with nothing planned stays a 0 in a spreadsheet but reads as empty on screen, as on the paper form.
      plan[firstMonth + i] = cell(v, v === 0 ? '' : formatBaht(v, locale));
    });
    plan[cols.toDate] = money(r.planToDate);
    // The plan is all of itself: 100 wherever something was planned to date.
    plan[cols.percent] = percent(r.planToDate > 0 ? 100 : null);

    const actual: ReportCell[] = Array<ReportCell>(width).fill(empty);
    actual[cols.kind] = cell(w('budget.report.actual'));
    months.forEach((_, i) => (actual[firstMonth + i] = money(r.actual[i] ?? null)));
    actual[cols.toDate] = money(r.actualToDate);
    actual[cols.percent] = percent(achievedPercent(r.actualToDate, r.planToDate));
    actual[cols.remark] = r.remark === '' ? empty : cell(r.remark);

    const overPlan = toSatang(r.actualToDate) > toSatang(r.planToDate);
    rows.push({ code: r.code, level: r.level, kind: 'plan', cells: plan }, { code: r.code, level: r.level, kind: 'actual', cells: actual, ...(overPlan ? { overPlan } : {}) });
  }
  return { header, months, cols, rows };
}
