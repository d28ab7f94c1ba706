import type { IncomingMessage, ServerResponse } from 'node:http';
import { TRPCError } from '@trpc/server';
import { contextFromHeaders, type ServerConfig } from './context.ts';
import { AppError, fromPocketBase } from './errors.ts';
import { disposition, sendError } from './evidenceHttp.ts';
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
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', 'authorization, x-otou-lang');
  res.setHeader('Access-Control-Allow-Methods', 'GET, OPTIONS');
  if (req.method === 'OPTIONS') return void res.writeHead(204).end();
  const ctx = contextFromHeaders(config, req.headers, req.socket.remoteAddress ?? null);
  const id = RECORD_ID.exec(path.slice(CERTIFICATE_PATH.length))?.[1];
  const job =
    req.method === 'GET' && id
      ? createCaller(ctx)
          .employment.export.certificate({ contractId: id })
          .then((file) => {
            const bytes = Buffer.from(file.base64, 'base64');
            res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': bytes.length, 'Content-Disposition': disposition(file.filename), 'Cache-Control': 'private, no-store' });
            res.end(bytes);
          })
      : Promise.reject(new AppError('NOT_FOUND', 'error.notFound'));
  job.catch((thrown: unknown) => {
    const e = fromPocketBase(thrown);
    if (e instanceof TRPCError) return sendError(res, e, ctx.locale);
    log(`certificate ${req.method} ${path}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    sendError(res, new AppError('INTERNAL_SERVER_ERROR', 'error.internal'), ctx.locale);
  });
}
