import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { createPlatformServer, listen } from '../src/http.ts';
import { releaseModule } from '../src/services/releases.ts';
import { MANIFESTS, usePlatform } from './harness.ts';

const p = usePlatform();
let dir: string;
let server: Server;
let base: string;

const SHELL_HTML = '<!doctype html><html><head><script type="overridable-importmap">{"imports":{}}</script></head><body>shell</body></html>';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'otou-http-'));
  await mkdir(join(dir, 'shell', 'assets'), { recursive: true });
  await writeFile(join(dir, 'shell', 'index.html'), SHELL_HTML);
  await writeFile(join(dir, 'shell', 'assets', 'index-AbCdEf12.js'), 'console.log(1)');
  await mkdir(join(dir, 'modules', 'budget', 'dist'), { recursive: true });
  await writeFile(join(dir, 'modules', 'budget', 'dist', 'spa.js'), 'export const mount = 1;');
  server = createPlatformServer({ pbUrl: p.pb.url, shellDist: join(dir, 'shell'), modulesRoot: join(dir, 'modules') });
  base = `http://127.0.0.1:${await listen(server)}`;
});

afterAll(async () => {
  server?.close();
  await rm(dir, { recursive: true, force: true });
});

const importMapOf = (html: string) => JSON.parse(/<script type="overridable-importmap">([\s\S]*?)<\/script>/.exec(html)![1]!) as { imports: Record<string, string> };

describe('the platform HTTP server', () => {
  it('serves the shell with the import map written in from the module registry', async () => {
    const res = await fetch(`${base}/`);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const map = importMapOf(await res.text());
    expect(map.imports['@otou/budget']).toBe('/modules/budget/spa.js?v=0.1.0');
    expect(Object.keys(map.imports).sort()).toEqual(['@otou/assessment', '@otou/budget', '@otou/employment', '@otou/pitching', '@otou/training']);
  });

  it('a module released with a new version shows in the next page load, nothing rebuilt', async () => {
    const budget = MANIFESTS.find((m) => m.name === 'budget')!;
    await releaseModule(p.admin, { ...budget, version: '0.2.0' });
    expect(importMapOf(await (await fetch(`${base}/`)).text()).imports['@otou/budget']).toBe('/modules/budget/spa.js?v=0.2.0');
    await releaseModule(p.admin, budget);
  });

  it('answers client-side routes with the shell, so a bookmark to /budget works', async () => {
    const res = await fetch(`${base}/budget/reports`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('shell');
  });

  it('serves each module from its own build; a missing file is a 404, not the shell', async () => {
    const ok = await fetch(`${base}/modules/budget/spa.js`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-cache');
    expect(await ok.text()).toContain('mount');
    expect((await fetch(`${base}/modules/assessment/spa.js`)).status).toBe(404);
    expect((await fetch(`${base}/modules/nosuch/spa.js`)).status).toBe(404);
    expect((await fetch(`${base}/assets/missing-12345678.js`)).status).toBe(404);
  });

  it('lets hashed build files be cached for good', async () => {
    const res = await fetch(`${base}/assets/index-AbCdEf12.js`);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('lets a module on a team\'s dev server call the API with a bearer token', async () => {
    const res = await fetch(`${base}/trpc/registry.forMe`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5102', 'access-control-request-headers': 'authorization' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
  });
});
