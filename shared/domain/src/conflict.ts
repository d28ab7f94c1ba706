import type { TambonForm } from './assessment/form.ts';

/**
 * What a save refused with CONFLICT carries besides its message ("someone else saved this since you opened it"):
 * the record as it is stored now, so a form can keep what the person typed and show the current values beside it.
 * Sent in the error's `data.conflict` (FormattedErrorData).
 *
 * To overwrite knowingly, save again naming `version` (for a plan: each line's own `version` in `current.lines`).
 */
export interface ConflictData<Current = Record<string, unknown>> {
  /** The version stored now; null when the save covers several records with their own versions (a plan's lines). */
  version: number | null;
  /** The stored values, in the shape of the save's input. */
  current: Current;
}

/** `budget.month.save` / `approve`: the month as stored now (a month nobody saved yet is version 0, empty). */
export interface MonthConflict {
  actuals: Record<string, number>;
  remarks: Record<string, string>;
  status: 'draft' | 'submitted' | 'approved';
}

/** `budget.plan.save`: every line of the tambon's plan as stored now, each with its version. */
export interface PlanConflict {
  lines: { line: string; budget: number; plan: number[]; version: number }[];
}

/** `budget.period.save`: the period as stored now. */
export interface PeriodConflict {
  code: string;
  name_th: string;
  name_en: string;
  firstYear: number;
  firstMonth: number;
  months: number;
  active: boolean;
}

/** `registry.setEnabled`: the switch as stored now. */
export interface ModuleSettingConflict {
  enabled: boolean;
}

/**
 * `assessment.form.save` / `approve` / `reopen`: the tambon's form of the round as stored now (a form nobody saved
 * yet is version 0: the previous round's form carried over, or an empty one).
 */
export interface AssessmentFormConflict {
  form: TambonForm;
  status: 'draft' | 'submitted' | 'approved';
}

/** `assessment.round.save`: the round as stored now, its first and last days as 'YYYY-MM-DD'. */
export interface AssessmentRoundConflict {
  periodId: string;
  kind: 'baseline' | 'quarterly' | 'final';
  quarter: number;
  opens: string;
  closes: string;
}

/** `assessment.settings.save`: the tier thresholds as stored now. */
export interface AssessmentSettingsConflict {
  sustainable: number;
  sufficiency: number;
  survive: number;
}
