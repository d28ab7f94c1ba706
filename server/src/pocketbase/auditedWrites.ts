import type { Actor } from '../context.ts';
import type { AppError } from '../errors.ts';
import { VersionConflict, type WriteBatch } from './superuserWrites.ts';

/**
 * Adds audit rows to a batch (budget_events, assessment_events, employment_events …): each names the actor from the
 * session — never from the input — as `by` and `by_name`; `created` is when. The modules say what and where.
 */
export function addAuditRows(a: Actor, batch: WriteBatch, collection: string, rows: readonly Record<string, unknown>[]): void {
  for (const row of rows) batch.create(collection, { ...row, by: a.user.id, by_name: a.user.name });
}

/**
 * Writes a change and its audit rows in one transaction, as the platform, after the caller's checks have passed. A
 * versioned record that changed since the caller read it is answered by `onConflict`, with nothing written; without
 * one the VersionConflict goes on to the caller.
 */
export async function writeAudited(
  a: Actor,
  writes: (batch: WriteBatch) => void,
  collection: string,
  rows: readonly Record<string, unknown>[],
  onConflict?: () => Promise<AppError> | AppError,
): Promise<void> {
  const batch = a.superuserWrites.batch();
  writes(batch);
  addAuditRows(a, batch, collection, rows);
  try {
    await batch.send();
  } catch (e) {
    if (e instanceof VersionConflict && onConflict) throw await onConflict();
    throw e;
  }
}
