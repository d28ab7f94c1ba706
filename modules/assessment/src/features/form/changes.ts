import { ACTIVITY_TYPES, type AssessmentMessageKey, FIXED_COLUMNS, MARK_SYMBOL, placeName, type Activity, type CellChange, type ColumnKey, type Locale, type Mark } from '@otou/domain';
import type { Words } from '@otou/sdk';
import type words from './words.ts';

type T = Words<(keyof (typeof words)['th'] & string) | AssessmentMessageKey>;

/**
 * A column's name as the form heads it: "กิจกรรม 2" for the second activity, the fixed columns by their name. An
 * activity that is gone from `now` is named by its place in `before` (a change can speak of a removed activity).
 */
export function columnNamer(t: T, locale: Locale, now: readonly Activity[], before: readonly Activity[] = []): (key: ColumnKey) => string {
  return (key) => {
    const fixed = FIXED_COLUMNS.find((c) => c.key === key);
    if (fixed) return placeName({ name_th: fixed.th, name_en: fixed.en }, locale);
    const i = now.findIndex((a) => a.key === key);
    const j = before.findIndex((a) => a.key === key);
    return t('assessment.export.activity', { n: i >= 0 ? i + 1 : j >= 0 ? j + 1 : key });
  };
}

const SHORT = 60;
const short = (s: string) => (s.length > SHORT ? `${s.slice(0, SHORT - 1)}…` : s);

/** One changed cell in words, "1.3 · กิจกรรม 1: ✗ → ✓", for the changes since the last round, a conflict and the history. */
export function describeChange(c: CellChange, t: T, column: (key: ColumnKey) => string): string {
  const empty = t('form.mark.empty');
  const typeLetter = (v: string | null) => (v === null ? empty : (ACTIVITY_TYPES.find((a) => a.code === v)?.letter ?? v));
  const mark = (v: string | null) => (v === null ? empty : (MARK_SYMBOL[v as Mark] ?? v));
  const text = (v: string | null) => (v === null ? empty : short(v.replace(/\s*\n\s*/g, ' · ')));
  const col = column(c.column);
  switch (c.kind) {
    case 'goal':
      return t('change.goal', { goal: c.row, column: col, before: mark(c.before), after: mark(c.after) });
    case 'text':
      return t('change.text', { indicator: c.row, column: col, before: text(c.before), after: text(c.after) });
    case 'links':
      return t('change.links', { indicator: c.row, column: col, before: text(c.before), after: text(c.after) });
    case 'activity':
      if (c.row === 'type') return t('change.type', { column: col, before: typeLetter(c.before), after: typeLetter(c.after) });
      if (c.row === 'otherType') return t('change.otherType', { column: col, before: text(c.before), after: text(c.after) });
      if (c.before === null) return t('change.added', { column: col, name: text(c.after) });
      if (c.after === null) return t('change.removed', { column: col, name: text(c.before) });
      return t('change.renamed', { column: col, before: text(c.before), after: text(c.after) });
  }
}

/** Where a change sits on the grid: the same name as the draft's field of that cell. */
const FIELD_OF: Record<CellChange['kind'], string> = { goal: 'goals', text: 'texts', links: 'links', activity: 'activity' };
export const cellOf = (c: Pick<CellChange, 'kind' | 'column' | 'row'>): string => (c.kind === 'activity' ? `activity.${c.column}` : `${FIELD_OF[c.kind]}.${c.column}.${c.row}`);

/** An expected ✗ that became ✓: what the form and its approver are shown first. */
export const isAchieved = (c: CellChange): boolean => c.kind === 'goal' && c.before === 'expected' && c.after === 'have';

/** What a file event of the history names: the file, in its cell ("ข้อ 2 · กิจกรรม 1: รายชื่อ.pdf"). */
export function describeFile(entry: unknown, t: T, column: (key: ColumnKey) => string): string[] {
  if (!entry || typeof entry !== 'object') return [];
  const f = entry as { name?: unknown; column?: unknown; indicator?: unknown };
  if (typeof f.name !== 'string') return [];
  return [typeof f.column === 'string' && typeof f.indicator === 'string' ? t('change.file', { indicator: f.indicator, column: column(f.column), name: f.name }) : f.name];
}
