import PocketBase, { BaseAuthStore } from 'pocketbase';
import { localeFromHeader, isLocale, MODULE_NAMES, type Locale, type ModuleName } from '@otou/domain';
import { loadSessionUser, type SessionUser } from './session.ts';
import { SuperuserSession, type SuperuserWrites } from './pocketbase/superuserWrites.ts';

export interface ServerConfig {
  /** Where PocketBase listens, e.g. http://127.0.0.1:8090 */
  pbUrl: string;
  /** The time reporting windows are judged by; the real time unless a demo or a test sets another. */
  clock?: () => Date;
  /** How long one call to PocketBase may take before the caller is told to try again (default 10 s). */
  pbTimeoutMs?: number;
  /**
   * The superuser of the PocketBase the platform started: people's writes go through it, and only after the
   * server's own checks (PocketBase refuses them from user tokens). Without it the platform can read but not save.
   */
  superuser?: { email: string; password: string };
  /**
   * The modules this deployment runs (see deploymentOf); every module when omitted. The others are not served and
   * their procedures answer NOT_FOUND.
   */
  deployed?: readonly ModuleName[];
}

export const PB_TIMEOUT_MS = 10_000;

/**
 * A PocketBase client of its own for one caller: auth is never shared between users or requests. A hung PocketBase
 * must not hold a person's request forever: each call gives up after `timeoutMs` (then the caller hears "try again").
 */
export function pocketBaseFor(pbUrl: string, token: string | null, timeoutMs = PB_TIMEOUT_MS): PocketBase {
  const pb = new PocketBase(pbUrl, new BaseAuthStore());
  pb.autoCancellation(false);
  pb.beforeSend = (url, options) => ({ url, options: { ...options, signal: options.signal ?? AbortSignal.timeout(timeoutMs) } });
  if (token) pb.authStore.save(token);
  return pb;
}

export interface Context {
  pbUrl: string;
  /** PocketBase as the caller: every read and write passes PocketBase's API rules for this token. */
  pb: PocketBase;
  token: string | null;
  locale: Locale;
  /** The caller's network address, as the platform's HTTP server saw it; null for in-process callers. */
  address: string | null;
  now(): Date;
  /** The signed-in user, loaded once per request on first use; null for guests and bad tokens. */
  user(): Promise<SessionUser | null>;
  /** The modules this deployment runs: a module's procedures answer only when it is one of them. */
  deployed: ReadonlySet<ModuleName>;
}

/**
 * Who acts in a service call: PocketBase as the caller (every read), the signed-in user, the request's time and
 * language, and writes as the platform, handed over by the procedure only after its guard let the caller in.
 */
export interface Actor {
  pb: PocketBase;
  user: SessionUser;
  now: Date;
  locale: Locale;
  superuserWrites: SuperuserWrites;
}

// One superuser session per PocketBase and superuser, shared by every request. A context carries it under a symbol
// that only superuserSessionOf reads, so no procedure reaches it but through trpc.ts (tRPC copies the context
// between middlewares, symbol keys included).
const sessions = new Map<string, SuperuserSession>();
const SUPERUSER_SESSION = Symbol('superuserSession');

/** For trpc.ts only: the platform's superuser session behind a context, or null when the server has none. */
export function superuserSessionOf(ctx: Context): SuperuserSession | null {
  return (ctx as Context & { [SUPERUSER_SESSION]?: SuperuserSession | null })[SUPERUSER_SESSION] ?? null;
}

function superuserSession(config: ServerConfig): SuperuserSession | null {
  if (!config.superuser) return null;
  const key = `${config.pbUrl}\n${config.superuser.email}\n${config.superuser.password}`;
  let s = sessions.get(key);
  if (!s) sessions.set(key, (s = new SuperuserSession(config.pbUrl, config.superuser, config.pbTimeoutMs ?? PB_TIMEOUT_MS)));
  return s;
}

/**
 * Reads as the platform for what it serves to everyone alike: the page's import map names, per network, the module
 * versions that network runs (public code), from rows only admins' tokens read. Null without the superuser.
 */
export function platformReader(config: ServerConfig): (<T>(read: (pb: PocketBase) => Promise<T>) => Promise<T>) | null {
  const session = superuserSession(config);
  return session ? (read) => session.run(read) : null;
}

/**
 * A clock that starts at `startAt` and runs on from there: lets a demo or a test stand inside a reporting window
 * of 2564 while PocketBase's own time stays real.
 */
export function clockFrom(startAt: Date): () => Date {
  const offset = startAt.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

const ALL_MODULES: ReadonlySet<ModuleName> = new Set(MODULE_NAMES);
const deployedSets = new WeakMap<readonly ModuleName[], ReadonlySet<ModuleName>>();

/** The deployment's modules as a set, made once per list rather than per request. */
export function deployedOf(config: Pick<ServerConfig, 'deployed'>): ReadonlySet<ModuleName> {
  if (!config.deployed) return ALL_MODULES;
  let set = deployedSets.get(config.deployed);
  if (!set) deployedSets.set(config.deployed, (set = new Set(config.deployed)));
  return set;
}

export function createContextFor(config: ServerConfig, token: string | null, locale: Locale, address: string | null = null): Context {
  const pb = pocketBaseFor(config.pbUrl, token, config.pbTimeoutMs);
  let user: Promise<SessionUser | null> | undefined;
  const ctx: Context = {
    pbUrl: config.pbUrl,
    pb,
    token,
    locale,
    address,
    now: config.clock ?? (() => new Date()),
    user: () => (user ??= loadSessionUser(pb)),
    deployed: deployedOf(config),
  };
  return Object.assign(ctx, { [SUPERUSER_SESSION]: superuserSession(config) });
}

/** Reads the bearer token and the language (x-otou-lang, else Accept-Language; Thai by default). */
export function contextFromHeaders(config: ServerConfig, headers: Record<string, string | string[] | undefined>, address: string | null = null): Context {
  const auth = headers['authorization'];
  const bearer = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7).trim() || null : null;
  const lang = headers['x-otou-lang'];
  const al = headers['accept-language'];
  const locale = isLocale(lang) ? lang : localeFromHeader(typeof al === 'string' ? al : undefined);
  return createContextFor(config, bearer, locale, address);
}
