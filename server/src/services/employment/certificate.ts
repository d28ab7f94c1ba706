import { certificateStatus, heldUntil, translateEmployment, type CertificateStatus, type MonthRecord } from '@otou/domain';
import type { Actor } from '../../context.ts';
import { deciderRefusal, loadContract, toCycleContract, type CycleContract } from './reports.ts';
import { todayOf } from './scope.ts';

/**
 * A worker's certificate of service (domain certificateStatus): six months of continuous service with every month's
 * report accepted and passed. Service is the person's, not one contract's: a contract and the next one starting the
 * day after count as one, so the person's contracts and reports are read as the platform (the caller may see only
 * this contract); only the verdict and its months are returned.
 */
export async function certificateOf(a: Actor, contractId: string): Promise<{ contract: CycleContract; status: CertificateStatus; months: MonthRecord[] }> {
  const contract = await loadContract(a, contractId);
  const { spans, months } = await a.superuserWrites.read(async (pb) => {
    const contracts = await pb.collection('employment_contracts').getFullList({ filter: pb.filter('person = {:p}', { p: contract.person }), fields: 'id,start,end,last_working_day' });
    const held = contracts.length ? contracts.map(toCycleContract) : [contract];
    const reports = await pb.collection('employment_reports').getFullList({ filter: held.map((c) => pb.filter('contract = {:c}', { c: c.id })).join(' || '), fields: 'year,month,status,evaluation' });
    return {
      spans: held.map((c) => ({ start: c.start, end: heldUntil(c) })),
      months: reports.map(
        (r): MonthRecord => ({
          year: Number(r['year']),
          month: Number(r['month']),
          report: r['status'] === 'draft' ? 'missing' : (r['status'] as MonthRecord['report']),
          evaluation: r['evaluation'] === 'passed' || r['evaluation'] === 'failed' ? r['evaluation'] : null,
        }),
      ),
    };
  });
  return { contract, status: certificateStatus(spans, months, todayOf(a)), months };
}

/** What the certificate page shows: eligible or what is missing (in the caller's language), and who may issue it. */
export async function certificateView(a: Actor, { contractId }: { contractId: string }) {
  const { contract, status, months } = await certificateOf(a, contractId);
  return {
    contractId: contract.id,
    eligible: status.eligible,
    run: status.run,
    missing: status.missing.map((m) => translateEmployment(a.locale, m.key, m.params)),
    months,
    canIssue: (await deciderRefusal(a, contract)) === null,
  };
}
