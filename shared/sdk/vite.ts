import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import singleSpa from 'vite-plugin-single-spa';
import type { Plugin, UserConfig } from 'vite';
import type { ModuleManifest } from '@otou/domain';

export interface ModuleBuildOptions {
  manifest: ModuleManifest;
  /** The module's own dev server port (for pointing the shell at it with import-map-overrides). */
  port: number;
  /** The module package's folder (the vite.config.ts's dirname). */
  root: string;
}

/** Writes dist/manifest.json: what the release step registers with the server. */
function emitManifest(manifest: ModuleManifest): Plugin {
  return {
    name: 'otou-module-manifest',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: JSON.stringify(manifest, null, 2) + '\n' });
    },
  };
}

/**
 * The one Vite configuration every module uses, so the five modules build the same way: src/spa.ts → dist/spa.js
 * exporting the single-spa lifecycles, Svelte bundled in (a module released on its own never depends on the
 * Svelte version of the shell or of another module), component CSS injected by the component itself, and
 * dist/manifest.json for the release step.
 */
export function defineModuleConfig({ manifest, port, root }: ModuleBuildOptions): UserConfig {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  if (pkg.version !== manifest.version) throw new Error(`manifest version ${manifest.version} differs from package.json ${pkg.version}`);
  const config: UserConfig = {
    root,
    base: `/modules/${manifest.name}/`,
    plugins: [
      svelte({ compilerOptions: { css: 'injected' } }),
      singleSpa({ type: 'mife', serverPort: port, spaEntryPoints: 'src/spa.ts', cssStrategy: 'none', projectId: `otou-${manifest.name}` }),
      emitManifest(manifest),
    ],
    build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, sourcemap: true },
    resolve: process.env['VITEST'] ? { conditions: ['browser'] } : {},
  };
  // vitest's own key, read only when testing the module's components.
  return Object.assign(config, { test: { environment: 'jsdom', include: ['src/**/*.test.ts'] } });
}
