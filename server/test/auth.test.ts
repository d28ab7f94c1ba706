import { describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createPlatformServer, listen } from '../src/http.ts';
import { usePlatform } from './harness.ts';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';

const p = usePlatform();

describe('signing in through the server', () => {
  it('gives a token and the user with their place in the hierarchy', async () => {
    const res = await p.caller().auth.login({ email: '  Staff.CU@otou.demo ', password: DEMO_PASSWORD });
    expect(res.token).toMatch(/^ey/);
    expect(res.user).toMatchObject({
      email: 'staff.cu@otou.demo',
      role: 'university_staff',
      placement: { level: 'university' },
      places: { university: { code: 'CU', name_th: 'จุฬาลงกรณ์มหาวิทยาลัย' }, network: { code: 'UC' } },
    });
    expect(res.user.placement.networkId).toBe(res.user.places.network?.id);
  });

  it('places a tambon coordinator in ตำบลห้วยแห้ง อำเภอแก่งคอย จังหวัดสระบุรี under Chulalongkorn', async () => {
    const me = await p.caller(await p.login('coordinator.huaihaeng@otou.demo')).auth.me();
    expect(me.places.tambon).toMatchObject({ code: '190204', name_th: 'ห้วยแห้ง', district_th: 'แก่งคอย', province_th: 'สระบุรี' });
    expect(me.places.university?.code).toBe('CU');
    expect(me.places.network?.code).toBe('UC');
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const err = await p.caller().auth.login({ email: 'staff.cu@otou.demo', password: 'nope' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe('UNAUTHORIZED');
    const unknownUser = await p.caller().auth.login({ email: 'nobody@otou.demo', password: 'nope' }).catch((e: unknown) => e);
    expect((unknownUser as TRPCError).message).toBe((err as TRPCError).message);
  });

  it('refuses guests and forged tokens', async () => {
    await expect(p.caller().auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const token = await p.login('staff.cu@otou.demo');
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await expect(p.caller(forged).auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('lets users set their own language', async () => {
    const token = await p.login('worker.huaihaeng@otou.demo');
    await p.caller(token).auth.setLanguage({ language: 'en' });
    expect((await p.caller(token).auth.me()).language).toBe('en');
  });
});

describe('errors over HTTP', () => {
  async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    const server = createPlatformServer({ pbUrl: p.pb.url });
    const port = await listen(server);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      return { status: res.status, json: (await res.json()) as { error: { message: string; data: { fieldErrors: Record<string, string[]>; stack?: string } } } };
    } finally {
      server.close();
    }
  }

  it('says a wrong password in Thai by default and in English on request, with no stack trace', async () => {
    const th = await post('auth.login', { email: 'staff.cu@otou.demo', password: 'wrong' });
    expect(th.status).toBe(401);
    expect(th.json.error.message).toBe('อีเมลหรือรหัสผ่านไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่');
    expect(JSON.stringify(th.json)).not.toMatch(/stack|at .*\.ts/);
    const en = await post('auth.login', { email: 'staff.cu@otou.demo', password: 'wrong' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.json.error.message).toBe('Wrong email or password. Check them and try again');
  });

  it('names the field and the fix for bad input', async () => {
    const r = await post('auth.login', { email: 'not-an-email', password: '' });
    expect(r.status).toBe(400);
    expect(r.json.error.data.fieldErrors['email']).toEqual(['อีเมลไม่ถูกต้อง ตัวอย่าง: name@university.ac.th']);
    expect(r.json.error.data.fieldErrors['password']).toEqual(['กรุณากรอกรหัสผ่าน']);
    const en = await post('auth.login', { email: 'x', password: '' }, { 'x-otou-lang': 'en' });
    expect(en.json.error.data.fieldErrors['email']).toEqual(['Not a valid email, e.g. name@university.ac.th']);
  });
});
