import { employmentModule } from '@otou/domain';
import { certificateInput } from '@otou/domain/employment/schemas';
import { certificateView } from '../../services/employment/certificate.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const employment = moduleProcedure(employmentModule);

/** Whether a worker has earned the certificate of service, or what is still missing. */
export const certificateRouter = router({
  status: employment.input(certificateInput).query(({ ctx, input }) => certificateView(ctx.actor, input)),
});
