import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerConfig } from './context.ts';
import { AppError } from './errors.ts';
import { disposition, fileRoute } from './evidenceHttp.ts';
import { appRouter } from './routers/_app.ts';
import { createCallerFactory } from './trpc.ts';

/**
 * A worker's certificate of service as a file a browser downloads: GET /api/employment/certificate/<contractId>.pdf
 * with the user's token (Authorization: Bearer <token>), like evidence downloads. It is answered by the procedure
 * `employment.export.certificate`, so the same guard, scope and rule decide: the PDF when earned, else 409 with what is
 * still missing (data.fieldErrors.missing, one line each), 404 for a contract outside the caller's reach.
 */
export const CERTIFICATE_PATH = '/api/employment/certificate';

const createCaller = createCallerFactory(appRouter);
const RECORD_ID = /^\/([a-z0-9]{15})\.pdf$/;

export function handleCertificate(config: ServerConfig, req: IncomingMessage, res: ServerResponse, path: string, log: (line: string) => void): void {
  const id = RECORD_ID.exec(path.slice(CERTIFICATE_PATH.length))?.[1];
  fileRoute(config, req, res, path, log, { name: 'certificate', methods: 'GET, OPTIONS', headers: 'authorization, x-otou-lang' }, async (ctx) => {
    if (req.method !== 'GET' || !id) throw new AppError('NOT_FOUND', 'error.notFound');
    const file = await createCaller(ctx).employment.export.certificate({ contractId: id });
    const bytes = Buffer.from(file.base64, 'base64');
    res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': bytes.length, 'Content-Disposition': disposition(file.filename), 'Cache-Control': 'private, no-store' });
    res.end(bytes);
  });
}
