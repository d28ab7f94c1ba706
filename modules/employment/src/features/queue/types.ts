import type { RouterOutputs } from '@otou/server/router';
import type { ReportStatus } from '@otou/domain';

/** A submitted report waiting for the signed-in person's decision (report.queue), with what accepting it pays. */
export type QueuedReport = RouterOutputs['employment']['report']['queue'][number];

/** What a decided report holds now, as a conflict returns it (the other person's decision). */
export interface DecidedNow {
  status?: ReportStatus;
  evaluation?: 'passed' | 'failed' | '';
  returnReason?: string;
  decidedByName?: string;
}
