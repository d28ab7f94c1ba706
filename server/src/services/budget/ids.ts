import type { LeafLine } from '@otou/domain';
import { stableId } from '../../seed/ids.ts';

/**
 * Budget records have ids derived from what they are (tambon, period, line or month), so the server, the seeds and
 * a retried save all address the same record instead of creating a second one.
 */
export const periodId = (code: string) => stableId('budget_period', code);
export const lineId = (tambon: string, period: string, line: LeafLine) => stableId('budget_line', `${tambon}/${period}/${line}`);
export const reportId = (tambon: string, period: string, month: number) => stableId('budget_report', `${tambon}/${period}/${month}`);
export const instalmentId = (tambon: string, period: string, number: number) => stableId('budget_instalment', `${tambon}/${period}/${number}`);
