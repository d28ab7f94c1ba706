import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatformServer, listen } from '../src/http.ts';
import { usePlatform } from './harness.ts';

const p = usePlatform();
let base = '';
let close: () => Promise<void>;
beforeAll(async () => {
  // A short time limit so that a hung PocketBase is noticed quickly in this test.
  const server = createPlatformServer({ pbUrl: p.pb.url, superuser: p.pb.superuser, pbTimeoutMs: 800, pocketbase: p.pb });
  base = `http://127.0.0.1:${await listen(server)}`;
  close = () =>
    new Promise((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    });
});
afterAll(async () => close?.());

/** One tRPC call over HTTP, as the browser makes it: the status and what the person would read. */
async function call(path: string, token: string | null, input?: unknown, lang = 'th') {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-otou-lang': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const res = input === undefined ? await fetch(`${base}/trpc/${path}`, { headers }) : await fetch(`${base}/trpc/${path}`, { method: 'POST', headers, body: JSON.stringify(input) });
  const body = (await res.json()) as { result?: { data: unknown }; error?: { message: string; data: { code: string } } };
  return { status: res.status, code: body.error?.data.code ?? 'OK', message: body.error?.message ?? '', data: body.result?.data };
}

const health = async () => {
  const res = await fetch(`${base}/healthz`);
  return { status: res.status, ...((await res.json()) as { pocketbase: string; restarts: number }) };
};

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('PocketBase down, hung and back', () => {
  it('answers "try again" (503), never "signed out", while PocketBase is down; restarts it; keeps what was saved', async () => {
    const token = await p.login('staff.cu@otou.demo');
    expect((await call('auth.setLanguage', token, { language: 'en' })).code).toBe('OK');
    expect(await health()).toMatchObject({ status: 200, pocketbase: 'up', restarts: 0 });

    process.kill(p.pb.pid!, 'SIGKILL');
    const me = await call('auth.me', token);
    expect(me).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(me.message).toBe('ระบบข้อมูลไม่พร้อมให้บริการชั่วคราว ข้อมูลที่กรอกไว้ยังอยู่ กรุณาลองใหม่อีกครั้งในอีกสักครู่');
    const save = await call('auth.setLanguage', token, { language: 'th' }, 'en');
    expect(save).toMatchObject({ status: 503, message: 'The data service is unavailable for a moment; what you typed is kept. Try again shortly' });
    const login = await call('auth.login', null, { email: 'approver.cu@otou.demo', password: 'otou-demo-2564' });
    expect(login.code).toBe('SERVICE_UNAVAILABLE');
    expect((await health()).status).toBe(503);

    const back = await until(health, (h) => h.status === 200, 15_000);
    expect(back).toMatchObject({ status: 200, pocketbase: 'up', restarts: 1 });
    // The same token works again: nobody was signed out, and the confirmed save is still there.
    expect((await call('auth.me', token)).data).toMatchObject({ email: 'staff.cu@otou.demo', language: 'en' });
    expect((await call('auth.setLanguage', token, { language: 'th' })).code).toBe('OK');
    expect((await call('auth.me', token)).data).toMatchObject({ language: 'th' });
  }, 30_000);

  it('gives up on a hung PocketBase after the time limit with "try again", and recovers when it answers again', async () => {
    const token = await p.login('staff.cu@otou.demo');
    process.kill(p.pb.pid!, 'SIGSTOP');
    try {
      const started = Date.now();
      const me = await call('auth.me', token);
      const waited = Date.now() - started;
      expect(me).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      // The 800 ms limit of this server, not the minutes a stuck socket could hold a person.
      expect(waited).toBeLessThan(5_000);
      expect((await health()).status).toBe(503);
    } finally {
      process.kill(p.pb.pid!, 'SIGCONT');
    }
    expect((await until(() => call('auth.me', token), (r) => r.code === 'OK', 10_000)).code).toBe('OK');
  }, 30_000);
});
