import { formatBaht } from '../format.ts';
import type { Locale } from '../i18n.ts';
import { isLeafLine, LEAF_LINES, type LeafLine } from './lines.ts';
import { sameBaht } from '../money.ts';

/** One line's amount before and after a change, for a person to read: "1.2: 150,000 → 135,000". */
export interface LineChange {
  line: LeafLine;
  /** null: the line had no amount (not reported, or not planned). */
  before: number | null;
  after: number | null;
}

function amounts(raw: unknown): Partial<Record<LeafLine, number>> {
  const out: Partial<Record<LeafLine, number>> = {};
  if (raw && typeof raw === 'object') for (const [k, v] of Object.entries(raw)) if (isLeafLine(k) && typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  return out;
}

/**
 * The lines whose amount differs between two sets of month actuals, in the form's order: what a change to a report
 * did, and what changed in a month since it was approved.
 */
export function actualChanges(before: unknown, after: unknown): LineChange[] {
  const b = amounts(before);
  const a = amounts(after);
  return LEAF_LINES.filter((l) => (b[l] === undefined) !== (a[l] === undefined) || (b[l] !== undefined && a[l] !== undefined && !sameBaht(b[l], a[l]))).map((line) => ({
    line,
    before: b[line] ?? null,
    after: a[line] ?? null,
  }));
}

/** What the audit trail keeps of a change: the record's values before and after it (see budget_events). */
export interface AuditValues {
  before?: unknown;
  after?: unknown;
}

/** The actuals inside an audit row's before or after ({ actuals: {...} }), or those of a plan change ([{ line, budget }]). */
function pick(side: unknown, what: 'actuals' | 'budget'): unknown {
  if (what === 'actuals') return side && typeof side === 'object' && 'actuals' in side ? (side as { actuals: unknown }).actuals : null;
  if (!Array.isArray(side)) return null;
  return Object.fromEntries(side.filter((l): l is { line: string; budget: number } => l && typeof l === 'object' && 'line' in l && 'budget' in l).map((l) => [l.line, l.budget]));
}

/** The line-by-line changes an audit row records: actuals for a month's save, submit or pay (1.1–1.3 from accepted work reports), budgets for a plan. */
export function changesOf(action: string, row: AuditValues): LineChange[] {
  if (action === 'save' || action === 'submit' || action === 'pay') return actualChanges(pick(row.before, 'actuals'), pick(row.after, 'actuals'));
  if (action === 'plan') return actualChanges(pick(row.before, 'budget'), pick(row.after, 'budget'));
  return [];
}

/** "1.2: 150,000 → 135,000", with "—" for no amount. */
export function formatLineChange(c: LineChange, locale: Locale): string {
  const money = (n: number | null) => (n === null ? '—' : formatBaht(n, locale));
  return `${c.line}: ${money(c.before)} → ${money(c.after)}`;
}

/** A row of a tambon's history as the API gives it: what was done to which month, with the values before and after. */
export interface AuditRow extends AuditValues {
  action: string;
  month: number;
}

/**
 * What changed in a month since it was last approved, for the approver looking at it again (after a reopening):
 * the month's actuals now against those that approval saw. Null when the month was never approved. `rows` newest
 * first, as the history lists them.
 */
export function changedSinceApproval(rows: readonly AuditRow[], month: number, actualsNow: unknown): LineChange[] | null {
  const approval = rows.find((r) => r.month === month && r.action === 'approve');
  if (!approval) return null;
  return actualChanges(pick(approval.after, 'actuals'), actualsNow);
}
