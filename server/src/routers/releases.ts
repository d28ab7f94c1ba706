import { activateVersionInput, releaseHistoryInput, releaseVersionsInput, type ModuleName } from '@otou/domain';
import type { Context } from '../context.ts';
import { appError } from '../errors.ts';
import { activateVersion, publishedVersions, releaseHistory, releaseState } from '../services/releaseChoices.ts';
import { releaseHealth } from '../services/releaseHealth.ts';
import { moduleAdminProcedure, router } from '../trpc.ts';

/** A module this deployment does not run has no versions to choose here (its procedures answer the same). */
function deployed(ctx: Pick<Context, 'deployed'>, module: ModuleName | undefined) {
  if (module && !ctx.deployed.has(module)) throw appError('NOT_FOUND', 'release.notDeployed', { module });
}

/**
 * Which published version of each module runs where (contracts-10.md §4): the central admin for every network and
 * the default, a network admin for their own network (canManageModulesOf), each change with a reason kept in the
 * history; and the health of what runs.
 */
export const releasesRouter = router({
  /** A module's published versions, newest first, each with whether this server serves its contract. */
  versions: moduleAdminProcedure.input(releaseVersionsInput).query(({ ctx, input }) => (deployed(ctx, input.module), publishedVersions(ctx.actor, input.module))),
  /** Per module the default version and the version each network the admin manages runs (with the counters to name). */
  state: moduleAdminProcedure.query(({ ctx }) => releaseState(ctx.actor, ctx.deployed)),
  /** Activates a published version for a network or as the default; an older one than running is a rollback. */
  activate: moduleAdminProcedure.input(activateVersionInput).mutation(({ ctx, input }) => (deployed(ctx, input.module), activateVersion(ctx.actor, input))),
  /** Publishes, activations and rollbacks, newest first: who, when, from, to, why. */
  history: moduleAdminProcedure.input(releaseHistoryInput).query(({ ctx, input }) => releaseHistory(ctx.actor, input ?? {})),
  /** Per module and network: running and last good version, contract, failures browsers reported in the last 24 h. */
  health: moduleAdminProcedure.query(({ ctx }) => releaseHealth(ctx.actor, ctx.deployed)),
});
