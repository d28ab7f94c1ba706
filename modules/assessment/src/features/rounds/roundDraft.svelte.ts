import { roundDays, roundProblems, translateAssessment, type Locale, type Round, type RoundKind } from '@otou/domain';
import type { FieldErrors } from '@otou/sdk';

/** What `assessment.round.save` takes: the first and last days as Thai calendar days ('YYYY-MM-DD', CE). */
export interface RoundInput {
  id?: string;
  version: number;
  periodId: string;
  kind: RoundKind;
  quarter: number;
  opens: string;
  closes: string;
}

/**
 * A round as the central office types it: its kind (a quarterly round names its quarter) and its first and last
 * days, typed in the Buddhist Era by DateInputBE (which hands over the CE day, or '' while what is typed is not a day).
 * The days are checked by the domain's rule, the server's own; whether the round is taken only the server knows.
 */
export class RoundDraft {
  id = $state<string | undefined>(undefined);
  version = $state(0);
  kind = $state<RoundKind>('baseline');
  quarter = $state(1);
  opens = $state('');
  closes = $state('');

  /** Starts editing a stored round: its days as the form shows them. */
  edit(round: Pick<Round, 'id' | 'kind' | 'quarter' | 'opens' | 'closes'> & { version: number }): void {
    const days = roundDays(round);
    this.id = round.id;
    this.version = round.version;
    this.kind = round.kind;
    this.quarter = round.kind === 'quarterly' ? round.quarter : 1;
    this.opens = days.opens;
    this.closes = days.closes;
  }

  /** Back to a new round, e.g. after saving one. */
  clear(): void {
    this.id = undefined;
    this.version = 0;
    this.kind = 'baseline';
    this.quarter = 1;
    this.opens = '';
    this.closes = '';
  }

  /** A day missing, out of the programme's years, or a last day before the first, named at its field before sending. */
  problems(locale: Locale): FieldErrors {
    const errors: FieldErrors = {};
    for (const p of roundProblems(this.input(''))) (errors[p.field] ??= []).push(translateAssessment(locale, p.key, p.params));
    return errors;
  }

  input(periodId: string): RoundInput {
    return {
      ...(this.id ? { id: this.id } : {}),
      version: this.version,
      periodId,
      kind: this.kind,
      quarter: this.kind === 'quarterly' ? this.quarter : 0,
      opens: this.opens,
      closes: this.closes,
    };
  }
}
