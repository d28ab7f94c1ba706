import { moduleFailureInput, moduleMountedInput, SERVER_CONTRACTS, setModuleEnabledInput } from '@otou/domain';
import { reportFailure, reportMounted } from '../services/releaseHealth.ts';
import { moduleMatrix, registryFor, setModuleEnabled } from '../services/registry.ts';
import { moduleAdminProcedure, publicProcedure, registryUserProcedure, router } from '../trpc.ts';

export const registryRouter = router({
  /** The contract version each router of this server serves (a module's manifest names the ranges it needs). */
  contracts: publicProcedure.query(() => SERVER_CONTRACTS),

  /**
   * The modules this user may open: enabled for their network × allowed for their role, each at the version active
   * for the user's network with its last good version to fall back on. Read on every navigation. A module this
   * deployment does not run is never listed, even if an earlier deployment on the same data released it.
   */
  forMe: registryUserProcedure.query(({ ctx }) => registryFor(ctx.actor, ctx.deployed)),

  /** A browser's report that a module version failed to load or mount here (kept for the health page; rate-limited). */
  reportFailure: registryUserProcedure.input(moduleFailureInput).mutation(({ ctx, input }) => reportFailure(ctx.actor, input)),

  /** A browser's report that the active version mounted: it becomes the network's last good version. */
  reportMounted: registryUserProcedure.input(moduleMountedInput).mutation(({ ctx, input }) => reportMounted(ctx.actor, input)),

  /** The switchboard: every network for the central admin, their own for a network admin. */
  matrix: moduleAdminProcedure.query(({ ctx }) => {
    const u = ctx.sessionUser;
    return moduleMatrix(ctx.pb, u.role === 'central_admin' ? 'all' : [u.placement.networkId!]).then((m) => ({ ...m, modules: m.modules.filter((x) => ctx.deployed.has(x.name)) }));
  }),

  setEnabled: moduleAdminProcedure.input(setModuleEnabledInput).mutation(({ ctx, input }) => setModuleEnabled(ctx.actor, input)),
});
