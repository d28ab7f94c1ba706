import { createHash } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { localeFromHeader, translate, type Locale, type MessageKey } from '@otou/domain';

/**
 * What every answer of the platform's HTTP server carries, and the limits it keeps, so that a browser never runs
 * what the platform did not send, the platform is never framed by another site, and no request can hold the server
 * with an endless body or a giant URL.
 */

/** The largest request body the API reads (1 MB): a month's report is a few kilobytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Headers for every response, whatever it is. */
export function baseSecurityHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** Where a developer's module dev server runs (`pnpm --filter <module> dev`), for the dev tools' overrides. */
const DEV_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*', 'ws://localhost:*', 'ws://127.0.0.1:*'];

/** The shell's loader sets this cookie in a browser whose developer turned the dev tools on (localStorage). */
export const DEVTOOLS_COOKIE = 'otou-devtools';

export function wantsDevtools(req: IncomingMessage): boolean {
  return (req.headers.cookie ?? '').split(/;\s*/).includes(`${DEVTOOLS_COOKIE}=1`);
}

/**
 * The Content-Security-Policy of a page: scripts only from the platform and the page's own inline scripts (the
 * import map written per request, named by their hashes); styles may be inline because Svelte components inject
 * theirs; nothing may frame the page. A developer who turned the dev tools on gets import-map-overrides, which
 * writes an import map of its own and may point a module at a dev server on this machine: their browser alone gets
 * a policy that lets those in.
 */
export function contentSecurityPolicy(html: string, developer = false): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
  const dev = developer ? DEV_ORIGINS.join(' ') : '';
  return [
    "default-src 'self'",
    (developer ? `script-src 'self' 'unsafe-inline' ${dev}` : `script-src 'self' ${[...new Set(hashes)].join(' ')}`).trim(),
    `style-src 'self' 'unsafe-inline' ${dev}`.trim(),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${dev}`.trim(),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function localeOf(req: IncomingMessage): Locale {
  const lang = req.headers['x-otou-lang'];
  return lang === 'en' || lang === 'th' ? lang : localeFromHeader(typeof req.headers['accept-language'] === 'string' ? req.headers['accept-language'] : undefined);
}

/** An error in the shape the tRPC client reads, so the module shows the message like any other. */
export function sendApiError(req: IncomingMessage, res: ServerResponse, status: number, code: string, key: MessageKey, params?: Record<string, string | number>): void {
  const message = translate(localeOf(req), key, params);
  const body = JSON.stringify({ error: { code: -32600, message, data: { code, httpStatus: status, messageKey: key, fieldErrors: {} } } });
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), Connection: 'close' });
  res.end(body);
}

/**
 * Refuses a body announced as larger than the limit before reading a byte of it; a body that grows past the limit
 * without saying so is cut off by tRPC's own `maxBodySize`.
 */
export function refuseLargeBody(req: IncomingMessage, res: ServerResponse): boolean {
  const length = Number(req.headers['content-length'] ?? 0);
  if (!(length > MAX_BODY_BYTES)) return false;
  sendApiError(req, res, 413, 'PAYLOAD_TOO_LARGE', 'error.tooLarge', { mb: MAX_BODY_BYTES / 1024 / 1024 });
  req.resume(); // drain without keeping anything
  return true;
}

/**
 * Node answers a request line or headers over its limit (16 KB) with a bare 431 and no word of why; say why, in
 * both languages since the headers that name the language were not read.
 */
export function explainClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLong = err.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLong ? 431 : 400;
    const message = tooLong
      ? `${translate('th', 'error.urlTooLong')} / ${translate('en', 'error.urlTooLong')}`
      : `${translate('th', 'error.badRequest')} / ${translate('en', 'error.badRequest')}`;
    const body = JSON.stringify({ error: { message, data: { code: tooLong ? 'REQUEST_HEADER_FIELDS_TOO_LARGE' : 'BAD_REQUEST', httpStatus: status } } });
    socket.end(
      `HTTP/1.1 ${status} ${tooLong ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
