import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import singleSpa from 'vite-plugin-single-spa';
import type { ConfigEnv, Plugin, UserConfig } from 'vite';
import { manifestIssueText, moduleManifestSchema, type ModuleManifest } from '@otou/domain';
import { sharedRuntime, type Runtime } from '@otou/runtime/vite';

export interface ModuleBuildOptions {
  manifest: ModuleManifest;
  /** The module's own dev server port (for pointing the shell at it with import-map-overrides). */
  port: number;
  /** The module package's folder (the vite.config.ts's dirname). */
  root: string;
  /**
   * The public path the module's files are served from. By default a build finds its chunks relative to its own
   * entry (import.meta.url), so the same files work at /modules/<name>/ and at a published version's
   * /modules/<name>/<version>/; the dev server serves at /modules/<name>/.
   */
  base?: string;
}

/**
 * Writes dist/manifest.json, what the release step registers with the server: the manifest checked against the
 * contract here, in Node, plus the shared runtime the build was made against.
 */
function emitManifest(manifest: ModuleManifest, runtime: Runtime | undefined): Plugin {
  return {
    name: 'otou-module-manifest',
    generateBundle() {
      const checked = moduleManifestSchema.safeParse({ ...manifest, runtime });
      if (!checked.success) this.error(`src/manifest.ts breaks the module contract — ${checked.error.issues.map((i) => manifestIssueText(i)).join('; ')}`);
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: JSON.stringify(checked.data, null, 2) + '\n' });
    },
  };
}

/**
 * The one Vite configuration every module uses, so the modules build the same way: src/spa.ts → dist/spa.js
 * exporting the single-spa lifecycles, component CSS injected by the component itself, the shared runtime
 * (Svelte, TanStack Query, the SDK, the UI kit) left to the import map and carried in dist/vendor/, and
 * dist/manifest.json recording the runtime's exact versions for the release step. Components are compiled by the
 * module's own Svelte (a module may pin another version than the platform's).
 */
export function defineModuleConfig({ manifest, port, root, base }: ModuleBuildOptions) {
  return async ({ command }: ConfigEnv): Promise<UserConfig> => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    if (pkg.version !== manifest.version) throw new Error(`manifest version ${manifest.version} differs from package.json ${pkg.version}`);
    const runtime = await sharedRuntime(root, command);
    const config: UserConfig = {
      root,
      base: base ?? (command === 'build' ? './' : `/modules/${manifest.name}/`),
      plugins: [
        runtime.svelte({ compilerOptions: { css: 'injected' } }),
        singleSpa({ type: 'mife', serverPort: port, spaEntryPoints: 'src/spa.ts', cssStrategy: 'none', projectId: `otou-${manifest.name}` }),
        ...runtime.plugins,
        ...(command === 'build' ? [emitManifest(manifest, runtime.runtime)] : []),
      ],
      build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
      resolve: process.env['VITEST'] ? { conditions: ['browser'] } : {},
    };
    // vitest's own key, read only when testing the module's components.
    return Object.assign(config, { test: { environment: 'jsdom', include: ['src/**/*.test.ts'] } });
  };
}
