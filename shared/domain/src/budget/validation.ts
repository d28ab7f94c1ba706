import { MAX_AMOUNT, sameBaht, subtractBaht, sumBaht, toSatang } from '../money.ts';
import type { LeafLine } from './lines.ts';
import type { BudgetMessageKey } from './messages.ts';

/** A problem with one field of a budget form: the field's name and a message key with its parameters. */
export interface FieldProblem {
  field: string;
  key: Extract<BudgetMessageKey, 'budget.negative' | 'budget.planMismatch' | 'budget.overspend' | 'budget.notANumber' | 'budget.tooLarge'>;
  params?: Record<string, string | number>;
}

function amountProblem(field: string, v: unknown): FieldProblem | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return { field, key: 'budget.notANumber' };
  if (v < 0) return { field, key: 'budget.negative' };
  if (v > MAX_AMOUNT) return { field, key: 'budget.tooLarge' };
  return null;
}

/** A leaf line's budget and monthly plan: no negative amounts, and the months add up to the budget exactly. */
export function planProblems(line: LeafLine, budget: number, plan: number[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const b = amountProblem(`${line}.budget`, budget);
  if (b) problems.push(b);
  plan.forEach((v, i) => {
    const p = amountProblem(`${line}.plan.${i + 1}`, v);
    if (p) problems.push(p);
  });
  if (problems.length === 0) {
    const sum = sumBaht(plan);
    if (!sameBaht(sum, budget)) problems.push({ field: `${line}.plan`, key: 'budget.planMismatch', params: { line, sum, budget } });
  }
  return problems;
}

/**
 * A month's actuals: no negative amounts, and no line spends more than its budget over the whole period (the other
 * months' actuals included).
 */
export function actualProblems(
  actuals: Partial<Record<LeafLine, number>>,
  lines: { code: LeafLine; budget: number; otherMonthsActual: number }[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [code, v] of Object.entries(actuals) as [LeafLine, number][]) {
    const field = `${code}.actual`;
    const p = amountProblem(field, v);
    if (p) {
      problems.push(p);
      continue;
    }
    const line = lines.find((l) => l.code === code);
    const budget = line?.budget ?? 0;
    const spent = sumBaht([line?.otherMonthsActual, v]);
    if (toSatang(spent) > toSatang(budget)) problems.push({ field, key: 'budget.overspend', params: { line: code, spent, budget, over: subtractBaht(spent, budget) } });
  }
  return problems;
}
