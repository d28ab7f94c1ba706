import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { shouldRetry } from './queryClient.ts';

const answered = (code: string, httpStatus: number) =>
  TRPCClientError.from({ error: { code: -32603, message: 'x', data: { code, httpStatus, messageKey: null, fieldErrors: {} } } } as never);

describe('which failed reads are tried again', () => {
  it('waits out the data service restarting (503) longer than a passing server error', () => {
    const unavailable = answered('SERVICE_UNAVAILABLE', 503);
    expect([0, 1, 2, 3, 4].map((n) => shouldRetry(n, unavailable))).toEqual([true, true, true, true, false]);
    const internal = answered('INTERNAL_SERVER_ERROR', 500);
    expect([0, 1, 2].map((n) => shouldRetry(n, internal))).toEqual([true, true, false]);
  });
  it('never repeats a request the server refused', () => {
    for (const [code, status] of [['FORBIDDEN', 403], ['UNAUTHORIZED', 401], ['BAD_REQUEST', 400], ['NOT_FOUND', 404]] as const) {
      expect(shouldRetry(0, answered(code, status))).toBe(false);
    }
  });
  it('tries a lost connection again', () => {
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
  });
});
