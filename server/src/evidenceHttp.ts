import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPCError } from '@trpc/server';
import { assessmentModule, EVIDENCE_MAX_BYTES, type Locale } from '@otou/domain';
import { contextFromHeaders, type Context, type ServerConfig } from './context.ts';
import { AppError, describeError, fromPocketBase } from './errors.ts';
import { appRouter } from './routers/_app.ts';
import { createCallerFactory } from './trpc.ts';
import type { ServerMessageKey } from './messages.ts';

/**
 * Evidence files over plain HTTP, because a file is not JSON: browsers upload one as multipart (the API's 1 MB limit
 * would not take a 10 MB scan) and download one as a file. An upload is handed to the procedure
 * `assessment.files.add`, so it meets the very guard, checks and audit row of every other write; a download reads the
 * record and the file with the caller's own token, so PocketBase's read rule decides, and nobody needs a superuser.
 * Both authenticate like tRPC requests (Authorization: Bearer <token>); answers and errors have the API's shape.
 */
export const EVIDENCE_PATH = '/api/assessment/evidence';
/** The largest upload body read: one file of at most 10 MB and the few short fields beside it. */
export const EVIDENCE_BODY_BYTES = EVIDENCE_MAX_BYTES + 64 * 1024;

const createCaller = createCallerFactory(appRouter);
const RECORD_ID = /^[a-z0-9]{15}$/;

function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}

/** An error as the tRPC client reads it (the same formatter as trpc.ts), with the status tRPC would give it. */
export function sendError(res: ServerResponse, error: TRPCError, locale: Locale) {
  const { message, fieldErrors, messageKey, conflict } = describeError(error, locale);
  const httpStatus = getHTTPStatusCodeFromError(error);
  if (!res.headersSent) sendJson(res, httpStatus, { error: { code: -32600, message, data: { code: error.code, httpStatus, messageKey, fieldErrors, ...(conflict ? { conflict } : {}) } } });
  else res.end();
}

const fieldProblem = (code: TRPCError['code'], field: string, key: ServerMessageKey) => new AppError(code, 'error.validation', undefined, { [field]: [{ key }] });

/** The body, up to `limit` bytes; null (and the connection closed once answered) when it grows past it. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return ok(null);
      }
      chunks.push(c);
    });
    req.on('end', () => !over && ok(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

async function upload(req: IncomingMessage, res: ServerResponse, ctx: Context) {
  const tooLarge = fieldProblem('PAYLOAD_TOO_LARGE', 'file', 'assessment.file.tooLarge');
  if (Number(req.headers['content-length'] ?? 0) > EVIDENCE_BODY_BYTES) {
    res.setHeader('Connection', 'close');
    req.resume();
    return sendError(res, tooLarge, ctx.locale);
  }
  const type = String(req.headers['content-type'] ?? '');
  if (!type.startsWith('multipart/form-data')) return sendError(res, fieldProblem('BAD_REQUEST', 'file', 'assessment.file.missing'), ctx.locale);
  const body = await readBody(req, EVIDENCE_BODY_BYTES);
  if (!body) {
    res.setHeader('Connection', 'close');
    return sendError(res, tooLarge, ctx.locale);
  }
  let form: FormData;
  try {
    // A plain Uint8Array over an ArrayBuffer: the body type every package's typings (DOM ones too) accept.
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
  } catch {
    return sendError(res, fieldProblem('BAD_REQUEST', 'file', 'assessment.file.missing'), ctx.locale);
  }
  const file = form.get('file');
  if (!(file instanceof Blob)) return sendError(res, fieldProblem('BAD_REQUEST', 'file', 'assessment.file.missing'), ctx.locale);
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const added = await createCaller(ctx).assessment.files.add({
    tambonId: text('tambonId'),
    roundId: text('roundId'),
    column: text('column'),
    indicator: text('indicator'),
    name: file instanceof File ? file.name : text('name'),
    content: Buffer.from(await file.arrayBuffer()).toString('base64'),
  } as Parameters<ReturnType<typeof createCaller>['assessment']['files']['add']>[0]);
  sendJson(res, 200, added);
}

/** RFC 6266: an ASCII fallback for old clients and the real (Thai) name for the others. */
export const disposition = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

async function download(res: ServerResponse, ctx: Context, id: string) {
  const user = await ctx.user();
  if (!user) throw new AppError('UNAUTHORIZED', ctx.token ? 'error.sessionExpired' : 'error.unauthorized');
  if (!(assessmentModule.roles as readonly string[]).includes(user.role)) throw new AppError('FORBIDDEN', 'error.forbidden');
  if (!RECORD_ID.test(id)) throw new AppError('NOT_FOUND', 'error.notFound');
  // The caller's own token: a file outside their scope is "not found", as its form is.
  const record = await ctx.pb.collection('assessment_files').getOne(id).catch(() => {
    throw new AppError('NOT_FOUND', 'error.notFound');
  });
  const token = await ctx.pb.files.getToken();
  const stored = await fetch(ctx.pb.files.getURL(record, String(record['file']), { token }), { signal: AbortSignal.timeout(60_000) });
  if (!stored.ok || !stored.body) throw new AppError('NOT_FOUND', 'error.notFound');
  res.writeHead(200, {
    'Content-Type': stored.headers.get('content-type') ?? 'application/octet-stream',
    ...(stored.headers.get('content-length') ? { 'Content-Length': stored.headers.get('content-length')! } : {}),
    'Content-Disposition': disposition(String(record['name'] || record['file'])),
    'Cache-Control': 'private, no-store',
  });
  Readable.fromWeb(stored.body as import('node:stream/web').ReadableStream).pipe(res);
}

/**
 * The frame of a route a browser calls with the user's token for a file (evidence, the certificate of service): CORS
 * for the methods named, the preflight answered, the caller's context, and whatever `job` throws answered in the API's
 * error shape — PocketBase's answers to the caller's token (403, 404, down) as the API gives them; anything else is
 * logged under `name` and answered INTERNAL.
 */
export function fileRoute(
  config: ServerConfig,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  log: (line: string) => void,
  route: { name: string; methods: string; headers: string },
  job: (ctx: Context) => Promise<void>,
): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', route.headers);
  res.setHeader('Access-Control-Allow-Methods', route.methods);
  if (req.method === 'OPTIONS') return void res.writeHead(204).end();
  const ctx = contextFromHeaders(config, req.headers, req.socket.remoteAddress ?? null);
  job(ctx).catch((thrown: unknown) => {
    const e = fromPocketBase(thrown);
    if (e instanceof TRPCError) return sendError(res, e, ctx.locale);
    log(`${route.name} ${req.method} ${path}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    sendError(res, new AppError('INTERNAL_SERVER_ERROR', 'error.internal'), ctx.locale);
  });
}

/** Handles /api/assessment/evidence (POST: upload) and /api/assessment/evidence/<id> (GET: download). */
export function handleEvidence(config: ServerConfig, req: IncomingMessage, res: ServerResponse, path: string, log: (line: string) => void): void {
  const rest = path.slice(EVIDENCE_PATH.length);
  fileRoute(config, req, res, path, log, { name: 'evidence', methods: 'GET, POST, OPTIONS', headers: 'authorization, content-type, x-otou-lang' }, async (ctx) => {
    if (req.method === 'POST' && (rest === '' || rest === '/')) return upload(req, res, ctx);
    if (req.method === 'GET' && /^\/[^/]+$/.test(rest)) return download(res, ctx, rest.slice(1));
    throw new AppError('NOT_FOUND', 'error.notFound');
  });
}
