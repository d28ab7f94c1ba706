import { GOAL_CODES, quarterlyIndicators, quarterlyProblems, translateAssessment, type GoalCode, type Locale, type QuarterlyKind } from '@otou/domain';
import { EditsDraft, type FieldErrors } from '@otou/sdk';

/** A university's USI or a network's RSI report for a round as the server holds it (empty before the first save). */
export interface SavedReport {
  indicators: Record<string, string>;
  /** What the university or network says about each of the 16 goals beside the coverage the server counts. */
  goalNotes: Record<string, string>;
  /** The 12-month impact summary. */
  impact: string;
  version: number;
}

/**
 * A quarterly report as its author types it, over what the server holds (see EditsDraft): one text per indicator
 * (`indicators.<code>`), per goal (`goalNotes.<goal>`) and the impact summary (`impact`) — named the way the
 * server names its problems, so each lands at its field.
 */
export class ReportDraft extends EditsDraft {
  readonly codes: readonly string[];

  constructor(
    private readonly saved: () => SavedReport,
    private readonly kind: QuarterlyKind,
  ) {
    super(() => ({ report: saved().version }));
    this.codes = quarterlyIndicators(kind).map((i) => i.code);
  }

  indicator(code: string): string {
    return this.typed(`indicators.${code}`, () => this.saved().indicators[code] ?? '');
  }
  goalNote(goal: GoalCode): string {
    return this.typed(`goalNotes.${goal}`, () => this.saved().goalNotes[goal] ?? '');
  }
  impact(): string {
    return this.typed('impact', () => this.saved().impact);
  }
  setIndicator = (code: string, text: string) => this.type(`indicators.${code}`, text);
  setGoalNote = (goal: GoalCode, text: string) => this.type(`goalNotes.${goal}`, text);
  setImpact = (text: string) => this.type('impact', text);

  /** Indicators the author has not written anything for yet, for "3 of 14 still empty". */
  empty(): string[] {
    return this.codes.filter((c) => !this.indicator(c).trim());
  }

  /** The domain's rule, as the server applies it: answers not too long and, to submit, every indicator answered. */
  problems(submit: boolean, locale: Locale): FieldErrors {
    const errors: FieldErrors = {};
    for (const p of quarterlyProblems(this.kind, this.input(), submit)) (errors[p.field] ??= []).push(translateAssessment(locale, p.key, p.params));
    return errors;
  }

  /** The whole report: a save sends every field (blank ones left out), named with the version it started from. */
  input(): Omit<SavedReport, 'version'> & { version: number } {
    const kept = (entries: [string, string][]) => Object.fromEntries(entries.map(([k, v]) => [k, v.trim()]).filter(([, v]) => v));
    return {
      indicators: kept(this.codes.map((c) => [c, this.indicator(c)])),
      goalNotes: kept(GOAL_CODES.map((g) => [g, this.goalNote(g)])),
      impact: this.impact().trim(),
      version: this.version('report'),
    };
  }
}
