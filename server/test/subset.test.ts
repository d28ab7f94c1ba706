import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MODULE_NAMES } from '@otou/domain';
import { createPlatformServer, listen } from '../src/http.ts';
import { usePlatform } from './harness.ts';

// A network's own copy of the platform started with `--modules budget`, beside a full one on the same data (where
// every module was released): what the subset one leaves out, the full one still serves, so each check can fail.
const p = usePlatform();
let dir: string;
const servers: Server[] = [];
let subset: string;
let full: string;

async function start(deployed?: ['budget']) {
  const server = createPlatformServer({ pbUrl: p.pb.url, superuser: p.pb.superuser, modulesRoot: join(dir, 'modules'), ...(deployed ? { deployed } : {}) });
  servers.push(server);
  return `http://127.0.0.1:${await listen(server)}`;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'otou-subset-'));
  for (const m of MODULE_NAMES) {
    await mkdir(join(dir, 'modules', m, 'dist'), { recursive: true });
    await writeFile(join(dir, 'modules', m, 'dist', 'spa.js'), `export const name = '${m}';`);
  }
  [subset, full] = await Promise.all([start(['budget']), start()]);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
  await rm(dir, { recursive: true, force: true });
});

interface TrpcAnswer {
  status: number;
  body: { result?: { data: unknown }; error?: { message: string; data: { code: string } } };
}

async function query(base: string, path: string, token: string | null, input: unknown = {}, lang?: 'en'): Promise<TrpcAnswer> {
  const headers: Record<string, string> = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(lang ? { 'x-otou-lang': lang } : {}) };
  const r = await fetch(`${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers });
  return { status: r.status, body: (await r.json()) as TrpcAnswer['body'] };
}

describe('a platform deployed with the budget module only', () => {
  it('answers every employment procedure NOT_FOUND "module employment is not deployed", in Thai or English, for users and guests alike', async () => {
    const staff = await p.login('staff.cu@otou.demo');
    const th = await query(subset, 'employment.dashboard.summary', staff);
    expect(th.status).toBe(404);
    expect(th.body.error?.data.code).toBe('NOT_FOUND');
    expect(th.body.error?.message).toBe('โมดูล employment ไม่ได้ติดตั้งบนระบบนี้');
    const en = await query(subset, 'employment.positions.get', staff, {}, 'en');
    expect(en.body.error?.message).toBe('module employment is not deployed on this platform');
    // Not a request to sign in, nor a complaint about the input: the module is not there.
    expect((await query(subset, 'employment.dashboard.summary', null, 'not even an object')).status).toBe(404);
    expect((await query(subset, 'assessment.settings.get', staff)).body.error?.message).toBe('โมดูล assessment ไม่ได้ติดตั้งบนระบบนี้');
    // The same call on the full platform reaches the module (its answer is whatever the module says, not 404).
    expect((await query(full, 'employment.dashboard.summary', staff)).status).not.toBe(404);
  });

  it('still answers the budget module and the platform', async () => {
    const staff = await p.login('staff.cu@otou.demo');
    expect((await query(subset, 'budget.period.list', staff)).status).toBe(200);
    expect((await query(subset, 'auth.me', staff)).status).toBe(200);
  });

  it('lists only budget in registry.forMe, where the full platform lists what the network enabled', async () => {
    const staff = await p.login('staff.cu@otou.demo');
    const names = async (base: string) => ((await query(base, 'registry.forMe', staff)).body.result?.data as { name: string; available: boolean }[]).filter((e) => e.available).map((e) => e.name);
    expect(await names(full)).toEqual(['assessment', 'budget', 'employment', 'pitching']);
    expect(await names(subset)).toEqual(['budget']);
    const central = await p.login('central@otou.demo');
    const matrix = (await query(subset, 'registry.matrix', central)).body.result?.data as { modules: { name: string }[] };
    expect(matrix.modules.map((m) => m.name)).toEqual(['budget']);
  });

  it("serves budget's files and 404s every other module's, and its page's import map names budget only", async () => {
    expect((await fetch(`${subset}/modules/budget/spa.js`)).status).toBe(200);
    for (const m of ['employment', 'assessment', 'training', 'pitching']) {
      expect((await fetch(`${full}/modules/${m}/spa.js`)).status).toBe(200);
      expect((await fetch(`${subset}/modules/${m}/spa.js`)).status).toBe(404);
      expect((await fetch(`${subset}/modules/${m}/`)).status).toBe(404);
    }
    const map = (await (await fetch(`${subset}/importmap.json`)).json()) as { imports: Record<string, string> };
    expect(Object.keys(map.imports).filter((k) => k.startsWith('@otou/'))).toEqual(['@otou/budget']);
  });

  it('404s the employment certificate and assessment evidence routes, which the full platform answers', async () => {
    for (const path of ['/api/employment/certificate/abc.pdf', '/api/assessment/evidence']) {
      // A browser's preflight: the full platform's file routes allow it, the subset has no such route.
      expect((await fetch(`${full}${path}`, { method: 'OPTIONS' })).status).toBe(204);
      expect((await fetch(`${subset}${path}`, { method: 'OPTIONS' })).status).toBe(404);
    }
  });
});
