import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { translate, type Locale } from '@otou/domain';
import type { AppRouter, FormattedErrorData } from '@otou/server/router';

export interface ApiOptions {
  url: string;
  getToken(): string | null;
  getLocale(): Locale;
  /** Called when the server says the caller is not (or no longer) signed in. */
  onUnauthorized?(): void;
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
          const res = await fetch(input, init);
          if (res.status === 401 && opts.getToken()) opts.onUnauthorized?.();
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

/** The message to show a user for any failure: the server's translated message, or "cannot reach the server". */
export function errorMessage(e: unknown, locale: Locale): string {
  if (e instanceof TRPCClientError && e.data) return e.message;
  return translate(locale, 'error.network');
}

/** Field name → messages, for showing each problem next to its field. */
export function fieldErrors(e: unknown): Record<string, string[]> {
  return errorData(e)?.fieldErrors ?? {};
}

export function errorCode(e: unknown): FormattedErrorData['code'] | undefined {
  return errorData(e)?.code;
}
