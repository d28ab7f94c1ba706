import { budgetModule } from '@otou/domain';
import { exportInput, historyInput, tambonReportInput } from '@otou/domain/budget/schemas';
import { exportReport } from '../../services/budget/export.ts';
import { history, tambonReport } from '../../services/budget/report.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const budget = moduleProcedure(budgetModule);

export const reportRouter = router({
  byTambon: budget.input(tambonReportInput).query(({ ctx, input }) => tambonReport(ctx.actor, input)),
  history: budget.input(historyInput).query(({ ctx, input }) => history(ctx.actor, input)),
  export: budget.input(exportInput).mutation(({ ctx, input }) => exportReport(ctx.actor, input)),
});
