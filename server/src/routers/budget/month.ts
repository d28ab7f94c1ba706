import { budgetModule } from '@otou/domain';
import { approveMonthInput, grantExceptionInput, reopenMonthInput, saveMonthInput } from '@otou/domain/budget/schemas';
import { approveMonth, grantException, reopenMonth, saveMonth } from '../../services/budget/workflow.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const budget = moduleProcedure(budgetModule);

export const monthRouter = router({
  save: budget.input(saveMonthInput).mutation(({ ctx, input }) => saveMonth(ctx.actor, input)),
  approve: budget.input(approveMonthInput).mutation(({ ctx, input }) => approveMonth(ctx.actor, input)),
  reopen: budget.input(reopenMonthInput).mutation(({ ctx, input }) => reopenMonth(ctx.actor, input)),
  grantException: budget.input(grantExceptionInput).mutation(({ ctx, input }) => grantException(ctx.actor, input)),
});
