import { sumBaht, subtractBaht } from '../money.ts';
import { LINE_GROUPS, lineLabel, type LeafLine, type LineLabel } from './lines.ts';

/** What is stored for one leaf line: its budget, the plan per period month and the actual per period month. */
export interface LeafFigures {
  code: LeafLine;
  budget: number;
  /** One amount per period month. */
  plan: number[];
  /** One amount per period month; null where nothing was reported. */
  actual: (number | null)[];
  remark?: string;
}

export interface ReportRow {
  code: string;
  level: 'total' | 'group' | 'leaf';
  label: LineLabel;
  budget: number;
  plan: number[];
  actual: (number | null)[];
  /** Plan of the months up to and including the report month. */
  planToDate: number;
  actualToDate: number;
  /** actualToDate / planToDate; null when nothing was planned to date. */
  achieved: number | null;
  /** budget − actualToDate */
  remaining: number;
  remark: string;
}

export interface BudgetReport {
  /** The report month, 1-based in the period: "to date" means up to and including it. */
  asOf: number;
  months: number;
  /** Total first, then each group followed by its leaves: the deck's order. */
  rows: ReportRow[];
}

function sumRows(code: string, level: ReportRow['level'], label: LineLabel, children: Omit<ReportRow, 'planToDate' | 'actualToDate' | 'achieved' | 'remaining'>[], months: number) {
  const plan = Array.from({ length: months }, (_, i) => sumBaht(children.map((c) => c.plan[i])));
  const actual = Array.from({ length: months }, (_, i) =>
    children.some((c) => c.actual[i] !== null && c.actual[i] !== undefined) ? sumBaht(children.map((c) => c.actual[i])) : null,
  );
  const budget = sumBaht(children.map((c) => c.budget));
  return { code, level, label, budget, plan, actual, remark: '' };
}

function withToDate(r: Omit<ReportRow, 'planToDate' | 'actualToDate' | 'achieved' | 'remaining'>, asOf: number): ReportRow {
  const planToDate = sumBaht(r.plan.slice(0, asOf));
  const actualToDate = sumBaht(r.actual.slice(0, asOf));
  return {
    ...r,
    planToDate,
    actualToDate,
    achieved: planToDate > 0 ? actualToDate / planToDate : null,
    remaining: subtractBaht(r.budget, actualToDate),
  };
}

/**
 * The progress report of one tambon, or of any set of tambons whose leaf figures were added up (a university, a
 * network, the nation): groups and the total are computed from the leaves, never typed, so they always agree.
 */
export function computeReport(leaves: LeafFigures[], months: number, asOf: number, totalLabel: LineLabel = { th: 'รวมทั้งสิ้น', en: 'Total' }): BudgetReport {
  if (asOf < 1 || asOf > months) throw new RangeError(`asOf ${asOf} is outside 1–${months}`);
  const byCode = new Map(leaves.map((l) => [l.code, l]));
  const empty = (code: LeafLine): LeafFigures => ({ code, budget: 0, plan: Array(months).fill(0), actual: Array(months).fill(null) });
  const groups = LINE_GROUPS.map((g) => {
    const leafRows = g.leaves.map((leaf) => {
      const f = byCode.get(leaf.code) ?? empty(leaf.code);
      return { code: leaf.code, level: 'leaf' as const, label: leaf.label, budget: f.budget, plan: f.plan, actual: f.actual, remark: f.remark ?? '' };
    });
    return { group: sumRows(g.code, 'group', lineLabel(g.code), leafRows, months), leafRows };
  });
  const total = sumRows('total', 'total', totalLabel, groups.map((g) => g.group), months);
  return {
    asOf,
    months,
    rows: [total, ...groups.flatMap((g) => [g.group, ...g.leafRows])].map((r) => withToDate(r, asOf)),
  };
}

/** Adds several tambons' leaf figures line by line: what a roll-up shows. */
export function addLeafFigures(sets: LeafFigures[][], months: number): LeafFigures[] {
  const out = new Map<LeafLine, { budget: number; plan: number[]; actual: (number | null)[] }>();
  for (const set of sets) {
    for (const l of set) {
      const acc = out.get(l.code) ?? { budget: 0, plan: Array(months).fill(0), actual: Array(months).fill(null) };
      acc.budget = sumBaht([acc.budget, l.budget]);
      for (let i = 0; i < months; i++) {
        acc.plan[i] = sumBaht([acc.plan[i], l.plan[i]]);
        const a = l.actual[i];
        if (a !== null && a !== undefined) acc.actual[i] = sumBaht([acc.actual[i], a]);
      }
      out.set(l.code, acc);
    }
  }
  return [...out.entries()].map(([code, f]) => ({ code, ...f }));
}

export function totalRow(report: BudgetReport): ReportRow {
  return report.rows[0]!;
}

/** The money a report's page shows: what has arrived (instalments received), what was spent to date, what is left. */
export function moneyToDate(report: BudgetReport, received: number): { received: number; spent: number; remaining: number } {
  const spent = totalRow(report).actualToDate;
  return { received, spent, remaining: subtractBaht(received, spent) };
}

export function rowOf(report: BudgetReport, code: string): ReportRow {
  const r = report.rows.find((x) => x.code === code);
  if (!r) throw new Error(`no row ${code}`);
  return r;
}
