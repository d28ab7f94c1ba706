import { useQueryClient, type QueryKey } from '@tanstack/svelte-query';
import { translate, type Locale } from '@otou/domain';
import type { ConflictData } from '@otou/domain';
import { conflictOf, errorMessage, fieldErrors } from './api.ts';
import { getModuleContext } from './moduleContext.svelte.ts';

/** Field name → what is wrong with it, already in the user's language. */
export type FieldErrors = Record<string, string[]>;

export interface FormActionOptions<I, R> {
  /** Checks that need no server (a figure that is not a number): field → messages. Nothing is sent when any fails. */
  check?: (input: I) => FieldErrors | null | undefined;
  /** The call, typically a tRPC mutation. */
  run: (input: I) => Promise<R>;
  /** What to tell the user when it worked. */
  success?: (result: R, input: I) => string;
  /** After success, e.g. refetch what changed. */
  after?: (result: R, input: I) => unknown;
}

/**
 * One submit of a form: pending while it runs, field errors (from local checks and from the server, same shape),
 * a form-level message when it failed and a success message when it worked. One per form; its draft lives beside it.
 */
export class FormAction<I, R = unknown> {
  pending = $state(false);
  fieldErrors = $state<FieldErrors>({});
  /** Why it failed, for the whole form ("fix the fields marked", "the system had a problem…"). */
  message = $state('');
  /** What it did, once it worked. */
  success = $state('');
  /** Someone else saved first: the values stored now and their version, to show beside what the user typed. */
  conflict = $state<ConflictData | null>(null);

  constructor(
    private readonly opts: FormActionOptions<I, R>,
    private readonly locale: () => Locale,
  ) {}

  /** Runs the action unless one is already running; resolves to the result, or undefined when it failed. */
  async submit(input: I): Promise<R | undefined> {
    if (this.pending) return undefined;
    this.clear();
    const local = this.opts.check?.(input);
    if (local && Object.keys(local).length) {
      this.fieldErrors = local;
      this.message = translate(this.locale(), 'error.validation');
      return undefined;
    }
    this.pending = true;
    try {
      const result = await this.opts.run(input);
      this.success = this.opts.success?.(result, input) ?? '';
      await this.opts.after?.(result, input);
      return result;
    } catch (e) {
      this.fieldErrors = fieldErrors(e);
      this.message = errorMessage(e, this.locale());
      this.conflict = conflictOf(e) ?? null;
      return undefined;
    } finally {
      this.pending = false;
    }
  }

  /** The messages for one field, for `<TextField error={action.errors('months')}>`. */
  errors(field: string): string[] | undefined {
    return this.fieldErrors[field];
  }

  /** Messages for every field under a prefix ('1.1' → '1.1.budget', '1.1.plan.3'), for a row of a table. */
  errorsUnder(prefix: string): string[] {
    return Object.entries(this.fieldErrors)
      .filter(([k]) => k === prefix || k.startsWith(`${prefix}.`))
      .flatMap(([, v]) => v);
  }

  clear(): void {
    this.fieldErrors = {};
    this.message = '';
    this.success = '';
    this.conflict = null;
  }
}

/**
 * A form action in a module's component, in the module's language. `invalidate` names the queries to refetch after
 * success (e.g. ['budget']); a refetch never touches what the user is typing, which lives in the form's draft.
 */
export function useFormAction<I, R>(opts: FormActionOptions<I, R> & { invalidate?: QueryKey }): FormAction<I, R> {
  const ctx = getModuleContext();
  const client = useQueryClient();
  const { invalidate, after, ...rest } = opts;
  return new FormAction<I, R>(
    {
      ...rest,
      after: async (r, i) => {
        await after?.(r, i);
        if (invalidate) await client.invalidateQueries({ queryKey: invalidate });
      },
    },
    () => ctx.locale,
  );
}
