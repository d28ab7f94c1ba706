import { budgetModule } from '@otou/domain';
import { recordInstalmentInput } from '@otou/domain/budget/schemas';
import { recordInstalment } from '../../services/budget/workflow.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const budget = moduleProcedure(budgetModule);

export const instalmentRouter = router({
  record: budget.input(recordInstalmentInput).mutation(({ ctx, input }) => recordInstalment(ctx.actor, input)),
});
