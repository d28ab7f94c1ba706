import { ACTIVITY_TYPE_CODES, formColumns, GOAL_CODES, TEXT_INDICATOR_CODES, type Activity, type ColumnKey, type Mark, type TambonForm } from './form.ts';

/**
 * Rounds build on each other: a new round's form starts as a copy of the previous round's, and the form and its
 * approver see what changed since then, cell by cell — above all an expected ✗ that became ✓ (achieved).
 */

/** A deep copy of the previous round's form (or an empty form), which the new round then edits. */
export function carryOver(prev: TambonForm | null): TambonForm {
  if (!prev) return { activities: [], goals: {}, texts: {}, links: {} };
  const copyMap = <V>(m: Record<string, Partial<Record<string, V>>>, copy: (v: V) => V) =>
    Object.fromEntries(Object.entries(m).map(([col, cells]) => [col, Object.fromEntries(Object.entries(cells ?? {}).map(([k, v]) => [k, copy(v as V)]))]));
  return {
    activities: prev.activities.map((a) => ({ ...a })),
    goals: copyMap<Mark>(prev.goals, (v) => v) as TambonForm['goals'],
    texts: copyMap<string>(prev.texts, (v) => v) as TambonForm['texts'],
    links: copyMap<string[]>(prev.links, (v) => [...v]) as TambonForm['links'],
  };
}

/**
 * One changed cell. `row` is a goal code ('1.3') for kind 'goal', an indicator code ('5') for 'text' and 'links',
 * and for kind 'activity' what of the activity changed: 'activity' (its name; null before = added, null after =
 * removed), 'type' (its type ก–จ, as 'a'–'e') or 'otherType' (the name of type จ. "other").
 * Links are one value per line.
 */
export type CellChange = {
  column: string;
  row: string;
  kind: 'goal' | 'text' | 'links' | 'activity';
  before: string | null;
  after: string | null;
};

const cell = <V>(m: Record<string, Partial<Record<string, V>>> | undefined, column: string, row: string): V | undefined => {
  if (!m || !Object.hasOwn(m, column)) return undefined;
  const cells = m[column];
  return cells && Object.hasOwn(cells, row) ? cells[row] : undefined;
};

const textOf = (v: string | undefined): string | null => (v === undefined || v.trim() === '' ? null : v);
const linksOf = (v: string[] | undefined): string | null => (v && v.length > 0 ? v.join('\n') : null);

/** Columns of both forms: the new form's order, then the columns it no longer has. */
function columnsOf(prev: TambonForm, next: TambonForm): ColumnKey[] {
  const now = formColumns(next);
  return [...now, ...formColumns(prev).filter((c) => !now.includes(c))];
}

function activityChanges(column: string, before: Activity | undefined, after: Activity | undefined): CellChange[] {
  const change = (row: string, b: string | null, a: string | null): CellChange[] => (b === a ? [] : [{ column, row, kind: 'activity', before: b, after: a }]);
  if (!before || !after) return change('activity', before?.name ?? null, after?.name ?? null);
  const known = (t: string) => ((ACTIVITY_TYPE_CODES as readonly string[]).includes(t) ? t : null);
  return [
    ...change('activity', before.name, after.name),
    ...change('type', known(before.type), known(after.type)),
    ...change('otherType', textOf(before.otherType), textOf(after.otherType)),
  ];
}

/**
 * What changed from the previous round's form to this one, cell by cell, in the form's order: per column its
 * activity, then the 16 goals, then indicators 2–14 (text, then links). An activity removed takes its cells with it.
 */
export function formChanges(prev: TambonForm | null, next: TambonForm): CellChange[] {
  const before = prev ?? { activities: [], goals: {}, texts: {}, links: {} };
  const activityBefore = new Map(before.activities.map((a) => [a.key, a]));
  const activityAfter = new Map(next.activities.map((a) => [a.key, a]));
  const hasBefore = new Set(formColumns(before));
  const hasAfter = new Set(formColumns(next));
  const changes: CellChange[] = [];
  for (const column of columnsOf(before, next)) {
    const inBefore = hasBefore.has(column);
    const inAfter = hasAfter.has(column);
    changes.push(...activityChanges(column, activityBefore.get(column), activityAfter.get(column)));
    for (const goal of GOAL_CODES) {
      const b = inBefore ? (cell(before.goals, column, goal) ?? null) : null;
      const a = inAfter ? (cell(next.goals, column, goal) ?? null) : null;
      if (b !== a) changes.push({ column, row: goal, kind: 'goal', before: b, after: a });
    }
    for (const ind of TEXT_INDICATOR_CODES) {
      const tb = inBefore ? textOf(cell(before.texts, column, ind)) : null;
      const ta = inAfter ? textOf(cell(next.texts, column, ind)) : null;
      if (tb !== ta) changes.push({ column, row: ind, kind: 'text', before: tb, after: ta });
      const lb = inBefore ? linksOf(cell(before.links, column, ind)) : null;
      const la = inAfter ? linksOf(cell(next.links, column, ind)) : null;
      if (lb !== la) changes.push({ column, row: ind, kind: 'links', before: lb, after: la });
    }
  }
  return changes;
}

/** The changes the form highlights: an expected ✗ that became ✓. */
export function achieved(changes: readonly CellChange[]): CellChange[] {
  return changes.filter((c) => c.kind === 'goal' && c.before === 'expected' && c.after === 'have');
}
