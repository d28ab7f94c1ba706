import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { precompress } from './compress.ts';
import { copyRuntime, ensureRuntime, isRuntimeSpecifier, loadBuildTools, type BuildTools, type Runtime } from './runtime.ts';

export { precompress } from './compress.ts';
export type { Runtime } from './runtime.ts';

export interface SharedRuntime {
  /** The plugins to add to the build (the runtime and the precompression of dist/); none when not building. */
  plugins: Plugin[];
  /** The runtime the build is made against (undefined when not building). */
  runtime: Runtime | undefined;
  /** The package's own vite-plugin-svelte (compiling with the package's Svelte). */
  svelte: BuildTools['svelte'];
}

/**
 * Makes a build (the shell or a module) use the shared runtime: Svelte, TanStack Query, the SDK and the UI kit
 * stay external (bare imports the import map resolves), the runtime this package resolves is built if missing and
 * copied into dist/vendor/, dist/runtime.json records it, and a bare import the runtime does not serve fails the
 * build instead of failing in the browser. Source maps are written but not linked, so browsers never fetch them.
 * Only for `vite build`: the dev server and vitest keep resolving everything themselves. Call it from the Vite
 * config (async), with the command Vite passes.
 */
export async function sharedRuntime(root: string, command: 'build' | 'serve'): Promise<SharedRuntime> {
  const tools = await loadBuildTools(root);
  if (command !== 'build') return { plugins: [], runtime: undefined, svelte: tools.svelte };
  const { runtime, folders } = await ensureRuntime(root, tools);
  let outDir = '';
  const plugin: Plugin = {
    name: 'otou-shared-runtime',
    config: () => ({ build: { sourcemap: 'hidden', rollupOptions: { external: (id: string) => isRuntimeSpecifier(id) } } }),
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const missing = chunk.imports.filter((i) => isRuntimeSpecifier(i) && !(i in runtime.imports));
        if (missing.length) this.error(`${chunk.fileName} imports ${missing.join(', ')}, which the shared runtime does not serve`);
      }
      this.emitFile({ type: 'asset', fileName: 'runtime.json', source: JSON.stringify(runtime, null, 2) + '\n' });
    },
    closeBundle() {
      copyRuntime(folders, outDir);
    },
  };
  return { plugins: [plugin, precompress()], runtime, svelte: tools.svelte };
}
