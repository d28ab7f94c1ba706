import { formatBaht, subtractBaht, sumBaht, type LeafLine, type Locale } from '@otou/domain';
import { amountOf, amountProblems, EditsDraft, type FieldErrors } from '@otou/sdk';

/** A leaf line's budget and monthly plan as the server holds them. */
export interface SavedLine {
  code: LeafLine;
  budget: number;
  plan: number[];
  /** The stored line's version (0 for a line not planned yet): a save names the one the user started from. */
  version?: number;
}

/**
 * The budget-and-plan editor as the user types it, over the plan the server holds (see EditsDraft). Sums are worked
 * out as the user types (to the satang), never typed.
 */
export class PlanDraft extends EditsDraft {
  constructor(
    private readonly saved: () => readonly SavedLine[],
    private readonly months: () => number,
  ) {
    super(() => Object.fromEntries(saved().map((l) => [l.code, l.version ?? 0])));
  }

  #line(code: LeafLine): SavedLine | undefined {
    return this.saved().find((l) => l.code === code);
  }
  #monthIndexes(): number[] {
    return Array.from({ length: this.months() }, (_, i) => i + 1);
  }
  /** A saved figure as the field shows it, "45,000"; nothing for 0, as on the paper form. */
  #shown(v: number | undefined): string {
    return v ? formatBaht(v, 'en') : '';
  }
  budget(code: LeafLine): string {
    return this.typed(`${code}.budget`, () => this.#shown(this.#line(code)?.budget));
  }
  plan(code: LeafLine, month: number): string {
    return this.typed(`${code}.plan.${month}`, () => this.#shown(this.#line(code)?.plan[month - 1]));
  }
  setBudget = (code: LeafLine, text: string) => this.type(`${code}.budget`, text);
  setPlan = (code: LeafLine, month: number, text: string) => this.type(`${code}.plan.${month}`, text);

  /** What the line's months add up to, as typed. */
  sum(code: LeafLine): number {
    return sumBaht(this.#monthIndexes().map((m) => amountOf(this.plan(code, m))));
  }
  /** Plan total minus budget: 0 when the plan adds up. */
  difference(code: LeafLine): number {
    return subtractBaht(this.sum(code), amountOf(this.budget(code)));
  }

  problems(locale: Locale): FieldErrors {
    const fields = this.saved().flatMap(({ code }) => [
      [`${code}.budget`, this.budget(code)] as const,
      ...this.#monthIndexes().map((m) => [`${code}.plan.${m}`, this.plan(code, m)] as const),
    ]);
    return amountProblems(fields, locale);
  }

  input(): { line: LeafLine; budget: number; plan: number[] }[] {
    return this.saved().map(({ code }) => ({ line: code, budget: amountOf(this.budget(code)), plan: this.#monthIndexes().map((m) => amountOf(this.plan(code, m))) }));
  }
}
