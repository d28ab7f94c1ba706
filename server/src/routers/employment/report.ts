import { employmentModule } from '@otou/domain';
import { acceptReportInput, reportMonthInput, returnReportInput, submitReportInput } from '@otou/domain/employment/schemas';
import { acceptReport, getReport, reportQueue, returnReport, submitReport } from '../../services/employment/reports.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const employment = moduleProcedure(employmentModule);

/** The monthly work report: read a month, submit it, and accept or return it (which pays it, or says why not). */
export const reportRouter = router({
  get: employment.input(reportMonthInput).query(({ ctx, input }) => getReport(ctx.actor, input)),
  submit: employment.input(submitReportInput).mutation(({ ctx, input }) => submitReport(ctx.actor, input)),
  accept: employment.input(acceptReportInput).mutation(({ ctx, input }) => acceptReport(ctx.actor, input)),
  return: employment.input(returnReportInput).mutation(({ ctx, input }) => returnReport(ctx.actor, input)),
  queue: employment.query(({ ctx }) => reportQueue(ctx.actor)),
});
