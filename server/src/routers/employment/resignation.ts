import { employmentModule } from '@otou/domain';
import { recordResignationInput } from '@otou/domain/employment/schemas';
import { recordResignation } from '../../services/employment/resignation.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const employment = moduleProcedure(employmentModule);

export const resignationRouter = router({
  record: employment.input(recordResignationInput).mutation(({ ctx, input }) => recordResignation(ctx.actor, input)),
});
