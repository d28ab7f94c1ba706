import { router } from '../../trpc.ts';
import { instalmentRouter } from './instalment.ts';
import { monthRouter } from './month.ts';
import { periodRouter } from './period.ts';
import { planRouter } from './plan.ts';
import { reportRouter } from './report.ts';
import { rollupRouter } from './rollup.ts';

/** The budget module's API: programme periods, plans, tambon reports, monthly workflow, roll-ups and instalments. */
export const budgetRouter = router({
  period: periodRouter,
  plan: planRouter,
  report: reportRouter,
  month: monthRouter,
  rollup: rollupRouter,
  instalment: instalmentRouter,
});
