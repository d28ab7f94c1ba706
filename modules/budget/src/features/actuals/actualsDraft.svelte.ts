import { formatBaht, parseAmountInput, type LeafLine, type Locale } from '@otou/domain';
import { amountProblems, EditsDraft, type FieldErrors } from '@otou/sdk';

/** What the server holds for the month: the figures and remarks a fresh form starts from. */
export interface SavedMonth {
  actuals: Partial<Record<LeafLine, number>>;
  remarks: Partial<Record<LeafLine, string>>;
  /** The stored month's version (0 before anyone saved it): a save names the one the user started from. */
  version?: number;
}

export type ActualsInput = { actuals: Partial<Record<LeafLine, number>>; remarks: Partial<Record<LeafLine, string>> };

/** A month's actuals form as the user types it, over the month the server holds (see EditsDraft). */
export class ActualsDraft extends EditsDraft {
  constructor(
    private readonly lines: () => readonly LeafLine[],
    private readonly saved: () => SavedMonth,
  ) {
    super(() => ({ month: saved().version ?? 0 }));
  }

  actual(line: LeafLine): string {
    return this.typed(`${line}.actual`, () => {
      const v = this.saved().actuals[line];
      return v === undefined ? '' : formatBaht(v, 'en');
    });
  }
  remark(line: LeafLine): string {
    return this.typed(`${line}.remark`, () => this.saved().remarks[line] ?? '');
  }
  setActual = (line: LeafLine, text: string) => this.type(`${line}.actual`, text);
  setRemark = (line: LeafLine, text: string) => this.type(`${line}.remark`, text);

  /** Figures that are not amounts, by field, in the user's language; empty when all read. */
  problems(locale: Locale): FieldErrors {
    return amountProblems(
      this.lines().map((l) => [`${l}.actual`, this.actual(l)] as const),
      locale,
    );
  }

  /** The month as the API takes it: blank figures are "not reported", blank remarks are left out. */
  input(): ActualsInput {
    const actuals: ActualsInput['actuals'] = {};
    const remarks: ActualsInput['remarks'] = {};
    for (const line of this.lines()) {
      const r = parseAmountInput(this.actual(line));
      if (r.ok && r.value !== null) actuals[line] = r.value;
      const remark = this.remark(line).trim();
      if (remark) remarks[line] = remark;
    }
    return { actuals, remarks };
  }
}
