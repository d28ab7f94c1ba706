import { FORM_LIMITS, formColumns, GOAL_CODES, TEXT_INDICATOR_CODES, type Activity, type ActivityType, type ColumnKey, type GoalCode, type Mark, type TambonForm, type TextIndicatorCode } from '@otou/domain';
import { EditsDraft } from '@otou/sdk';

/** What the server holds for the tambon's form in this round (or carried over from the previous one) and its version. */
export interface SavedForm {
  form: TambonForm;
  /** The stored form's version (0 before anyone saved it): a save names the one the user started from. */
  version: number;
}

/** A goal cell goes round empty → ✓ already in place → ✗ expected → empty, one press at a time. */
export const MARK_CYCLE: readonly (Mark | '')[] = ['', 'have', 'expected'];
export const nextMark = (m: Mark | ''): Mark | '' => MARK_CYCLE[(MARK_CYCLE.indexOf(m) + 1) % MARK_CYCLE.length]!;

const isMark = (s: string): s is Mark => s === 'have' || s === 'expected';

/**
 * A tambon's form as the user fills it, over the form the server holds (see EditsDraft): every cell is a field named
 * the way the server names its problems (`goals.act1.1.3`, `texts.covid.5`, `links.data.10`), so an error lands at
 * its cell; the activities are one field (their list), since adding or removing one changes the columns.
 */
export class FormDraft extends EditsDraft {
  constructor(private readonly saved: () => SavedForm) {
    super(() => ({ form: saved().version }));
  }

  activities(): Activity[] {
    const typed = this.edits['activities'];
    return typed === undefined ? this.saved().form.activities : (JSON.parse(typed) as Activity[]);
  }
  columns(): ColumnKey[] {
    return formColumns({ activities: this.activities() });
  }
  #setActivities(list: Activity[]): void {
    this.type('activities', JSON.stringify(list));
  }

  /**
   * Adds an activity of a type. Its key is new for good ('act3' after 'act1'/'act2', even when 'act2' was removed
   * meanwhile), so it never takes over a removed activity's cells in this round or the next.
   */
  addActivity(type: ActivityType = 'a'): string {
    const used = [...this.activities(), ...this.saved().form.activities].map((a) => Number(/^act(\d+)$/.exec(a.key)?.[1] ?? 0));
    const key = `act${Math.max(0, ...used) + 1}`;
    this.#setActivities([...this.activities(), { key, type, name: '' }]);
    return key;
  }
  removeActivity(key: string): void {
    this.#setActivities(this.activities().filter((a) => a.key !== key));
  }
  setActivity(key: string, change: Partial<Omit<Activity, 'key'>>): void {
    this.#setActivities(
      this.activities().map((a) => {
        if (a.key !== key) return a;
        const next: Activity = { ...a, ...change };
        // Only "other" (จ) carries its own type name.
        if (next.type !== 'e') delete next.otherType;
        return next;
      }),
    );
  }

  mark(column: ColumnKey, goal: GoalCode): Mark | '' {
    const m = this.typed(`goals.${column}.${goal}`, () => this.saved().form.goals[column]?.[goal] ?? '');
    return isMark(m) ? m : '';
  }
  setMark(column: ColumnKey, goal: GoalCode, mark: Mark | ''): void {
    this.type(`goals.${column}.${goal}`, mark);
  }
  /** One press on a goal cell: the next mark round the cycle. */
  cycle(column: ColumnKey, goal: GoalCode): Mark | '' {
    const m = nextMark(this.mark(column, goal));
    this.setMark(column, goal, m);
    return m;
  }

  text(column: ColumnKey, indicator: TextIndicatorCode): string {
    return this.typed(`texts.${column}.${indicator}`, () => this.saved().form.texts[column]?.[indicator] ?? '');
  }
  setText(column: ColumnKey, indicator: TextIndicatorCode, text: string): void {
    this.type(`texts.${column}.${indicator}`, text);
  }

  /** Evidence links, typed one per line. */
  links(column: ColumnKey, indicator: TextIndicatorCode): string {
    return this.typed(`links.${column}.${indicator}`, () => (this.saved().form.links[column]?.[indicator] ?? []).join('\n'));
  }
  setLinks(column: ColumnKey, indicator: TextIndicatorCode, text: string): void {
    this.type(`links.${column}.${indicator}`, text);
  }

  /**
   * The form as the API takes it: only the columns that exist, empty cells left out, texts trimmed, one link a line.
   * Lengths are not cut here: a too-long answer is the server's (translated) problem to name at its cell.
   */
  input(): TambonForm {
    const activities = this.activities().map((a) => ({ ...a, name: a.name.trim(), ...(a.otherType !== undefined ? { otherType: a.otherType.trim() } : {}) }));
    const form: TambonForm = { activities, goals: {}, texts: {}, links: {} };
    for (const col of formColumns({ activities })) {
      for (const g of GOAL_CODES) {
        const m = this.mark(col, g);
        if (m) (form.goals[col] ??= {})[g] = m;
      }
      for (const i of TEXT_INDICATOR_CODES) {
        const text = this.text(col, i).trim();
        if (text) (form.texts[col] ??= {})[i] = text;
        const links = this.links(col, i)
          .split(/\s*\n\s*/)
          .map((l) => l.trim())
          .filter(Boolean);
        if (links.length) (form.links[col] ??= {})[i] = links;
      }
    }
    return form;
  }

  /** Whether more activities may be added (the form's bound, also checked by the server). */
  get canAddActivity(): boolean {
    return this.activities().length < FORM_LIMITS.activities;
  }
}
