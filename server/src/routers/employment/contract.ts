import { employmentModule } from '@otou/domain';
import { byIdInput, createContractInput, issuePasswordInput, listContractsInput } from '@otou/domain/employment/schemas';
import { contractNda, createContract, getContract, issuePassword, listContracts, myContracts } from '../../services/employment/contracts.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const employment = moduleProcedure(employmentModule);

export const contractRouter = router({
  create: employment.input(createContractInput).mutation(({ ctx, input }) => createContract(ctx.actor, input)),
  list: employment.input(listContractsInput).query(({ ctx, input }) => listContracts(ctx.actor, input)),
  get: employment.input(byIdInput).query(({ ctx, input }) => getContract(ctx.actor, input)),
  mine: employment.query(({ ctx }) => myContracts(ctx.actor)),
  /** The signed NDA (PDF, base64) of a contract the caller may read. */
  nda: employment.input(byIdInput).mutation(({ ctx, input }) => contractNda(ctx.actor, input)),
  issuePassword: employment.input(issuePasswordInput).mutation(({ ctx, input }) => issuePassword(ctx.actor, input)),
});
