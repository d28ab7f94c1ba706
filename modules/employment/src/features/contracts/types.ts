import type { WorkerType } from '@otou/domain';

/** A contract as `employment.contract.list` sends it (the national ID masked). */
export interface ContractRow {
  id: string;
  firstName: string;
  lastName: string;
  nationalIdMasked: string;
  type: WorkerType;
  start: string;
  end: string;
  /** Baht a month. */
  rate: number;
  status: 'active' | 'resigned' | 'ended';
  noticeOn: string | null;
  lastWorkingDay: string | null;
  resignReason: string;
  tambonId: string;
  agencyId: string | null;
  hasNda: boolean;
  replaces: string | null;
  version: number;
}

/** A user agency as `employment.agency.list` sends it. */
export interface AgencyRow {
  id: string;
  universityId: string;
  name_th: string;
  name_en: string;
  needs: string;
  workplace: string;
  qualifications: string;
  requiresNda: boolean;
  supervisors: { id: string; name: string }[];
  workers: number;
  version: number;
}

/** One row of a contract's history (employment_events), as `employment.contract.get` sends it. */
export interface ContractEvent {
  id: string;
  at: string;
  action: string;
  by: string;
  reason: string;
  changes: unknown;
}

type Named = { id: string; name_th: string; name_en: string };

/** `employment.contract.get`: the contract with its tambon, agency, reports, payments and history. */
export interface ContractDetail {
  contract: ContractRow;
  /** Whole for those who hire for the contract's university, else masked. */
  nationalId: string;
  nationalIdWhole: boolean;
  tambon: (Named & { code: string }) | null;
  agency: Named | null;
  reports: { id: string; year: number; month: number; status: string; evaluation: string }[];
  payments: { id: string; year: number; month: number; amount: number; due: string }[];
  events: ContractEvent[];
}

/** The worker account a contract made or linked: a temporary password only when it made one (shown once). */
export interface WorkerAccount {
  email: string;
  temporaryPassword: string | null;
}

export type Promotion = { kind: 'promoted'; contractId: string; applicantId: string; name: string; start: string; end: string; account: WorkerAccount } | { kind: 'none'; message: string };
