import { router } from '../../trpc.ts';

/** Placeholder so employment/index.ts compiles; its owner fills it. */
export const positionsRouter = router({});
