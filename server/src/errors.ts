import { TRPCError } from '@trpc/server';
import { ClientResponseError } from 'pocketbase';
import { z } from 'zod';
import { isMessageKey, translate, type Locale, type MessageKey, type Params } from '@otou/domain';

type Code = TRPCError['code'];

/** An error a user can cause or meet, carrying a message key that is translated into the caller's language. */
export class AppError extends TRPCError {
  constructor(
    code: Code,
    readonly key: MessageKey,
    readonly params?: Params,
    readonly fieldErrors?: Record<string, { key: MessageKey; params?: Params }[]>,
  ) {
    super({ code, message: key });
  }
}

export const appError = (code: Code, key: MessageKey, params?: Params) => new AppError(code, key, params);

/** Field problems found by a shared check, as one error naming every field: nothing is written. */
export function fieldError(problems: { field: string; key: MessageKey; params?: Params }[]): AppError {
  const fields: Record<string, { key: MessageKey; params?: Params }[]> = {};
  for (const p of problems) (fields[p.field] ??= []).push(p.params ? { key: p.key, params: p.params } : { key: p.key });
  return new AppError('BAD_REQUEST', 'error.validation', undefined, fields);
}

const zodLocales = { th: z.locales.th(), en: z.locales.en() };

interface IssueLike {
  path?: readonly PropertyKey[] | readonly { key: PropertyKey }[];
  message: string;
  code?: string;
}

function issueText(issue: IssueLike, locale: Locale): string {
  if (isMessageKey(issue.message)) return translate(locale, issue.message);
  // A default zod message: say it again in the caller's language.
  const localeError = zodLocales[locale].localeError;
  if (typeof localeError === 'function' && issue.code) {
    const r = localeError(issue as never);
    if (typeof r === 'string') return r;
    if (r && typeof r === 'object' && 'message' in r && typeof r.message === 'string') return r.message;
  }
  return issue.message;
}

function pathKey(path: IssueLike['path']): string {
  return (path ?? []).map((p) => (typeof p === 'object' && p !== null && 'key' in p ? String(p.key) : String(p))).join('.');
}

export type { FormattedErrorData } from '@otou/domain';

/**
 * Turns any error into what the client sees: a translated message, field errors keyed by field, and never a
 * stack trace or an internal message.
 */
export function describeError(error: TRPCError, locale: Locale): { message: string; fieldErrors: Record<string, string[]>; messageKey: string | null } {
  const cause = error.cause as { issues?: IssueLike[] } | undefined;
  if (error.code === 'BAD_REQUEST' && Array.isArray(cause?.issues)) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of cause.issues) (fieldErrors[pathKey(issue.path) || '_form'] ??= []).push(issueText(issue, locale));
    return { message: translate(locale, 'error.validation'), fieldErrors, messageKey: 'error.validation' };
  }
  if (error instanceof AppError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, problems] of Object.entries(error.fieldErrors ?? {})) fieldErrors[field] = problems.map((p) => translate(locale, p.key, p.params));
    return { message: translate(locale, error.key, error.params), fieldErrors, messageKey: error.key };
  }
  const key: MessageKey =
    error.code === 'UNAUTHORIZED' ? 'error.unauthorized' : error.code === 'FORBIDDEN' ? 'error.forbidden' : error.code === 'NOT_FOUND' ? 'error.notFound' : 'error.internal';
  return { message: translate(locale, key), fieldErrors: {}, messageKey: key };
}

/** PocketBase's answers to a caller's token, as the platform's own errors. */
export function fromPocketBase(e: unknown): unknown {
  if (!(e instanceof ClientResponseError)) return e;
  switch (e.status) {
    case 0:
      // Nothing answered (PocketBase down, restarting or hung past the time limit): not the caller's fault, and
      // not a reason to sign anyone out.
      return new AppError('SERVICE_UNAVAILABLE', 'error.unavailable');
    case 401:
      return new AppError('UNAUTHORIZED', 'error.sessionExpired');
    case 403:
      return new AppError('FORBIDDEN', 'error.forbidden');
    case 404:
      return new AppError('NOT_FOUND', 'error.notFound');
    case 400:
      return new AppError('BAD_REQUEST', 'error.validation');
    default:
      return e;
  }
}
