import { employmentModule } from '@otou/domain';
import { getPositionsInput, savePositionsInput } from '@otou/domain/employment/schemas';
import { getPositions, savePositions } from '../../services/employment/positions.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const employment = moduleProcedure(employmentModule);

export const positionsRouter = router({
  get: employment.input(getPositionsInput).query(({ ctx, input }) => getPositions(ctx.actor, input)),
  save: employment.input(savePositionsInput).mutation(({ ctx, input }) => savePositions(ctx.actor, input)),
});
