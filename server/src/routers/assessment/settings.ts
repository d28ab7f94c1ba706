import { assessmentModule } from '@otou/domain';
import { saveSettingsInput } from '@otou/domain/assessment/schemas';
import { getSettings, saveSettings } from '../../services/assessment/settings.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const assessment = moduleProcedure(assessmentModule);

export const settingsRouter = router({
  get: assessment.query(({ ctx }) => getSettings(ctx.actor)),
  save: assessment.input(saveSettingsInput).mutation(({ ctx, input }) => saveSettings(ctx.actor, input)),
});
