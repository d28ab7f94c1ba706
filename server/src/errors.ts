import { TRPCError } from '@trpc/server';
import { ClientResponseError } from 'pocketbase';
import type { ConflictData, Locale, MessageKey, Params } from '@otou/domain';
import { MAX_BODY_BYTES } from './httpGuards.ts';
import { isServerMessageKey, translateServer as translate, type ServerMessageKey } from './messages.ts';

type Code = TRPCError['code'];

/** An error a user can cause or meet, carrying a message key that is translated into the caller's language. */
export class AppError extends TRPCError {
  constructor(
    code: Code,
    readonly key: ServerMessageKey,
    readonly params?: Params,
    readonly fieldErrors?: Record<string, { key: ServerMessageKey; params?: Params }[]>,
    readonly conflict?: ConflictData,
  ) {
    super({ code, message: key });
  }
}

export const appError = (code: Code, key: ServerMessageKey, params?: Params) => new AppError(code, key, params);

/**
 * Someone else saved the record since the caller opened it: nothing was written; the caller gets the values stored
 * now and their version (FormattedErrorData.conflict) so the form can show them beside what the person typed.
 */
export function conflictError(version: number | null, current: object): AppError {
  return new AppError('CONFLICT', 'error.conflict', undefined, undefined, { version, current: current as Record<string, unknown> });
}

/** Field problems found by a shared check, as one error naming every field: nothing is written. */
export function fieldError(problems: { field: string; key: ServerMessageKey; params?: Params }[]): AppError {
  const fields: Record<string, { key: ServerMessageKey; params?: Params }[]> = {};
  for (const p of problems) (fields[p.field] ??= []).push(p.params ? { key: p.key, params: p.params } : { key: p.key });
  return new AppError('BAD_REQUEST', 'error.validation', undefined, fields);
}

export interface IssueLike {
  path?: readonly PropertyKey[] | readonly { key: PropertyKey }[];
  message: string;
  code?: string;
  expected?: string;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

const EXPECTED: Record<string, MessageKey> = { number: 'error.expected.number', int: 'error.expected.number', string: 'error.expected.text', boolean: 'error.expected.yesNo', array: 'error.expected.list' };

/**
 * What a user reads for one validation problem: the message key the schema set (each naming the fix), or, for a
 * bound a schema left without one, a sentence that names the field and what it expects. Zod's own sentences
 * ("…expected number, received undefined") never reach a user.
 */
export function issueText(issue: IssueLike, locale: Locale): string {
  if (isServerMessageKey(issue.message)) return translate(locale, issue.message);
  const segments = (issue.path ?? []).map((p) => (typeof p === 'object' && p !== null && 'key' in p ? p.key : p));
  const field = String([...segments].reverse().find((p) => typeof p === 'string') ?? segments.at(-1) ?? '');
  // The whole input is wrong (not an object at all): only a broken or hostile client sends that; there is no field
  // to name.
  if (!field) return translate(locale, 'error.form.invalid');
  const n = (v: number | bigint | undefined) => Number(v ?? 0);
  const sized = issue.origin === 'string' ? 'Short' : issue.origin === 'array' || issue.origin === 'set' ? 'Few' : 'Small';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected ?? ''];
      return expected ? translate(locale, 'error.field.type', { field, expected: translate(locale, expected) }) : translate(locale, 'error.field.invalid', { field });
    }
    case 'too_small':
      return translate(locale, sized === 'Short' ? 'error.field.tooShort' : sized === 'Few' ? 'error.field.tooFew' : 'error.field.tooSmall', { field, min: n(issue.minimum) });
    case 'too_big':
      return translate(locale, sized === 'Short' ? 'error.field.tooLong' : sized === 'Few' ? 'error.field.tooMany' : 'error.field.tooBig', { field, max: n(issue.maximum) });
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
      return translate(locale, 'error.field.choice', { field });
    case 'invalid_format':
      return translate(locale, issue.format === 'date' || issue.format === 'datetime' ? 'error.field.date' : 'error.field.invalid', { field });
    default:
      return translate(locale, 'error.field.invalid', { field });
  }
}

function pathKey(path: IssueLike['path']): string {
  return (path ?? []).map((p) => (typeof p === 'object' && p !== null && 'key' in p ? String(p.key) : String(p))).join('.');
}

export type { FormattedErrorData } from '@otou/domain';

/**
 * A request with thousands of wrong keys gets an answer of bounded size: the first problems, each under a field
 * name of bounded length, are enough to show a person what to fix.
 */
const MAX_FIELD_ERRORS = 20;
const bounded = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * Turns any error into what the client sees: a translated message, field errors keyed by field, and never a
 * stack trace or an internal message.
 */
export function describeError(
  error: TRPCError,
  locale: Locale,
): { message: string; fieldErrors: Record<string, string[]>; messageKey: string | null; conflict?: ConflictData } {
  const cause = error.cause as { issues?: IssueLike[] } | undefined;
  if (error.code === 'BAD_REQUEST' && Array.isArray(cause?.issues)) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of cause.issues.slice(0, MAX_FIELD_ERRORS)) (fieldErrors[bounded(pathKey(issue.path), 80) || '_form'] ??= []).push(bounded(issueText(issue, locale), 300));
    return { message: translate(locale, 'error.validation'), fieldErrors, messageKey: 'error.validation' };
  }
  if (error instanceof AppError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, problems] of Object.entries(error.fieldErrors ?? {})) fieldErrors[field] = problems.map((p) => translate(locale, p.key, p.params));
    return { message: translate(locale, error.key, error.params), fieldErrors, messageKey: error.key, ...(error.conflict ? { conflict: error.conflict } : {}) };
  }
  const key: ServerMessageKey =
    error.code === 'PAYLOAD_TOO_LARGE'
      ? 'error.tooLarge'
      : error.code === 'UNAUTHORIZED' ? 'error.unauthorized' : error.code === 'FORBIDDEN' ? 'error.forbidden' : error.code === 'NOT_FOUND' ? 'error.notFound' : 'error.internal';
  return { message: translate(locale, key, key === 'error.tooLarge' ? { mb: MAX_BODY_BYTES / 1024 / 1024 } : undefined), fieldErrors: {}, messageKey: key };
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
