import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { translate, type Locale } from '@otou/domain';
import type { ConflictData, FormattedErrorData } from '@otou/domain';
import type { AppRouter } from '@otou/server/router';

export interface ApiOptions {
  url: string;
  getToken(): string | null;
  getLocale(): Locale;
  /** Called when the server says the caller is not (or no longer) signed in. */
  onUnauthorized?(): void;
}

/** The request never got an answer: offline, DNS, the server down. */
export class NetworkError extends Error {
  override name = 'NetworkError';
}

/** An answer that is not the API's (e.g. a proxy's HTML 502 page): the server side failed, the network did not. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/** The typed API client every module and the shell use. It knows the router's type only, never server code. */
export function createApi(opts: ApiOptions) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: opts.url,
        headers() {
          const token = opts.getToken();
          return { 'x-otou-lang': opts.getLocale(), ...(token ? { authorization: `Bearer ${token}` } : {}) };
        },
        async fetch(input, init) {
          let res: Response;
          try {
            res = await fetch(input, init);
          } catch (e) {
            if ((e as Error | undefined)?.name === 'AbortError') throw e;
            throw new NetworkError(String(e));
          }
          if (res.status === 401 && opts.getToken()) opts.onUnauthorized?.();
          if (!res.ok && !(res.headers.get('content-type') ?? '').includes('json')) throw new HttpError(res.status);
          return res;
        },
      }),
    ],
  });
}

export type Api = ReturnType<typeof createApi>;

function errorData(e: unknown): FormattedErrorData | undefined {
  return e instanceof TRPCClientError ? (e.data as FormattedErrorData | undefined) : undefined;
}

/**
 * The message to show a user for any failure. The server's own translated message when it gave one ("this month
 * is locked…"); "the system had a problem, try again" when the server failed (HTTP 5xx); "cannot reach the server"
 * only when no answer came at all.
 */
export function errorMessage(e: unknown, locale: Locale): string {
  const data = errorData(e);
  if (data) {
    if (data.httpStatus >= 500 && (!data.messageKey || data.messageKey === 'error.internal')) return translate(locale, 'error.internal');
    return (e as TRPCClientError<AppRouter>).message;
  }
  if (isNetworkFailure(e)) return translate(locale, 'error.network');
  return translate(locale, 'error.internal');
}

/** No answer came back (as opposed to an answer saying something failed). */
export function isNetworkFailure(e: unknown): boolean {
  const cause = e instanceof TRPCClientError ? e.cause : e;
  return cause instanceof NetworkError || (cause instanceof TypeError && /fetch|network/i.test(cause.message));
}

/** Field name → messages, for showing each problem next to its field. */
export function fieldErrors(e: unknown): Record<string, string[]> {
  return errorData(e)?.fieldErrors ?? {};
}

/** What a CONFLICT carries: the values stored now and their version (see ConflictData). */
export function conflictOf(e: unknown): ConflictData | undefined {
  return errorData(e)?.conflict;
}

export function errorCode(e: unknown): FormattedErrorData['code'] | undefined {
  return errorData(e)?.code;
}
