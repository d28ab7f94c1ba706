import { employmentModule } from '@otou/domain';
import { listPaymentsInput } from '@otou/domain/employment/schemas';
import { listPayments } from '../../services/employment/payments.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const employment = moduleProcedure(employmentModule);

/** Payments of accepted reports (immutable; the budget's 1.1–1.3 actuals). */
export const paymentRouter = router({
  list: employment.input(listPaymentsInput).query(({ ctx, input }) => listPayments(ctx.actor, input)),
});
