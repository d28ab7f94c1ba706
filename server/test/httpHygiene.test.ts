import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatformServer, listen } from '../src/http.ts';
import { usePlatform } from './harness.ts';

const p = usePlatform();
let dir: string;
let server: Server;
let base: string;
let port: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'otou-hygiene-'));
  await mkdir(join(dir, 'shell', 'assets'), { recursive: true });
  await writeFile(
    join(dir, 'shell', 'index.html'),
    '<!doctype html><html><head><script type="overridable-importmap">{"imports":{}}</script><script>window.x = 1</script><script type="module" src="/assets/index-AbCdEf12.js"></script></head><body></body></html>',
  );
  await writeFile(join(dir, 'shell', 'assets', 'index-AbCdEf12.js'), 'console.log(1)\n//# sourceMappingURL=index-AbCdEf12.js.map');
  await writeFile(join(dir, 'shell', 'assets', 'index-AbCdEf12.js.map'), '{"version":3,"sources":["secret/source.ts"]}');
  server = createPlatformServer({ pbUrl: p.pb.url, shellDist: join(dir, 'shell') });
  port = await listen(server);
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  await rm(dir, { recursive: true, force: true });
});

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('what every answer carries', () => {
  it('the page has a Content-Security-Policy naming exactly its own inline scripts, and may not be framed', async () => {
    const res = await fetch(`${base}/budget`);
    const html = await res.text();
    const csp = res.headers.get('content-security-policy') ?? '';
    const map = /<script type="overridable-importmap">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(csp).toContain(`script-src 'self' ${sha(map)} ${sha('window.x = 1')}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('scripts and API answers are never sniffed as something else', async () => {
    for (const url of [`${base}/assets/index-AbCdEf12.js`, `${base}/trpc/auth.me`, `${base}/healthz`]) {
      expect((await fetch(url)).headers.get('x-content-type-options'), url).toBe('nosniff');
    }
  });

  it('does not hand source maps to visitors of a deployment, only to a developer with the dev tools on', async () => {
    expect((await fetch(`${base}/assets/index-AbCdEf12.js.map`)).status).toBe(404);
    expect((await fetch(`${base}/assets/index-AbCdEf12.js.map`, { headers: { cookie: 'otou-devtools=1' } })).status).toBe(200);
  });

  it("a developer's browser may run import-map-overrides and a module from a dev server on this machine", async () => {
    const csp = (await fetch(`${base}/`, { headers: { cookie: 'theme=x; otou-devtools=1' } })).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'unsafe-inline' http:\/\/localhost:\*/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('limits that keep one request from holding the server', () => {
  it('refuses a 50 MB body without reading it, with a translated message, and stays quick for others', async () => {
    const body = Buffer.alloc(50 * 1024 * 1024, 0x20);
    const started = Date.now();
    const res = await fetch(`${base}/trpc/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-otou-lang': 'en' }, body }).catch(() => null);
    // The server may close the connection before the client has sent everything; when it answers, it says why.
    if (res) {
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe('What was sent is larger than 1 MB; send it in smaller parts');
    }
    const health = Date.now();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(Date.now() - health).toBeLessThan(500);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('cuts off a body that grows past 1 MB without announcing its length', async () => {
    const status = await new Promise<number>((ok, fail) => {
      const req = request({ host: '127.0.0.1', port, path: '/trpc/auth.login', method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        ok(res.statusCode ?? 0);
      });
      req.on('error', fail);
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      for (let i = 0; i < 8; i++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
  });

  it('answers an over-long URL with a message in Thai and English, not a bare 431', async () => {
    const res = await fetch(`${base}/trpc/auth.me?input=${'x'.repeat(40_000)}`);
    expect(res.status).toBe(431);
    const text = await res.text();
    expect(text).toContain('URL');
    expect(text).toContain('ยาวเกินไป');
  });

  it('answers thousands of unknown keys with a bounded list of field errors, not an echo', async () => {
    const token = await p.login('staff.cu@otou.demo');
    const actuals = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`junk${i}`, 1]));
    const res = await fetch(`${base}/trpc/budget.month.save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ tambonId: 'x', periodId: 'y', month: 1, actuals }),
    });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text.length).toBeLessThan(10_000);
    const fields = Object.keys((JSON.parse(text) as { error: { data: { fieldErrors: object } } }).error.data.fieldErrors);
    expect(fields.length).toBeLessThanOrEqual(20);
  });
});
