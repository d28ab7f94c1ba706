export interface Column<R> {
  key: string;
  label: string;
  /** Numbers are right-aligned, as on the ministry's forms. */
  align?: 'start' | 'end';
  value: (row: R) => string | number;
  /** This column names the row (a row header for screen readers). */
  header?: boolean;
  /**
   * Keeps the column in view while the others scroll sideways: 'start' for the names of the rows, 'end' for the
   * figures a reader looks for first (to date, %). A pinned column needs a fixed `width`.
   */
  pin?: 'start' | 'end';
  /** A CSS length, e.g. '8rem'. */
  width?: string;
}

export interface Pinned {
  pin: 'start' | 'end';
  width: string;
}

/**
 * Where each pinned column sticks: a start column after the start columns before it, an end column before the end
 * columns after it. Returns the inline style for each column's cells (empty for columns that scroll).
 */
export function pinStyles(columns: readonly Partial<Pinned>[]): string[] {
  return columns.map((c, i) => {
    if (!c.pin) return c.width ? `width:${c.width};min-width:${c.width}` : '';
    if (!c.width) throw new Error(`A pinned column needs a width (column ${i + 1})`);
    const others = c.pin === 'start' ? columns.slice(0, i) : columns.slice(i + 1);
    const offset = others.filter((o) => o.pin === c.pin).map((o) => o.width);
    const at = offset.length ? `calc(${offset.join(' + ')})` : '0px';
    return `width:${c.width};min-width:${c.width};max-width:${c.width};--pin-offset:${at}`;
  });
}

/** One row of an audit trail (EventList), already in the user's words. */
export interface AuditEvent {
  id: string;
  /** ISO instant. */
  at: string;
  /** The action's code (for tests and styling) and its name in the user's language. */
  action: string;
  actionLabel: string;
  byName: string;
  reason?: string | null | undefined;
  /** Each thing it changed, already in words ("1.3 · กิจกรรม 1: ✗ → ✓"). */
  changes: readonly string[];
}

/** How a state stands, for theme.css's `.otou-badge[data-tone]`: no tone (undefined) is neutral. */
export type Tone = 'ok' | 'waiting' | 'late' | 'info' | undefined;
