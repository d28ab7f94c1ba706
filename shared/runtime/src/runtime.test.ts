import { mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressDir } from './compress.ts';
import { isRuntimeSpecifier, resolveRuntime, runtimeOf } from './runtime.ts';

const shell = resolve(import.meta.dirname, '../../../shell');

describe('the shared runtime', () => {
  it('serves Svelte and every subpath compiled components import, Query, the SDK and the UI kit; nothing else', () => {
    for (const id of ['svelte', 'svelte/internal/client', 'svelte/internal/disclose-version', 'svelte/store', '@tanstack/svelte-query', '@otou/sdk', '@otou/ui'])
      expect(isRuntimeSpecifier(id), id).toBe(true);
    for (const id of ['@otou/ui/fonts.css', '@otou/domain', 'single-spa', 'svelte-check', 'chart.js']) expect(isRuntimeSpecifier(id), id).toBe(false);
  });

  it('puts everything that imports Svelte under the exact Svelte version it was compiled against', () => {
    const { versions, imports } = runtimeOf(resolveRuntime(shell));
    const svelte = JSON.parse(readFileSync(join(shell, 'node_modules/svelte/package.json'), 'utf8')).version as string;
    expect(versions['svelte']).toBe(svelte);
    expect(imports['svelte/internal/client']).toBe(`/vendor/svelte@${svelte}/internal/client.js`);
    expect(imports['@tanstack/svelte-query']).toMatch(new RegExp(`^/vendor/svelte@${svelte}/@tanstack/svelte-query@\\d+\\.\\d+\\.\\d+/index\\.js$`));
    // Workspace packages carry a hash of their inputs: their version does not move with every change.
    expect(versions['@otou/sdk']).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
    expect(imports['@otou/sdk']).toBe(`/vendor/svelte@${svelte}/@otou/sdk@${versions['@otou/sdk']}/index.js`);
    expect(Object.keys(imports).filter((k) => /compiler|server/.test(k))).toEqual([]);
  });

  it('names the same inputs the same way twice, so parallel builds share one folder', () => {
    expect(runtimeOf(resolveRuntime(shell))).toEqual(runtimeOf(resolveRuntime(shell)));
  });
});

describe('precompression', () => {
  const dir = mkdtempSync(join(tmpdir(), 'otou-compress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes brotli and gzip copies that decode to the file, once, and leaves fonts and tiny files alone', () => {
    const js = `export const words = ${JSON.stringify('ตำบล '.repeat(400))};\n`;
    writeFileSync(join(dir, 'a.js'), js);
    writeFileSync(join(dir, 'tiny.js'), 'x');
    writeFileSync(join(dir, 'font.woff2'), Buffer.alloc(4096, 1));
    precompressDir(dir);
    expect(brotliDecompressSync(readFileSync(join(dir, 'a.js.br'))).toString()).toBe(js);
    expect(gunzipSync(readFileSync(join(dir, 'a.js.gz'))).toString()).toBe(js);
    expect(statSync(join(dir, 'a.js.br')).size).toBeLessThan(js.length / 10);
    expect(() => statSync(join(dir, 'tiny.js.br'))).toThrow();
    expect(() => statSync(join(dir, 'font.woff2.br'))).toThrow();
    const first = statSync(join(dir, 'a.js.br')).mtimeMs;
    precompressDir(dir);
    expect(statSync(join(dir, 'a.js.br')).mtimeMs).toBe(first);
  });
});
