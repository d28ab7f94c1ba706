import { employmentModule } from '@otou/domain';
import { certificateInput, exportOpenPositionsInput, exportTrackingInput } from '@otou/domain/employment/schemas';
import { certificatePdf } from '../../services/employment/certificatePdf.ts';
import { exportOpenPositions, exportTracking } from '../../services/employment/exports.ts';
import { moduleProcedure, router } from '../../trpc.ts';

const employment = moduleProcedure(employmentModule);

/**
 * Files: the Ministry of Labour's two (.xlsx, Thai headers) for the caller's scope or one below it, and a worker's
 * certificate of service as a PDF (also served as GET /api/employment/certificate/<contractId>.pdf, certificateHttp.ts).
 */
export const exportRouter = router({
  openPositions: employment.input(exportOpenPositionsInput).mutation(({ ctx, input }) => exportOpenPositions(ctx.actor, input)),
  tracking: employment.input(exportTrackingInput).mutation(({ ctx, input }) => exportTracking(ctx.actor, input)),
  certificate: employment.input(certificateInput).mutation(async ({ ctx, input }) => {
    const { filename, bytes } = await certificatePdf(ctx.actor, input.contractId);
    return { filename, mime: 'application/pdf', base64: Buffer.from(bytes).toString('base64') };
  }),
});
