import { assessmentModule } from '@otou/domain';
import { dashboardCoverageInput, dashboardExportInput, dashboardGoalsInput, dashboardMovementInput, dashboardTiersInput } from '@otou/domain/assessment/schemas';
import { dashboardCoverage, dashboardGoals, dashboardMovement, dashboardTiers } from '../../services/assessment/dashboard.ts';
import { exportDashboard } from '../../services/assessment/export.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const assessment = moduleProcedure(assessmentModule);

/** University, network and national dashboards: tiers against targets, movement, goals missing, coverage, the .xlsx. */
export const dashboardRouter = router({
  tiers: assessment.input(dashboardTiersInput).query(({ ctx, input }) => dashboardTiers(ctx.actor, input)),
  movement: assessment.input(dashboardMovementInput).query(({ ctx, input }) => dashboardMovement(ctx.actor, input)),
  goals: assessment.input(dashboardGoalsInput).query(({ ctx, input }) => dashboardGoals(ctx.actor, input)),
  coverage: assessment.input(dashboardCoverageInput).query(({ ctx, input }) => dashboardCoverage(ctx.actor, input)),
  export: assessment.input(dashboardExportInput).mutation(({ ctx, input }) => exportDashboard(ctx.actor, input)),
});
