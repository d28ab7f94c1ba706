import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import singleSpa from 'vite-plugin-single-spa';
import { sharedRuntime } from '@otou/runtime/vite';

// In `pnpm dev` the platform server (API, module builds, shared runtime) runs on OTOU_API; the shell proxies to it.
const api = process.env['OTOU_API'] ?? 'http://127.0.0.1:8080';

const IMPORT_MAP = /(<script type="overridable-importmap"[^>]*>)([\s\S]*?)(<\/script>)/;

/**
 * import-map-overrides, the developers' tool for pointing one module at its dev server, served by the platform
 * itself (the plugin's default is a CDN this network cannot reach) at a versioned path, and loaded only by a
 * browser whose developer turned the dev tools on (localStorage 'otou-devtools' = 'true'): index.html's inline
 * loader either pulls it in or turns the page's overridable import map into the real one. Everyone else never
 * downloads its 16 KB.
 */
function importMapOverrides(): Plugin {
  // The package exports its server build to Node; the browser build sits beside it.
  const main = createRequire(import.meta.url).resolve('import-map-overrides');
  const file = join(dirname(main), 'import-map-overrides.js');
  const version = (JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
  const path = `/vendor/import-map-overrides@${version}/import-map-overrides.js`;
  return {
    name: 'otou-import-map-overrides',
    configureServer(server) {
      server.middlewares.use(path, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(file));
      });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        html = html.replace('__OTOU_IMO__', path);
        // On Vite's dev server the page's import map is the running platform's (runtime and scopes included),
        // so modules built in watch mode find their shared runtime.
        if (!ctx.server) return html;
        const map = await fetch(`${api}/importmap.json`).then((r) => (r.ok ? r.text() : null), () => null);
        return map ? html.replace(IMPORT_MAP, (_m, open: string, _old: string, close: string) => open + map + close) : html;
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: path.slice(1), source: readFileSync(file) });
    },
  };
}

/**
 * The shell's one lazy chunk (the admin pages) needs none of Vite's preloading: its styles are injected by its own
 * JavaScript and it imports nothing the shell has not loaded already. Unwrapping its import() lets the minifier drop
 * Vite's preload helper (≈0.3 KB compressed) from everyone's first load. A lazy chunk with a CSS file of its own would
 * lose its styles here: keep `<svelte:options css="injected" />` on lazy pages.
 */
function plainDynamicImports(): Plugin {
  const wrapped = /__vitePreload\(\(\) => (import\((['"])[^'"]+\2\)),__VITE_IS_MODERN__\?__VITE_PRELOAD__:void 0\)/g;
  return {
    name: 'otou-plain-dynamic-imports',
    apply: 'build',
    enforce: 'post',
    renderChunk(code) {
      const plain = code.replace(wrapped, '$1');
      return plain === code ? null : { code: plain, map: null };
    },
  };
}

export default defineConfig(async ({ command }) => {
  const runtime = await sharedRuntime(import.meta.dirname, command);
  const config: UserConfig = {
    plugins: [
      svelte(),
      singleSpa({
        type: 'root',
        importMaps: { type: 'overridable-importmap', dev: 'src/importMap.dev.json', build: 'src/importMap.json' },
        // Loaded by index.html's own loader, for developers only.
        imo: false,
        // The overrides panel shows only for developers who set localStorage 'otou-devtools'.
        imoUi: { variant: 'full', buttonPos: 'bottom-left', localStorageKey: 'otou-devtools' },
      }),
      importMapOverrides(),
      plainDynamicImports(),
      ...runtime.plugins,
    ],
    server: { port: Number(process.env['SHELL_PORT'] ?? 5100), strictPort: false, proxy: { '/trpc': api, '/modules': api, '/vendor': api } },
    build: { target: 'es2022', modulePreload: false },
    resolve: process.env['VITEST'] ? { conditions: ['browser'] } : {},
  };
  // vitest's own key, read only when testing.
  return Object.assign(config, { test: { environment: 'jsdom', include: ['src/**/*.test.ts'] } });
});
