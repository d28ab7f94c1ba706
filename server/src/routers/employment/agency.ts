import { employmentModule } from '@otou/domain';
import { listAgenciesInput, saveAgencyInput } from '@otou/domain/employment/schemas';
import { listAgencies, saveAgency } from '../../services/employment/agencies.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const employment = moduleProcedure(employmentModule);

export const agencyRouter = router({
  list: employment.input(listAgenciesInput).query(({ ctx, input }) => listAgencies(ctx.actor, input)),
  save: employment.input(saveAgencyInput).mutation(({ ctx, input }) => saveAgency(ctx.actor, input)),
});
