import PocketBase, { BaseAuthStore } from 'pocketbase';
import { localeFromHeader, isLocale, type Locale } from '@otou/domain';
import { loadSessionUser, type SessionUser } from './session.ts';

export interface ServerConfig {
  /** Where PocketBase listens, e.g. http://127.0.0.1:8090 */
  pbUrl: string;
  /** The time reporting windows are judged by; the real time unless a demo or a test sets another. */
  clock?: () => Date;
  /** How long one call to PocketBase may take before the caller is told to try again (default 10 s). */
  pbTimeoutMs?: number;
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
}

/** Who acts in a service call: PocketBase as the caller, the signed-in user, the request's time and language. */
export interface Actor {
  pb: PocketBase;
  user: SessionUser;
  now: Date;
  locale: Locale;
}

/**
 * A clock that starts at `startAt` and runs on from there: lets a demo or a test stand inside a reporting window
 * of 2564 while PocketBase's own time stays real.
 */
export function clockFrom(startAt: Date): () => Date {
  const offset = startAt.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

export function createContextFor(config: ServerConfig, token: string | null, locale: Locale, address: string | null = null): Context {
  const pb = pocketBaseFor(config.pbUrl, token, config.pbTimeoutMs);
  let user: Promise<SessionUser | null> | undefined;
  return { pbUrl: config.pbUrl, pb, token, locale, address, now: config.clock ?? (() => new Date()), user: () => (user ??= loadSessionUser(pb)) };
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
