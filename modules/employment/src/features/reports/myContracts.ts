import type { RouterOutputs } from '@otou/server/router';
import type { ReportStatus, SessionUser, WorkerType } from '@otou/domain';
import type { ModuleContext } from '@otou/sdk';
import type { MyContract, NamedRef } from './types.ts';

type Mine = RouterOutputs['employment']['contract']['mine'][number];
/** Names the answer may carry; a worker's own tambon and university are also in their session. */
type Named = { tambon?: NamedRef | null; university?: NamedRef | null; agency?: NamedRef | null };

/** One contract of contract.mine as the pages show it: each month it can report with its report's state. */
export function toMyContract(c: Mine, user: SessionUser | null | undefined): MyContract {
  const named = c as Mine & Named;
  const own = <P extends NamedRef>(p: P | undefined, id: string | null) => (p && p.id === id ? p : null);
  return {
    id: c.id,
    type: c.type as WorkerType,
    tambon: named.tambon ?? own(user?.places.tambon, c.tambonId) ?? { id: c.tambonId, name_th: '' },
    university: named.university ?? own(user?.places.university, c.universityId),
    agency: named.agency ?? null,
    start: c.start,
    end: c.end,
    lastWorkingDay: c.lastWorkingDay ?? '',
    status: c.status as MyContract['status'],
    rate: c.rate,
    months: c.months.map((m) => {
      const r = c.reports.find((x) => x.year === m.year && x.month === m.month) as (Mine['reports'][number] & { returnReason?: string }) | undefined;
      return { year: m.year, month: m.month, status: (r?.status as ReportStatus | undefined) ?? null, evaluation: (r?.evaluation as 'passed' | 'failed' | '' | undefined) ?? '', returnReason: r?.returnReason ?? '' };
    }),
  };
}

/** The signed-in worker's contracts with their months (contract.mine): one query the home, their page and the form share. */
export const myContracts = (ctx: ModuleContext) => ({
  queryKey: ['employment', 'contract.mine'],
  queryFn: async () => (await ctx.api.employment.contract.mine.query()).map((c) => toMyContract(c, ctx.user)),
});
