import { budgetModule } from '@otou/domain';
import { savePlanInput } from '@otou/domain/budget/schemas';
import { savePlan } from '../../services/budget/workflow.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const budget = moduleProcedure(budgetModule);

export const planRouter = router({
  save: budget.input(savePlanInput).mutation(({ ctx, input }) => savePlan(ctx.actor, input)),
});
