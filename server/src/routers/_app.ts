import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { router } from '../trpc.ts';
import { authRouter } from './auth.ts';
import { orgRouter } from './org.ts';
import { registryRouter } from './registry.ts';

export const appRouter = router({
  auth: authRouter,
  org: orgRouter,
  registry: registryRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
