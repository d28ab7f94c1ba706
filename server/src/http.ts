import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import sirv from 'sirv';
import { MODULE_NAMES } from '@otou/domain';
import { contextFromHeaders, pocketBaseFor, type ServerConfig } from './context.ts';
import { appRouter } from './routers/_app.ts';
import { importMapOf, listReleases } from './services/registry.ts';

export interface PlatformServerOptions extends ServerConfig {
  /** The shell's build (index.html and assets). Omit to serve the API only. */
  shellDist?: string;
  /** The folder holding modules/<name>/dist builds, served at /modules/<name>/. */
  modulesRoot?: string;
  log?: (line: string) => void;
  /** The PocketBase this platform started, for the health check to report its restarts. */
  pocketbase?: { readonly restarts: number };
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const IMPORT_MAP = /(<script type="overridable-importmap"[^>]*>)([\s\S]*?)(<\/script>)/;

/** Hashed build files never change; everything else is revalidated so a release shows on the next load. */
function cacheHeaders(res: ServerResponse, pathname: string) {
  res.setHeader('Cache-Control', /-[A-Za-z0-9_-]{8,}\.(js|css|woff2?)$/.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/**
 * The platform's one HTTP server: the tRPC API under /trpc, each module's build under /modules/<name>/, and the
 * shell with the deployment's import map written into its page from the module registry.
 */
export function createPlatformServer(opts: PlatformServerOptions): Server {
  const log = opts.log ?? (() => {});
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    createContext: ({ req }) => contextFromHeaders(opts, req.headers, req.socket.remoteAddress ?? null),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') log(`tRPC ${path ?? '?'}: ${error.cause?.stack ?? error.stack ?? error.message}`);
    },
  });
  // dev mode: files are looked up per request, so a module released (rebuilt) while the server runs is served at once.
  const statics = new Map<string, Handler>();
  if (opts.modulesRoot) {
    for (const name of MODULE_NAMES)
      statics.set(name, sirv(join(opts.modulesRoot, name, 'dist'), { dev: true, etag: true, setHeaders: cacheHeaders }) as Handler);
  }
  const shellStatic = opts.shellDist ? (sirv(opts.shellDist, { dev: true, etag: true, setHeaders: cacheHeaders }) as Handler) : undefined;
  async function sendShell(res: ServerResponse) {
    if (!opts.shellDist) return notFound(res);
    // Read per request: a shell rebuilt while the server runs is served at once, never a page naming old assets.
    const [template, releases] = await Promise.all([readFile(join(opts.shellDist, 'index.html'), 'utf8'), listReleases(pocketBaseFor(opts.pbUrl, null))]);
    const html = template.replace(IMPORT_MAP, (_m, open: string, _old: string, close: string) => open + JSON.stringify(importMapOf(releases)) + close);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(html);
  }

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    if (path.startsWith('/trpc/')) {
      // Bearer tokens, not cookies: a module served from a team's dev server may call the API from any origin.
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type, x-otou-lang, trpc-accept');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      return void trpc(req, res);
    }
    if (path === '/healthz') return void health(opts).then((h) => res.writeHead(h.ok ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(h)));
    const moduleMatch = /^\/modules\/([a-z]+)(\/.*)$/.exec(path);
    if (moduleMatch) {
      const serve = statics.get(moduleMatch[1]!);
      if (!serve) return notFound(res);
      req.url = moduleMatch[2]! + url.search;
      return serve(req, res, () => notFound(res));
    }
    if (path !== '/' && path !== '/index.html' && shellStatic) {
      return shellStatic(req, res, () => {
        // A client-side route (/budget, /admin/modules, …) gets the shell, which renders its own 404 if needed.
        if (req.method === 'GET' && !/\.[a-z0-9]+$/i.test(path)) void sendShell(res).catch((e) => fail(res, e, log));
        else notFound(res);
      });
    }
    void sendShell(res).catch((e) => fail(res, e, log));
  });
}

/**
 * What a load balancer or an operator asks: is the platform able to serve? Not while PocketBase does not answer
 * (within a second), whatever state this process is in.
 */
async function health(opts: PlatformServerOptions): Promise<{ ok: boolean; pocketbase: 'up' | 'down'; restarts?: number }> {
  let up = false;
  try {
    up = (await fetch(`${opts.pbUrl}/api/health`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    up = false;
  }
  return { ok: up, pocketbase: up ? 'up' : 'down', ...(opts.pocketbase ? { restarts: opts.pocketbase.restarts } : {}) };
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
}

function fail(res: ServerResponse, e: unknown, log: (l: string) => void) {
  log(`shell page: ${String(e)}`);
  if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('The platform could not render its page; see the server log.');
}

export function listen(server: Server, port = 0, host = '127.0.0.1'): Promise<number> {
  return new Promise((ok, failListen) => {
    server.once('error', failListen);
    server.listen(port, host, () => {
      const a = server.address();
      ok(typeof a === 'object' && a ? a.port : port);
    });
  });
}
