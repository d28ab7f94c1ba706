import { router } from '../../trpc.ts';
import { dashboardRouter } from './dashboard.ts';
import { formRouter } from './form.ts';
import { roundRouter } from './round.ts';
import { settingsRouter } from './settings.ts';

/**
 * The assessment module's API: rounds, tier thresholds, tambon forms with their workflow. The USI/RSI reports and the
 * dashboards join here as their routers land.
 */
export const assessmentRouter = router({
  round: roundRouter,
  settings: settingsRouter,
  form: formRouter,
  dashboard: dashboardRouter,
});
