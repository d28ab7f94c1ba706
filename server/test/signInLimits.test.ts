import { describe, expect, it } from 'vitest';
import type { TRPCError } from '@trpc/server';
import { createContextFor } from '../src/context.ts';
import { describeError } from '../src/errors.ts';
import { createPlatformServer, listen } from '../src/http.ts';
import { appRouter } from '../src/routers/_app.ts';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { createCallerFactory } from '../src/trpc.ts';
import { usePlatform } from './harness.ts';

const p = usePlatform();
const createCaller = createCallerFactory(appRouter);
/** The server as seen from one address, in one language. */
const from = (address: string, locale: 'th' | 'en' = 'th') => createCaller(createContextFor({ pbUrl: p.pb.url }, null, locale, address));
const attempt = (address: string, email: string, password: string, locale: 'th' | 'en' = 'th') =>
  from(address, locale)
    .auth.login({ email, password })
    .then(
      () => 'ok',
      (e: TRPCError) => `${e.code}: ${describeError(e, locale).message}`,
    );

describe('sign-in attempt limits', () => {
  it('after 5 wrong passwords an account waits, with a time to wait in Thai or English, even for the right password', async () => {
    const results: string[] = [];
    for (let i = 0; i < 8; i++) results.push(await attempt('198.51.100.1', 'staff.cmu@otou.demo', `wrong-${i}`));
    expect(results.slice(0, 5).every((r) => r.startsWith('UNAUTHORIZED'))).toBe(true);
    expect(results.slice(5)).toEqual(Array(3).fill('TOO_MANY_REQUESTS: ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้งเกินไป เพื่อความปลอดภัยของบัญชี กรุณารอ 15 นาทีแล้วลองใหม่'));
    expect(await attempt('198.51.100.2', 'staff.cmu@otou.demo', DEMO_PASSWORD, 'en')).toBe(
      'TOO_MANY_REQUESTS: Too many failed sign-in attempts; to protect the account, wait 15 minutes and try again',
    );
    // Other accounts are not held back by it.
    expect(await attempt('198.51.100.1', 'network.un@otou.demo', DEMO_PASSWORD)).toBe('ok');
  });

  it('a successful sign-in clears the count, so a person who mistypes now and then is never locked out', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) expect(await attempt('198.51.100.3', 'judge@otou.demo', 'typo')).toMatch(/^UNAUTHORIZED/);
      expect(await attempt('198.51.100.3', 'judge@otou.demo', DEMO_PASSWORD)).toBe('ok');
    }
  });

  it('holds 30 attempts sent in one batched request to the same limit', async () => {
    const server = createPlatformServer({ pbUrl: p.pb.url });
    const port = await listen(server);
    try {
      const calls = 30;
      const input = Object.fromEntries(Array.from({ length: calls }, (_, i) => [i, { email: 'agency.cu@otou.demo', password: `guess-${i}` }]));
      const res = await fetch(`http://127.0.0.1:${port}/trpc/${Array(calls).fill('auth.login').join(',')}?batch=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const answers = (await res.json()) as { error?: { data?: { code?: string } } }[];
      const codes = answers.map((a) => a.error?.data?.code);
      expect(codes.filter((c) => c === 'UNAUTHORIZED')).toHaveLength(5);
      expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(calls - 5);
    } finally {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    }
  });

  it('holds attempts sent straight to PocketBase to the same limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push(await p.rest(null).collection('users').authWithPassword('worker.huaihaeng@otou.demo', `direct-${i}`).then(() => 200, (e: { status: number }) => e.status));
    }
    expect(statuses.slice(0, 5)).toEqual(Array(5).fill(400));
    expect(statuses.slice(5)).toEqual(Array(7).fill(429));
  });

  it('limits one address to 20 failed attempts across accounts, without holding back other addresses', async () => {
    const emails = ['network.uc@otou.demo', 'approver.cu@otou.demo', 'coordinator.huaihaeng@otou.demo', 'central@otou.demo', 'staff.cu@otou.demo'];
    const results: string[] = [];
    for (let i = 0; i < 22; i++) results.push(await attempt('203.0.113.9', emails[i % emails.length]!, `spray-${i}`));
    expect(results.slice(0, 20).every((r) => r.startsWith('UNAUTHORIZED'))).toBe(true);
    expect(results.slice(20).every((r) => r.startsWith('TOO_MANY_REQUESTS'))).toBe(true);
    // The accounts themselves had 4 failures each, so from elsewhere their owners still sign in.
    expect(await attempt('203.0.113.10', 'central@otou.demo', DEMO_PASSWORD)).toBe('ok');
  });
});
