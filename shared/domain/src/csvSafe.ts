/**
 * Text typed by users, written into a file a spreadsheet opens. A cell that starts with =, +, -, @ (or a tab or
 * carriage return, which some spreadsheets skip before reading a formula) would run as a formula when the file is
 * opened — CSV injection. Such text is written with a leading apostrophe, which spreadsheets read as "this is text"
 * and do not show. Numbers stay numbers: only text from people is neutralised. Every export uses this.
 */
const FORMULA_START = /^[\s\u00a0]*[=+\-@]|^[\t\r\n]/;

/** Whether a spreadsheet would take this text for a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Text as it may go into a cell: with a leading apostrophe when it would otherwise run as a formula. */
export function cellText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** One RFC 4180 field: text neutralised and quoted when it holds a comma, quote or line end; numbers as they are. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV file: comma separated, CRLF line ends, UTF-8 with a byte order mark so that Excel reads Thai correctly.
 */
export function csvFile(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
