export interface Column<R> {
  key: string;
  label: string;
  /** Numbers are right-aligned, as on the ministry's forms. */
  align?: 'start' | 'end';
  value: (row: R) => string | number;
  /** This column names the row (a row header for screen readers). */
  header?: boolean;
}
