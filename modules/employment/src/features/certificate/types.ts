import type { RouterOutputs } from '@otou/server/router';
import type { SessionUser, WorkerType } from '@otou/domain';
import type { NamedRef } from '../reports/types.ts';

type Status = RouterOutputs['employment']['certificate']['status'];
type Contract = RouterOutputs['employment']['contract']['get'];

/** The certificate page: whether it is earned (certificate.status) and whom and what it names (contract.get). */
export interface CertificateView extends Pick<Status, 'eligible' | 'missing' | 'run'> {
  workerName: string;
  type: WorkerType;
  tambon: NamedRef | null;
  /** The issuing university: in the answer when the server gives it, else the viewer's own when it is the contract's. */
  university: NamedRef | null;
  agency: NamedRef | null;
}

export function certificateView(status: Status, c: Contract, user: SessionUser | null | undefined): CertificateView {
  const u = user?.places.university;
  const named = c as Contract & { university?: NamedRef | null };
  return {
    eligible: status.eligible,
    missing: status.missing,
    run: status.run,
    workerName: `${c.contract.firstName} ${c.contract.lastName}`,
    type: c.contract.type as WorkerType,
    tambon: c.tambon,
    university: named.university ?? (u && u.id === c.contract.universityId ? u : null),
    agency: c.agency,
  };
}
