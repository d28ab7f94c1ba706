import { assessmentModule } from '@otou/domain';
import { filesAddInput, filesListInput, filesRemoveInput } from '@otou/domain/assessment/schemas';
import { addFile, listFiles, removeFile } from '../../services/assessment/files.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const assessment = moduleProcedure(assessmentModule);

/**
 * Evidence files of a tambon's form. Browsers upload through POST /api/assessment/evidence (multipart, up to 10 MB,
 * see evidenceHttp.ts), which hands the file to `add`; `add` over /trpc takes what fits the API's 1 MB body.
 */
export const filesRouter = router({
  list: assessment.input(filesListInput).query(({ ctx, input }) => listFiles(ctx.actor, input)),
  add: assessment.input(filesAddInput).mutation(({ ctx, input }) => addFile(ctx.actor, input)),
  remove: assessment.input(filesRemoveInput).mutation(({ ctx, input }) => removeFile(ctx.actor, input)),
});
