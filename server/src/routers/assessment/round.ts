import { assessmentModule } from '@otou/domain';
import { listRoundsInput, saveRoundInput } from '@otou/domain/assessment/schemas';
import { listRounds, saveRound } from '../../services/assessment/rounds.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const assessment = moduleProcedure(assessmentModule);

export const roundRouter = router({
  list: assessment.input(listRoundsInput).query(({ ctx, input }) => listRounds(ctx.actor, input)),
  save: assessment.input(saveRoundInput).mutation(({ ctx, input }) => saveRound(ctx.actor, input)),
});
