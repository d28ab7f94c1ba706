import type { Actor } from '../../context.ts';
import type { AppError } from '../../errors.ts';
import { writeAudited } from '../../pocketbase/auditedWrites.ts';
import type { WriteBatch } from '../../pocketbase/superuserWrites.ts';

export type EventKind = 'form' | 'usi' | 'rsi' | 'round' | 'settings';
export type EventAction = 'create' | 'save' | 'submit' | 'approve' | 'reopen' | 'exception' | 'file' | 'fileRemoved';

/** One audit row of assessment_events: what (kind, record), where (tambon, university, network, round), how. */
export interface AssessmentEvent {
  kind: EventKind;
  record: string;
  action: EventAction;
  tambon?: string;
  university?: string;
  network?: string;
  round?: string;
  reason?: string;
  before?: unknown;
  after?: unknown;
  changes?: unknown;
}

/**
 * Writes a change and its audit rows in one transaction, as the platform, after the caller's checks have passed.
 * The rows name the actor from the session (never from the input); `created` is when. A versioned record that changed
 * since the caller read it is answered by `onConflict`, with nothing written. Shared by the assessment's services
 * (forms, rounds, settings, USI and RSI reports).
 */
export function writeWithEvents(a: Actor, writes: (batch: WriteBatch) => void, events: AssessmentEvent[], onConflict?: () => Promise<AppError>): Promise<void> {
  const rows = events.map((e) => ({
    kind: e.kind,
    record: e.record,
    action: e.action,
    tambon: e.tambon ?? '',
    university: e.university ?? '',
    network: e.network ?? '',
    round: e.round ?? '',
    reason: e.reason ?? '',
    before: e.before ?? null,
    after: e.after ?? null,
    changes: e.changes ?? null,
  }));
  return writeAudited(a, writes, 'assessment_events', rows, onConflict);
}
