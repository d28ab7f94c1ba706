import type { RouterOutputs } from '@otou/server/router';
import type { ReportStatus, SessionUser, WorkerType } from '@otou/domain';
import type { ModuleContext } from '@otou/sdk';
import type { MyContract, NamedRef } from './types.ts';

type Mine = RouterOutputs['employment']['contract']['mine'][number];
/**
 * One contract of contract.mine as the pages show it: each month it can report with its report's state. The names come
 * with the answer; the worker's session names their own tambon and university should the answer lack them.
 */
export function toMyContract(c: Mine, user: SessionUser | null | undefined): MyContract {
  const own = <P extends NamedRef>(p: P | undefined, id: string | null) => (p && p.id === id ? p : null);
  return {
    id: c.id,
    type: c.type as WorkerType,
    tambon: c.tambon ?? own(user?.places.tambon, c.tambonId) ?? { id: c.tambonId, name_th: '' },
    university: c.university ?? own(user?.places.university, c.universityId),
    agency: c.agency,
    start: c.start,
    end: c.end,
    lastWorkingDay: c.lastWorkingDay ?? '',
    status: c.status as MyContract['status'],
    rate: c.rate,
    months: c.months.map((m) => {
      const r = c.reports.find((x) => x.year === m.year && x.month === m.month);
      return { year: m.year, month: m.month, status: (r?.status as ReportStatus | undefined) ?? null, evaluation: (r?.evaluation as 'passed' | 'failed' | '' | undefined) ?? '', returnReason: r?.returnReason ?? '' };
    }),
  };
}

/** The signed-in worker's contracts with their months (contract.mine): one query the home, their page and the form share. */
export const myContracts = (ctx: ModuleContext) => ({
  queryKey: ['employment', 'contract.mine'],
  queryFn: async () => (await ctx.api.employment.contract.mine.query()).map((c) => toMyContract(c, ctx.user)),
});
