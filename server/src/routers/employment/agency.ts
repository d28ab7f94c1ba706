import { employmentModule } from '@otou/domain';
import { listAgenciesInput, saveAgencyInput, supervisorCandidatesInput } from '@otou/domain/employment/schemas';
import { listAgencies, saveAgency, supervisorCandidates } from '../../services/employment/agencies.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const employment = moduleProcedure(employmentModule);

export const agencyRouter = router({
  list: employment.input(listAgenciesInput).query(({ ctx, input }) => listAgencies(ctx.actor, input)),
  supervisorCandidates: employment.input(supervisorCandidatesInput).query(({ ctx, input }) => supervisorCandidates(ctx.actor, input)),
  save: employment.input(saveAgencyInput).mutation(({ ctx, input }) => saveAgency(ctx.actor, input)),
});
