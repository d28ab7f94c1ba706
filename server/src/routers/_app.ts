import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { router } from '../trpc.ts';
import { assessmentRouter } from './assessment/index.ts';
import { authRouter } from './auth.ts';
import { budgetRouter } from './budget/index.ts';
import { employmentRouter } from './employment/index.ts';
import { orgRouter } from './org.ts';
import { registryRouter } from './registry.ts';
import { releasesRouter } from './releases.ts';

export const appRouter = router({
  assessment: assessmentRouter,
  auth: authRouter,
  budget: budgetRouter,
  employment: employmentRouter,
  org: orgRouter,
  registry: registryRouter,
  releases: releasesRouter,
});

// The browser's types live in @otou/domain; re-exported here while the SDK switches to importing them from there.
export type { FormattedErrorData, NamedPlace, SessionUser } from '@otou/domain';
export type { MatrixRow } from '../services/registry.ts';

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
