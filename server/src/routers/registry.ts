import { canManageModulesOf, PLATFORM_API_VERSION, setModuleEnabledInput } from '@otou/domain';
import { appError } from '../errors.ts';
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

  setEnabled: moduleAdminProcedure.input(setModuleEnabledInput).mutation(async ({ ctx, input }) => {
    if (!canManageModulesOf(ctx.sessionUser, input.networkId)) throw appError('FORBIDDEN', 'error.moduleAdminOwnNetwork');
    const row = await setModuleEnabled(ctx.pb, ctx.sessionUser.id, input.networkId, input.module, input.enabled);
    return { networkId: input.networkId, module: input.module, enabled: Boolean(row['enabled']) };
  }),
});
