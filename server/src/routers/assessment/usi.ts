import { assessmentModule } from '@otou/domain';
import { usiGetInput, usiReopenInput, usiSaveInput } from '@otou/domain/assessment/schemas';
import { getUsi, reopenUsi, saveUsi } from '../../services/assessment/quarterly.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const assessment = moduleProcedure(assessmentModule);

/** A university's quarterly USI report: its staff fill and submit it, the network over it reopens it. */
export const usiRouter = router({
  get: assessment.input(usiGetInput).query(({ ctx, input }) => getUsi(ctx.actor, input)),
  save: assessment.input(usiSaveInput).mutation(({ ctx, input }) => saveUsi(ctx.actor, input)),
  reopen: assessment.input(usiReopenInput).mutation(({ ctx, input }) => reopenUsi(ctx.actor, input)),
});
