import type { Actor } from '../../context.ts';
import { conflictError, type AppError } from '../../errors.ts';
import { VersionConflict, type WriteBatch } from '../../pocketbase/superuserWrites.ts';

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

/** Adds the audit rows to a batch: the actor from the session (never from the input); `created` is when. */
export function addEvents(a: Actor, batch: WriteBatch, events: readonly EmploymentEvent[]): void {
  for (const e of events)
    batch.create('employment_events', {
      action: e.action,
      contract: e.contract ?? '',
      applicant: e.applicant ?? '',
      tambon: e.tambon ?? '',
      university: e.university ?? '',
      network: e.network ?? '',
      by: a.user.id,
      by_name: a.user.name,
      reason: e.reason ?? '',
      changes: e.changes ?? null,
    });
}

/**
 * Writes a change and its audit rows in one transaction, as the platform, after the caller's checks have passed. A
 * versioned record that changed since it was read (or a record someone created meanwhile with the same derived id:
 * the same person added twice at once) is answered by `onConflict` — by default CONFLICT — with nothing written.
 */
export async function writeEmployment(
  a: Actor,
  writes: (batch: WriteBatch) => void,
  events: readonly EmploymentEvent[],
  onConflict: () => Promise<AppError> | AppError = () => conflictError(null, {}),
): Promise<void> {
  const batch = a.superuserWrites.batch();
  writes(batch);
  addEvents(a, batch, events);
  try {
    await batch.send();
  } catch (e) {
    if (e instanceof VersionConflict) throw await onConflict();
    throw e;
  }
}
