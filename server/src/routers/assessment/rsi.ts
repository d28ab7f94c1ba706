import { assessmentModule } from '@otou/domain';
import { rsiGetInput, rsiReopenInput, rsiSaveInput } from '@otou/domain/assessment/schemas';
import { getRsi, reopenRsi, saveRsi } from '../../services/assessment/quarterly.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const assessment = moduleProcedure(assessmentModule);

/** A network's quarterly RSI report: its admins fill and submit it, the central office reopens it. */
export const rsiRouter = router({
  get: assessment.input(rsiGetInput).query(({ ctx, input }) => getRsi(ctx.actor, input)),
  save: assessment.input(rsiSaveInput).mutation(({ ctx, input }) => saveRsi(ctx.actor, input)),
  reopen: assessment.input(rsiReopenInput).mutation(({ ctx, input }) => reopenRsi(ctx.actor, input)),
});
