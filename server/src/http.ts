import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import sirv from 'sirv';
import { isUnder, isVersion, MODULE_NAMES, type ModuleName, type ModuleRuntime } from '@otou/domain';
import { contextFromHeaders, deployedOf, platformReader, pocketBaseFor, type ServerConfig } from './context.ts';
import { appRouter } from './routers/_app.ts';
import { baseSecurityHeaders, contentSecurityPolicy, explainClientErrors, MAX_BODY_BYTES, refuseLargeBody, wantsDevtools } from './httpGuards.ts';
import { entryUrl, pageImportMap } from './services/registry.ts';
import { CERTIFICATE_PATH, handleCertificate } from './certificateHttp.ts';
import { EVIDENCE_PATH, handleEvidence } from './evidenceHttp.ts';

export interface PlatformServerOptions extends ServerConfig {
  /** The shell's build (index.html and assets). Omit to serve the API only. */
  shellDist?: string;
  /** The folder holding modules/<name>/dist builds, served at /modules/<name>/. */
  modulesRoot?: string;
  /**
   * More module builds to serve, name → dist folder, at /modules/<name>/ (the end-to-end tests' fixture module
   * built with another Svelte; nothing registers it for real users).
   */
  extraModules?: Record<string, string>;
  log?: (line: string) => void;
  /** The PocketBase this platform started, for the health check to report its restarts. */
  pocketbase?: { readonly restarts: number };
  /**
   * The published module versions (releasesDirOf(pb.dataDir)), served at /modules/<name>/<version>/ and cached for
   * good: the path is the version, and a published version is never overwritten.
   */
  releasesDir?: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const IMPORT_MAP = /(<script type="overridable-importmap"[^>]*>)([\s\S]*?)(<\/script>)/;

const FOREVER = 'public, max-age=31536000, immutable';

/** Hashed build files never change; everything else is revalidated so a release shows on the next load. */
function cacheHeaders(res: ServerResponse, pathname: string) {
  res.setHeader('Cache-Control', /-[A-Za-z0-9_-]{8,}\.(js|css|woff2?)$/.test(pathname) ? FOREVER : 'no-cache');
}

/** Files under a versioned /vendor/ folder (name@version/) never change meaning: cached for good. */
function vendorCacheHeaders(res: ServerResponse, pathname: string) {
  res.setHeader('Cache-Control', /@[^/]+\//.test(pathname) ? FOREVER : 'no-cache');
}

/** Static files are served from the .br/.gz copies the build wrote beside them, as the browser accepts. */
const staticOptions = (setHeaders: typeof cacheHeaders) => ({ dev: true, etag: true, brotli: true, gzip: true, setHeaders });

/** The shell's page is written per request (it carries the import map), so it is compressed per request. */
function sendCompressed(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: string) {
  const accept = String(req.headers['accept-encoding'] ?? '');
  const raw = Buffer.from(body);
  const [encoding, data] = /\bbr\b/.test(accept)
    ? ['br', brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })]
    : /\bgzip\b/.test(accept)
      ? ['gzip', gzipSync(raw, { level: 6 })]
      : [null, raw];
  res.writeHead(status, { ...headers, Vary: 'Accept-Encoding', 'Content-Length': String(data.length), ...(encoding ? { 'Content-Encoding': encoding } : {}) });
  res.end(data);
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
    maxBodySize: MAX_BODY_BYTES,
    createContext: ({ req }) => contextFromHeaders(opts, req.headers, req.socket.remoteAddress ?? null),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') log(`tRPC ${path ?? '?'}: ${error.cause?.stack ?? error.stack ?? error.message}`);
    },
  });
  // A subset deployment serves only its modules: another module's files, API and file routes are not there.
  const deployed = deployedOf(opts);
  const notDeployed = (name: string) => (MODULE_NAMES as readonly string[]).includes(name) && !deployed.has(name as ModuleName);
  // dev mode: files are looked up per request, so a module released (rebuilt) while the server runs is served at once.
  const moduleDists = new Map<string, string>(Object.entries(opts.extraModules ?? {}));
  if (opts.modulesRoot) for (const name of deployed) moduleDists.set(name, join(opts.modulesRoot, name, 'dist'));
  const statics = new Map<string, Handler>([...moduleDists].map(([name, dist]) => [name, sirv(dist, staticOptions(cacheHeaders)) as Handler]));
  const shellStatic = opts.shellDist ? (sirv(opts.shellDist, staticOptions(cacheHeaders)) as Handler) : undefined;
  // /vendor/ is the union of the shared-runtime folders every build carries in dist/vendor/: a module released
  // with another Svelte brings its runtime along. A versioned path means the same bytes in every build.
  const vendorRoots = [...(opts.shellDist ? [opts.shellDist] : []), ...moduleDists.values()].map(
    (dist) => sirv(join(dist, 'vendor'), staticOptions(vendorCacheHeaders)) as Handler,
  );
  const serveVendor = (req: IncomingMessage, res: ServerResponse, i = 0): void =>
    i < vendorRoots.length ? vendorRoots[i]!(req, res, () => serveVendor(req, res, i + 1)) : void vendorOfReleases(req, res).catch((e) => fail(res, e, log));
  // Published versions: one folder per version, each file under it cached for good.
  const releases = opts.releasesDir ? (sirv(opts.releasesDir, staticOptions((r) => r.setHeader('Cache-Control', FOREVER))) as Handler) : undefined;
  const releaseVendors = new Map<string, Handler>();
  /** A runtime file only an older published version carries (built against another Svelte or SDK than today's builds). */
  async function vendorOfReleases(req: IncomingMessage, res: ServerResponse) {
    const file = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!opts.releasesDir || file.includes('..') || !/^\/[^/]+@[^/]+\//.test(file)) return notFound(res);
    for (const name of deployed)
      for (const version of await readdir(join(opts.releasesDir, name)).catch(() => [] as string[])) {
        if (!isVersion(version)) continue;
        const dir = join(opts.releasesDir, name, version, 'vendor');
        if (!(await stat(join(dir, file)).then((s) => s.isFile(), () => false))) continue;
        if (!releaseVendors.has(dir)) releaseVendors.set(dir, sirv(dir, staticOptions(vendorCacheHeaders)) as Handler);
        return releaseVendors.get(dir)!(req, res, () => notFound(res));
      }
    notFound(res);
  }

  const readAsPlatform = platformReader(opts);
  /**
   * The page's import map for the browser asking: the versions its network runs (the `otou-network` cookie the shell
   * sets after sign-in; the defaults without it), the shared runtime from the shell's build, and the releases named.
   */
  async function importMap(req: IncomingMessage) {
    const platform = await shellRuntime();
    return pageImportMap(pocketBaseFor(opts.pbUrl, null), readAsPlatform, networkHint(req), platform, deployed);
  }
  async function shellRuntime(): Promise<ModuleRuntime | undefined> {
    if (!opts.shellDist) return undefined;
    return readFile(join(opts.shellDist, 'runtime.json'), 'utf8').then((t) => JSON.parse(t) as ModuleRuntime, () => undefined);
  }
  async function sendShell(req: IncomingMessage, res: ServerResponse) {
    if (!opts.shellDist) return notFound(res);
    // Read per request: a shell rebuilt while the server runs is served at once, never a page naming old assets.
    const [template, page] = await Promise.all([readFile(join(opts.shellDist, 'index.html'), 'utf8'), importMap(req)]);
    let html = template.replace(IMPORT_MAP, (_m, open: string, _old: string, close: string) => open + JSON.stringify(page.map) + close);
    // The module the user lands on starts loading with the page, not after the shell has booted. Not for a developer's
    // browser: import-map-overrides writes its own map later, and a module fetched before it would pin the page's.
    const landing = page.releases.find((r) => isUnder(new URL(req.url ?? '/', 'http://x').pathname, r.manifest.route));
    if (landing && !wantsDevtools(req)) html = html.replace('</head>', `<link rel="modulepreload" href="${escapeAttribute(entryUrl(landing))}">\n  </head>`);
    sendCompressed(req, res, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', 'Content-Security-Policy': contentSecurityPolicy(html, wantsDevtools(req)) }, html);
  }

  const server = createServer((req, res) => {
    baseSecurityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    // Source maps are for developers (dev tools on), not for every visitor of a deployment.
    if (path.endsWith('.map') && !wantsDevtools(req)) return notFound(res);
    if (path.startsWith('/trpc/')) {
      if (refuseLargeBody(req, res)) return;
      // Bearer tokens, not cookies: a module served from a team's dev server may call the API from any origin.
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type, x-otou-lang, trpc-accept');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      return void trpc(req, res);
    }
    // Evidence files of assessment forms: multipart uploads with a limit of their own, downloads as files.
    if (path === EVIDENCE_PATH || path.startsWith(`${EVIDENCE_PATH}/`)) return notDeployed('assessment') ? notFound(res) : handleEvidence(opts, req, res, path, log);
    // A worker's certificate of service as a PDF download (GET, the user's token).
    if (path.startsWith(`${CERTIFICATE_PATH}/`)) return notDeployed('employment') ? notFound(res) : handleCertificate(opts, req, res, path, log);
    if (path === '/healthz') return void health(opts).then((h) => res.writeHead(h.ok ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(h)));
    if (path === '/importmap.json') {
      return void importMap(req)
        .then(({ map }) => sendCompressed(req, res, 200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' }, JSON.stringify(map)))
        .catch((e) => fail(res, e, log));
    }
    if (path.startsWith('/vendor/')) {
      req.url = path.slice('/vendor'.length) + url.search;
      return serveVendor(req, res);
    }
    const versioned = /^\/modules\/([a-z-]+)\/([^/]+)(\/.*)$/.exec(path);
    if (versioned && releases && (MODULE_NAMES as readonly string[]).includes(versioned[1]!) && isVersion(versioned[2])) {
      if (notDeployed(versioned[1]!)) return notFound(res);
      req.url = `/${versioned[1]}/${versioned[2]}${versioned[3]}${url.search}`;
      return releases(req, res, () => notFound(res));
    }
    const moduleMatch = /^\/modules\/([a-z-]+)(\/.*)$/.exec(path);
    if (moduleMatch) {
      if (notDeployed(moduleMatch[1]!)) return notFound(res);
      const serve = statics.get(moduleMatch[1]!);
      if (!serve) return notFound(res);
      req.url = moduleMatch[2]! + url.search;
      return serve(req, res, () => notFound(res));
    }
    if (path !== '/' && path !== '/index.html' && shellStatic) {
      return shellStatic(req, res, () => {
        // A client-side route (/budget, /admin/modules, …) gets the shell, which renders its own 404 if needed.
        if (req.method === 'GET' && !/\.[a-z0-9]+$/i.test(path)) void sendShell(req, res).catch((e) => fail(res, e, log));
        else notFound(res);
      });
    }
    void sendShell(req, res).catch((e) => fail(res, e, log));
  });
  explainClientErrors(server);
  return server;
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

/**
 * The network a browser says it belongs to (the `otou-network` cookie the shell sets from the session): only a hint
 * for which versions the page's import map names, since module code is public; the registry stays the authority.
 */
function networkHint(req: IncomingMessage): string | null {
  return /(?:^|;\s*)otou-network=([a-z0-9]{1,40})(?:;|$)/.exec(String(req.headers.cookie ?? ''))?.[1] ?? null;
}

const escapeAttribute = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

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
