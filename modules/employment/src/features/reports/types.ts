import type { RouterOutputs } from '@otou/server/router';
import type { ReportStatus, WorkerType, YearMonth } from '@otou/domain';

/**
 * What the monthly-cycle pages read from the API (contracts-9.md): a worker's contract with the months it can report,
 * a report, a payment. Kept here as the pages' view of the answers.
 */
export interface NamedRef {
  id: string;
  name_th: string;
  name_en?: string;
}

export interface ContractMonth {
  year: number;
  month: number;
  /** null: nothing written yet. */
  status: ReportStatus | null;
  evaluation: 'passed' | 'failed' | '';
  returnReason: string;
}

/** A worker's contract as their pages show it: the months it can report now, each with where its report stands. */
export interface MyContract {
  id: string;
  type: WorkerType;
  /** No names when neither the answer nor the session has them (a contract outside the worker's own tambon). */
  tambon: NamedRef;
  university: NamedRef | null;
  agency: NamedRef | null;
  start: string;
  end: string;
  /** '' unless the worker resigned. */
  lastWorkingDay: string;
  status: 'active' | 'resigned' | 'ended';
  /** Baht a month. */
  rate: number;
  months: ContractMonth[];
}

/** A worker's report of one month (report.get), with why the month can't be reported (translated; empty when it can). */
export type Report = RouterOutputs['employment']['report']['get'];

/** A month as the address carries it, `2021-02`; undefined when there is none or it is not one. */
export function askedMonth(m: string | null): YearMonth | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(m ?? '');
  const month = Number(match?.[2]);
  return match && month >= 1 && month <= 12 ? { year: Number(match[1]), month } : undefined;
}

/** A month's pay of an accepted report (payment.list), baht. */
export type Payment = RouterOutputs['employment']['payment']['list'][number];
