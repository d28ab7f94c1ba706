import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
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
  // The build's precompressed copies, marked so the test can tell which one was sent.
  await writeFile(join(dir, 'modules', 'budget', 'dist', 'spa.js.br'), brotliCompressSync('export const mount = "br";'));
  await writeFile(join(dir, 'modules', 'budget', 'dist', 'spa.js.gz'), gzipSync('export const mount = "gz";'));
  // The shell carries the platform's runtime; a module built against another Svelte carries its own.
  await writeFile(join(dir, 'shell', 'runtime.json'), JSON.stringify({ versions: { svelte: '5.57.3' }, imports: { svelte: '/vendor/svelte@5.57.3/index.js' } }));
  await mkdir(join(dir, 'shell', 'vendor', 'svelte@5.57.3'), { recursive: true });
  await writeFile(join(dir, 'shell', 'vendor', 'svelte@5.57.3', 'index.js'), 'export const v = "5.57.3";');
  await mkdir(join(dir, 'fixture', 'vendor', 'svelte@5.56.10'), { recursive: true });
  await writeFile(join(dir, 'fixture', 'spa.js'), 'export const mount = 2;');
  await writeFile(join(dir, 'fixture', 'vendor', 'svelte@5.56.10', 'index.js'), 'export const v = "5.56.10";');
  server = createPlatformServer({
    pbUrl: p.pb.url,
    shellDist: join(dir, 'shell'),
    modulesRoot: join(dir, 'modules'),
    extraModules: { 'svelte-minor': join(dir, 'fixture') },
  });
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
    expect(Object.keys(map.imports).filter((k) => k.startsWith('@otou/')).sort()).toEqual(['@otou/assessment', '@otou/budget', '@otou/employment', '@otou/pitching', '@otou/training']);
    // The shared runtime the shell was built against is every module's, unless a module brings another.
    expect(map.imports['svelte']).toBe('/vendor/svelte@5.57.3/index.js');
  });

  it('gives a module released with another Svelte its own copy through a scope, the others keep the shared one', async () => {
    const pitching = MANIFESTS.find((m) => m.name === 'pitching')!;
    const runtime = { versions: { svelte: '5.56.10' }, imports: { svelte: '/vendor/svelte@5.56.10/index.js' } };
    await releaseModule(p.admin, { ...pitching, runtime }, '/modules/svelte-minor/spa.js');
    try {
      const map = (await (await fetch(`${base}/importmap.json`)).json()) as { imports: Record<string, string>; scopes: Record<string, Record<string, string>> };
      expect(map.imports['svelte']).toBe('/vendor/svelte@5.57.3/index.js');
      expect(map.scopes).toEqual({
        '/modules/svelte-minor/': { svelte: '/vendor/svelte@5.56.10/index.js' },
        '/vendor/svelte@5.56.10/': { svelte: '/vendor/svelte@5.56.10/index.js' },
      });
      // Both copies are served, each from the build that brought it, to be cached for good.
      for (const v of ['5.57.3', '5.56.10']) {
        const res = await fetch(`${base}/vendor/svelte@${v}/index.js`);
        expect(await res.text()).toContain(v);
        expect(res.headers.get('cache-control')).toContain('immutable');
      }
      expect(await (await fetch(`${base}/modules/svelte-minor/spa.js`)).text()).toContain('mount = 2');
      expect((await fetch(`${base}/vendor/svelte@5.40.0/index.js`)).status).toBe(404);
    } finally {
      await releaseModule(p.admin, pitching);
    }
  });

  it('sends the precompressed copy the browser accepts, and the shell page compressed too', async () => {
    const get = (path: string, encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
        request(`${base}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c)).on('end', () => ok({ headers: res.headers, body: Buffer.concat(parts) }));
        }).on('error', fail).end();
      });
    const br = await get('/modules/budget/spa.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toContain('"br"');
    const gz = await get('/modules/budget/spa.js', 'gzip');
    expect(gunzipSync(gz.body).toString()).toContain('"gz"');
    const plain = await get('/modules/budget/spa.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('mount = 1');
    const page = await get('/budget', 'gzip, br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['vary']).toBe('Accept-Encoding');
    expect(brotliDecompressSync(page.body).toString()).toContain('overridable-importmap');
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
