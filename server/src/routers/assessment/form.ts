import { assessmentModule } from '@otou/domain';
import { approveFormInput, exportFormInput, formHistoryInput, getFormInput, grantFormExceptionInput, listFormsInput, reopenFormInput, saveFormInput } from '@otou/domain/assessment/schemas';
import { approveForm, formHistory, getForm, grantFormException, listForms, reopenForm, saveForm } from '../../services/assessment/forms.ts';
import { exportForm } from '../../services/assessment/export.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const assessment = moduleProcedure(assessmentModule);

export const formRouter = router({
  get: assessment.input(getFormInput).query(({ ctx, input }) => getForm(ctx.actor, input)),
  list: assessment.input(listFormsInput).query(({ ctx, input }) => listForms(ctx.actor, input)),
  history: assessment.input(formHistoryInput).query(({ ctx, input }) => formHistory(ctx.actor, input)),
  save: assessment.input(saveFormInput).mutation(({ ctx, input }) => saveForm(ctx.actor, input)),
  approve: assessment.input(approveFormInput).mutation(({ ctx, input }) => approveForm(ctx.actor, input)),
  reopen: assessment.input(reopenFormInput).mutation(({ ctx, input }) => reopenForm(ctx.actor, input)),
  grantException: assessment.input(grantFormExceptionInput).mutation(({ ctx, input }) => grantFormException(ctx.actor, input)),
  export: assessment.input(exportFormInput).mutation(({ ctx, input }) => exportForm(ctx.actor, input)),
});
