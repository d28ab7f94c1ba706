import { employmentModule } from '@otou/domain';
import { dashboardSummaryInput } from '@otou/domain/employment/schemas';
import { dashboardSummary } from '../../services/employment/dashboard.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const employment = moduleProcedure(employmentModule);

/** Hiring against the 60,000 target: the nation, a network, a university or a tambon (with its workers). */
export const dashboardRouter = router({
  summary: employment.input(dashboardSummaryInput).query(({ ctx, input }) => dashboardSummary(ctx.actor, input)),
});
