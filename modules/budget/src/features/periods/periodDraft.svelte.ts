import { parseYearBE, toBuddhistYear, translateBudget, translateKit, westernDigits as digits, type Locale, type PeriodConflict } from '@otou/domain';
import type { FieldErrors } from '@otou/sdk';

/** The period form's fields: the shape the server stores a period in, and answers a conflict with. */
export type PeriodInput = PeriodConflict;


/**
 * A new programme period as the central office types it: the first year in the Buddhist Era (a CE year is caught),
 * and whether it becomes the active period — never implied by adding it.
 */
export class PeriodDraft {
  code = $state('');
  nameTh = $state('');
  nameEn = $state('');
  firstYearBE = $state('');
  firstMonth = $state(1);
  months = $state('12');
  active = $state(false);

  constructor(now: Date = new Date()) {
    this.firstYearBE = String(toBuddhistYear(now.getFullYear()));
  }

  /** Each field's problem, named the way the server would name it, before anything is sent. */
  problems(locale: Locale): FieldErrors {
    const errors: FieldErrors = {};
    if (!/^[A-Za-z0-9-]{1,32}$/.test(this.code.trim())) errors['code'] = [translateBudget(locale, 'budget.periodCode')];
    if (!this.nameTh.trim()) errors['name_th'] = [translateBudget(locale, 'budget.periodName')];
    if (!this.nameEn.trim()) errors['name_en'] = [translateBudget(locale, 'budget.periodName')];
    const year = parseYearBE(this.firstYearBE, { minYearBE: 2543, maxYearBE: 2743 });
    if (!year.ok) errors['firstYear'] = [year.problem.key === 'input.date.yearIsCE' ? translateKit(locale, year.problem.key, year.problem.params) : translateBudget(locale, 'budget.periodYear')];
    const months = digits(this.months);
    if (!/^\d{1,2}$/.test(months) || Number(months) < 1 || Number(months) > 36) errors['months'] = [translateBudget(locale, 'budget.periodMonths')];
    return errors;
  }

  input(): PeriodInput {
    const year = parseYearBE(this.firstYearBE, { minYearBE: 2543, maxYearBE: 2743 });
    return {
      code: this.code.trim(),
      name_th: this.nameTh.trim(),
      name_en: this.nameEn.trim(),
      firstYear: year.ok ? year.ce : 0,
      firstMonth: this.firstMonth,
      months: Number(digits(this.months)),
      active: this.active,
    };
  }
}
