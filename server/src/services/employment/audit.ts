import type { Actor } from '../../context.ts';
import { conflictError, type AppError } from '../../errors.ts';
import { addAuditRows, writeAudited } from '../../pocketbase/auditedWrites.ts';
import type { WriteBatch } from '../../pocketbase/superuserWrites.ts';

export type EmploymentAction =
  | 'positions'
  | 'applicant'
  | 'import'
  | 'select'
  | 'contract'
  | 'report.submit'
  | 'report.accept'
  | 'report.return'
  | 'resign'
  | 'promote'
  | 'agency';

/** One audit row of employment_events: what happened, to which contract or applicant, where, and why. */
export interface EmploymentEvent {
  action: EmploymentAction;
  contract?: string;
  applicant?: string;
  tambon?: string;
  university?: string;
  network?: string;
  reason?: string;
  changes?: unknown;
}

const row = (e: EmploymentEvent) => ({
  action: e.action,
  contract: e.contract ?? '',
  applicant: e.applicant ?? '',
  tambon: e.tambon ?? '',
  university: e.university ?? '',
  network: e.network ?? '',
  reason: e.reason ?? '',
  changes: e.changes ?? null,
});

/** Adds the audit rows to a batch: the actor from the session (never from the input); `created` is when. */
export function addEvents(a: Actor, batch: WriteBatch, events: readonly EmploymentEvent[]): void {
  addAuditRows(a, batch, 'employment_events', events.map(row));
}

/**
 * Writes a change and its audit rows in one transaction, as the platform, after the caller's checks have passed. A
 * versioned record that changed since it was read (or a record someone created meanwhile with the same derived id:
 * the same person added twice at once) is answered by `onConflict` — by default CONFLICT — with nothing written.
 */
export function writeEmployment(
  a: Actor,
  writes: (batch: WriteBatch) => void,
  events: readonly EmploymentEvent[],
  onConflict: () => Promise<AppError> | AppError = () => conflictError(null, {}),
): Promise<void> {
  return writeAudited(a, writes, 'employment_events', events.map(row), onConflict);
}
