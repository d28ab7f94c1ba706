import { employmentModule } from '@otou/domain';
import { chooseInput } from '@otou/domain/employment/schemas';
import { choose } from '../../services/employment/selection.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const employment = moduleProcedure(employmentModule);

export const selectionRouter = router({
  choose: employment.input(chooseInput).mutation(({ ctx, input }) => choose(ctx.actor, input)),
});
