import { PLATFORM_API_VERSION, setModuleEnabledInput } from '@otou/domain';
import { moduleMatrix, registryFor, setModuleEnabled } from '../services/registry.ts';
import { moduleAdminProcedure, publicProcedure, router, signedInProcedure } from '../trpc.ts';

export const registryRouter = router({
  apiVersion: publicProcedure.query(() => PLATFORM_API_VERSION),

  /** The modules this user may open: enabled for their network × allowed for their role. Read on every navigation. */
  forMe: signedInProcedure.query(({ ctx }) => registryFor(ctx.pb, ctx.sessionUser)),

  /** The switchboard: every network for the central admin, their own for a network admin. */
  matrix: moduleAdminProcedure.query(({ ctx }) => {
    const u = ctx.sessionUser;
    return moduleMatrix(ctx.pb, u.role === 'central_admin' ? 'all' : [u.placement.networkId!]);
  }),

  setEnabled: moduleAdminProcedure.input(setModuleEnabledInput).mutation(({ ctx, input }) => setModuleEnabled(ctx.actor, input)),
});
