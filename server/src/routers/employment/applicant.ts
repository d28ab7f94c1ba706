import { employmentModule } from '@otou/domain';
import { addApplicantInput, byIdInput, importApplicantsInput, importTemplateInput, listApplicantsInput } from '@otou/domain/employment/schemas';
import { addApplicant, getApplicant, listApplicants } from '../../services/employment/applicants.ts';
import { importApplicantsFile, importTemplate } from '../../services/employment/import.ts';
import { assertStaff } from '../../services/employment/scope.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const employment = moduleProcedure(employmentModule);

export const applicantRouter = router({
  list: employment.input(listApplicantsInput).query(({ ctx, input }) => listApplicants(ctx.actor, input)),
  get: employment.input(byIdInput).query(({ ctx, input }) => getApplicant(ctx.actor, input)),
  add: employment.input(addApplicantInput).mutation(({ ctx, input }) => addApplicant(ctx.actor, input)),
  import: employment.input(importApplicantsInput).mutation(({ ctx, input }) => importApplicantsFile(ctx.actor, input)),
  /** The import template (.xlsx, base64) to fill in. */
  template: employment.input(importTemplateInput).mutation(({ ctx }) => (assertStaff(ctx.actor), importTemplate(ctx.actor))),
});
