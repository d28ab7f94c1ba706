import { budgetModule } from '@otou/domain';
import { savePeriodInput } from '@otou/domain/budget/schemas';
import { listPeriods, savePeriod } from '../../services/budget/periods.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const budget = moduleProcedure(budgetModule);

export const periodRouter = router({
  list: budget.query(({ ctx }) => listPeriods(ctx.actor)),
  save: budget.input(savePeriodInput).mutation(({ ctx, input }) => savePeriod(ctx.actor, input)),
});
