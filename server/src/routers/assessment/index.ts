import { router } from '../../trpc.ts';
import { dashboardRouter } from './dashboard.ts';
import { filesRouter } from './files.ts';
import { formRouter } from './form.ts';
import { roundRouter } from './round.ts';
import { rsiRouter } from './rsi.ts';
import { settingsRouter } from './settings.ts';
import { usiRouter } from './usi.ts';

/**
 * The assessment module's API: rounds, tier thresholds, tambon forms with their workflow. The USI/RSI reports and the
 * dashboards join here as their routers land.
 */
export const assessmentRouter = router({
  round: roundRouter,
  settings: settingsRouter,
  form: formRouter,
  usi: usiRouter,
  rsi: rsiRouter,
  files: filesRouter,
  dashboard: dashboardRouter,
});
