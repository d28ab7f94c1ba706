import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import singleSpa from 'vite-plugin-single-spa';

const IMO_PATH = '/vendor/import-map-overrides.js';

/**
 * Serves import-map-overrides from the platform itself (the plugin's default is a CDN this network cannot reach),
 * so a module team can point one module at its dev server from the browser.
 */
function localImportMapOverrides(): Plugin {
  // The package exports its server build to Node; the browser build sits beside it.
  const file = join(dirname(createRequire(import.meta.url).resolve('import-map-overrides')), 'import-map-overrides.js');
  return {
    name: 'otou-local-import-map-overrides',
    configureServer(server) {
      server.middlewares.use(IMO_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: IMO_PATH.slice(1), source: readFileSync(file) });
    },
  };
}

// In `pnpm dev` the platform server (API and module builds) runs on OTOU_API; the shell proxies to it.
const api = process.env['OTOU_API'] ?? 'http://127.0.0.1:8080';

const config: UserConfig = {
  plugins: [
    svelte(),
    singleSpa({
      type: 'root',
      importMaps: { type: 'overridable-importmap', dev: 'src/importMap.dev.json', build: 'src/importMap.json' },
      imo: () => IMO_PATH,
      // The overrides panel shows only for developers who set localStorage 'otou-devtools'.
      imoUi: { variant: 'full', buttonPos: 'bottom-left', localStorageKey: 'otou-devtools' },
    }),
    localImportMapOverrides(),
  ],
  server: { port: Number(process.env['SHELL_PORT'] ?? 5100), strictPort: false, proxy: { '/trpc': api, '/modules': api } },
  build: { target: 'es2022', sourcemap: true },
  resolve: process.env['VITEST'] ? { conditions: ['browser'] } : {},
};

// vitest's own key, read only when testing.
export default defineConfig(Object.assign(config, { test: { environment: 'jsdom', include: ['src/**/*.test.ts'] } }));
