import { parseAmountInput, translateKit, type Locale } from '@otou/domain';
import type { FieldErrors } from './formAction.svelte.ts';

/**
 * The base of a form draft over data the server holds: only what the user typed is kept (field → text), every other
 * field reads the server's current value. A refetch therefore shows others' changes without undoing a keystroke, and
 * `reset()` after saving lets the (refetched) server values show again.
 */
export class EditsDraft {
  edits = $state<Record<string, string>>({});
  /**
   * The versions of the records the user started from, taken at the first keystroke: a refetch while they type
   * (someone else saved meanwhile) must not move them, or their save would silently overwrite the other person's.
   */
  #startedFrom = $state<Record<string, number> | null>(null);

  /** `versions` gives the stored version of each record the form edits (e.g. { month: 3 }), as last fetched. */
  constructor(private readonly versions: () => Record<string, number> = () => ({})) {}

  /** What the field shows: the user's text, else the server's value. */
  protected typed(field: string, saved: () => string): string {
    return this.edits[field] ?? saved();
  }
  protected type(field: string, text: string): void {
    if (this.#startedFrom === null) this.#startedFrom = { ...this.versions() };
    this.edits[field] = text;
  }

  /** The version of a record to send with a save: the one the user started typing over, else the one fetched. */
  version(key: string): number {
    return this.#startedFrom?.[key] ?? this.versions()[key] ?? 0;
  }

  /**
   * After a conflict the person has seen the current values and chooses to save what they typed over them: the
   * draft now starts from the versions stored now (those the conflict named).
   */
  adopt(versions: Record<string, number>): void {
    this.#startedFrom = { ...(this.#startedFrom ?? this.versions()), ...versions };
  }

  get dirty(): boolean {
    return Object.keys(this.edits).length > 0;
  }

  /** Back to what the server holds (after saving, or when the user cancels). */
  reset(): void {
    this.edits = {};
    this.#startedFrom = null;
  }
}

/** The amount fields that do not read as amounts, by field, in the user's language (MoneyInput's rule). */
export function amountProblems(fields: Iterable<readonly [field: string, text: string]>, locale: Locale): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, text] of fields) {
    const r = parseAmountInput(text);
    if (!r.ok) errors[field] = [translateKit(locale, r.problem.key, r.problem.params)];
  }
  return errors;
}

/** An amount field's figure: its number, or 0 when blank or not an amount (problems are reported separately). */
export function amountOf(text: string): number {
  const r = parseAmountInput(text);
  return r.ok ? (r.value ?? 0) : 0;
}
