import { budgetModule } from '@otou/domain';
import { rollupInput, statusBoardInput } from '@otou/domain/budget/schemas';
import { rollup } from '../../services/budget/rollup.ts';
import { statusBoard } from '../../services/budget/status.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const budget = moduleProcedure(budgetModule);

export const rollupRouter = router({
  byLevel: budget.input(rollupInput).query(({ ctx, input }) => rollup(ctx.actor, input)),
  statusBoard: budget.input(statusBoardInput).query(({ ctx, input }) => statusBoard(ctx.actor, input)),
});
