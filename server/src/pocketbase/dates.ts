/**
 * PocketBase stores and answers dates as "2021-02-01 03:00:00.000Z": a space where ISO 8601 has a "T", which some
 * parsers (Safari's Date, strict ISO checks) refuse. Every date crosses the server through these two functions, so
 * the browser only ever sees ISO strings.
 */

/** A date for PocketBase to store. */
export const toPbDate = (d: Date): string => d.toISOString().replace('T', ' ');

/** A PocketBase date as a Date; null for PocketBase's empty date (''). */
export function fromPbDate(value: unknown): Date | null {
  if (typeof value !== 'string' || value === '') return null;
  const d = new Date(value.replace(' ', 'T'));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A PocketBase date as the ISO string the browser gets; null when empty. */
export const isoFromPb = (value: unknown): string | null => fromPbDate(value)?.toISOString() ?? null;
