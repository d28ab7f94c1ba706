import { PLATFORM_API_VERSION, setModuleEnabledInput } from '@otou/domain';
import { moduleMatrix, registryFor, setModuleEnabled } from '../services/registry.ts';
import { moduleAdminProcedure, publicProcedure, router, signedInProcedure } from '../trpc.ts';

export const registryRouter = router({
  apiVersion: publicProcedure.query(() => PLATFORM_API_VERSION),

  /**
   * The modules this user may open: enabled for their network × allowed for their role. Read on every navigation.
   * A module this deployment does not run is never listed, even if an earlier deployment on the same data released it.
   */
  forMe: signedInProcedure.query(async ({ ctx }) => (await registryFor(ctx.pb, ctx.sessionUser)).filter((e) => ctx.deployed.has(e.name))),

  /** The switchboard: every network for the central admin, their own for a network admin. */
  matrix: moduleAdminProcedure.query(({ ctx }) => {
    const u = ctx.sessionUser;
    return moduleMatrix(ctx.pb, u.role === 'central_admin' ? 'all' : [u.placement.networkId!]).then((m) => ({ ...m, modules: m.modules.filter((x) => ctx.deployed.has(x.name)) }));
  }),

  setEnabled: moduleAdminProcedure.input(setModuleEnabledInput).mutation(({ ctx, input }) => setModuleEnabled(ctx.actor, input)),
});
