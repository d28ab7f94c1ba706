import { router } from '../trpc.ts';

/**
 * Module releases (contracts-10.md §4): published versions, the version active per network, activation, rollback,
 * history and health. Joined in the app router from the start so that SERVER_CONTRACTS' `releases` names a router
 * this server has; its procedures are added by the registry work.
 */
export const releasesRouter = router({});
