import { parseAmountInput, translateKit, type Locale } from '@otou/domain';
import type { FieldErrors } from './formAction.svelte.ts';

/**
 * The base of a form draft over data the server holds: only what the user typed is kept (field → text), every other
 * field reads the server's current value. A refetch therefore shows others' changes without undoing a keystroke, and
 * `reset()` after saving lets the (refetched) server values show again.
 */
export class EditsDraft {
  edits = $state<Record<string, string>>({});

  /** What the field shows: the user's text, else the server's value. */
  protected typed(field: string, saved: () => string): string {
    return this.edits[field] ?? saved();
  }
  protected type(field: string, text: string): void {
    this.edits[field] = text;
  }

  get dirty(): boolean {
    return Object.keys(this.edits).length > 0;
  }

  /** Back to what the server holds (after saving, or when the user cancels). */
  reset(): void {
    this.edits = {};
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
