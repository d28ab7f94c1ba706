import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { precompressDir } from './compress.ts';

/**
 * The shared browser runtime: the libraries every module uses, built once per exact version as ESM under
 * /vendor/ and handed out by the import map. Everything that imports Svelte is compiled against one Svelte and
 * lives under that Svelte's folder, because Svelte's internal API changes between minors and import-map scopes
 * match on the importing file's URL:
 *
 *   /vendor/svelte@5.57.3/index.js, internal/client.js, store.js, …   every browser subpath of the package
 *   /vendor/svelte@5.57.3/@tanstack/svelte-query@6.3.6/index.js       (Query core bundled in)
 *   /vendor/svelte@5.57.3/@otou/ui@0.1.0+<inputs hash>/index.js      (components with css: 'injected')
 *   /vendor/svelte@5.57.3/@otou/sdk@0.1.0+<inputs hash>/index.js     (the tRPC client bundled in, tree-shaken)
 *
 * Workspace packages carry a hash of their inputs next to their version: their version does not move on every
 * change, and a URL under /vendor/ must never change meaning.
 */

/** A package of the runtime other than Svelte itself, in dependency order (each may import the ones before it). */
const LIBRARIES = ['@tanstack/svelte-query', '@otou/ui', '@otou/sdk'] as const;

export interface Runtime {
  /** The exact version of each runtime package the build resolved, e.g. { svelte: '5.57.3', '@otou/sdk': '0.1.0+1a2b3c4d' }. */
  versions: Record<string, string>;
  /** Import-map entries: bare specifier → URL under /vendor/. */
  imports: Record<string, string>;
}

interface Resolved {
  name: string;
  version: string;
  dir: string;
  /** Entry points: output name (without .js) → source file. */
  entries: Record<string, string>;
  /** The folder under /vendor/ (no leading or trailing slash). */
  folder: string;
}

/** Whether a bare import is served by the shared runtime (and so stays external to shell and module builds). */
export function isRuntimeSpecifier(id: string): boolean {
  return id === 'svelte' || id.startsWith('svelte/') || (LIBRARIES as readonly string[]).includes(id);
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;

/** A package's folder as Node would find it from `from` (its node_modules, then the parents'), links resolved. */
function packageDir(name: string, from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', ...name.split('/'));
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) throw new Error(`cannot find ${name} from ${from}`);
  }
}

/** The file an exports entry points to in the browser (or the default), or null for types-only entries. */
function browserFile(target: unknown): string | null {
  if (typeof target === 'string') return /\.d\.ts$/.test(target) ? null : target;
  if (target && typeof target === 'object') {
    const t = target as Record<string, unknown>;
    for (const cond of ['browser', 'svelte', 'import', 'default']) if (cond in t) return browserFile(t[cond]);
  }
  return null;
}

/**
 * Every subpath of the Svelte package a browser may import (not the compiler, the server renderer or types):
 * the whole package, because a module released next month may import a subpath no module imports today.
 */
function svelteEntries(dir: string): Record<string, string> {
  const exports = readJson(join(dir, 'package.json'))['exports'] as Record<string, unknown>;
  const entries: Record<string, string> = {};
  for (const [key, target] of Object.entries(exports)) {
    if (/compiler|server|package\.json|^\.\/internal$|\.d\.ts$|^\.\/src\//.test(key)) continue;
    const file = browserFile(target);
    if (!file || !/\.js$/.test(file)) continue;
    entries[key === '.' ? 'index' : key.slice(2)] = join(dir, file);
  }
  return entries;
}

/** Files that make up a workspace package's build inputs (sources, configs), for its content hash. */
function inputFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!/\.test\.ts$/.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * A workspace package's version plus a hash of everything its vendor build reads: its own files, those of the
 * workspace packages it depends on (bundled in), the exact versions of its npm dependencies and of Svelte.
 */
function workspaceVersion(dir: string, svelteVersion: string): string {
  const hash = createHash('sha256').update(`svelte@${svelteVersion}\n`);
  const seen = new Set<string>();
  const visit = (d: string) => {
    if (seen.has(d)) return;
    seen.add(d);
    const pkg = readJson(join(d, 'package.json'));
    for (const f of inputFiles(d)) hash.update(`${relative(d, f)}\n`).update(readFileSync(f));
    for (const [dep, range] of Object.entries<string>(pkg['dependencies'] ?? {})) {
      const depDir = packageDir(dep, d);
      if (String(range).startsWith('workspace:')) visit(depDir);
      else hash.update(`${dep}@${readJson(join(depDir, 'package.json'))['version']}\n`);
    }
  };
  visit(dir);
  return `${readJson(join(dir, 'package.json'))['version']}+${hash.digest('hex').slice(0, 8)}`;
}

/** The runtime packages as a package at `root` resolves them (its Svelte, its Query, its SDK and UI kit). */
export function resolveRuntime(root: string): Resolved[] {
  const svelteDir = packageDir('svelte', root);
  const svelteVersion = readJson(join(svelteDir, 'package.json'))['version'] as string;
  const svelteFolder = `svelte@${svelteVersion}`;
  const out: Resolved[] = [{ name: 'svelte', version: svelteVersion, dir: svelteDir, entries: svelteEntries(svelteDir), folder: svelteFolder }];
  for (const name of LIBRARIES) {
    let dir: string;
    try {
      dir = packageDir(name, root);
    } catch {
      continue; // a package that does not use this library has no entry for it
    }
    const pkg = readJson(join(dir, 'package.json'));
    // A workspace package resolves to its own folder (pnpm links it), an npm package into node_modules.
    const workspace = !dir.split(sep).includes('node_modules');
    const version = workspace ? workspaceVersion(dir, svelteVersion) : (pkg['version'] as string);
    const file = browserFile(pkg['exports']?.['.'] ?? pkg['svelte'] ?? pkg['module'] ?? pkg['main']);
    if (!file) throw new Error(`${name} has no browser entry`);
    out.push({ name, version, dir, entries: { index: join(dir, file) }, folder: `${svelteFolder}/${name}@${version}` });
  }
  return out;
}

/** The import-map entries and versions of a resolved runtime. */
export function runtimeOf(resolved: Resolved[]): Runtime {
  const versions: Record<string, string> = {};
  const imports: Record<string, string> = {};
  for (const r of resolved) {
    versions[r.name] = r.version;
    for (const entry of Object.keys(r.entries)) {
      const specifier = entry === 'index' ? r.name : `${r.name}/${entry}`;
      imports[specifier] = `/vendor/${r.folder}/${entry}.js`;
    }
  }
  return { versions, imports };
}

function workspaceRoot(from: string): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir);
    if (up === dir) return resolve(from);
    dir = up;
  }
  return dir;
}

/** This builder's own code: a change to how the runtime is built must not reuse folders built the old way. */
const builder = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(readFileSync(fileURLToPath(new URL('./compress.ts', import.meta.url))))
  .digest('hex')
  .slice(0, 8);

/** Where built runtime folders are kept between builds, keyed by the builder and their /vendor/ folder. */
export const cacheDir = (root: string) => join(workspaceRoot(root), 'node_modules', '.cache', 'otou-runtime', builder);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `build` into `final` unless `final` exists. The shell and the modules build in parallel and want the same
 * folders: the first takes a lock (an atomic mkdir), the others wait for its result; a build goes to a temporary
 * folder renamed into place, so a half-written folder is never seen.
 */
async function once(final: string, build: (into: string) => Promise<void>) {
  const lock = `${final}.lock`;
  for (;;) {
    if (existsSync(final)) return;
    mkdirSync(dirname(final), { recursive: true });
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another build holds the lock; a lock older than five minutes belongs to a build that died.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
    }
  }
  const tmp = `${final}.tmp-${process.pid}`;
  try {
    if (existsSync(final)) return;
    rmSync(tmp, { recursive: true, force: true });
    await build(tmp);
    precompressDir(tmp);
    renameSync(tmp, final);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(lock, { recursive: true, force: true });
  }
}

// Node's own import(): this file runs inside Vite's config loader (`--configLoader runner`), whose module runner
// is closed by the time the config function runs and would refuse a dynamic import of its own.
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

/** The Vite and vite-plugin-svelte a package resolves (so its Svelte compiles its components). */
export interface BuildTools {
  vite: typeof import('vite');
  svelte: (options?: { configFile?: false; compilerOptions?: { css?: 'injected' | 'external' } }) => Plugin[];
}

/**
 * Loads the vite and vite-plugin-svelte that `root` resolves. pnpm installs the plugin once per Svelte version
 * (Svelte is its peer), and the plugin compiles with that Svelte: a module pinned to another Svelte must be
 * compiled, and have its runtime compiled, by its own.
 */
export async function loadBuildTools(root: string): Promise<BuildTools> {
  const entryOf = (name: string) => {
    const dir = packageDir(name, root);
    const exp = readJson(join(dir, 'package.json'))['exports']['.'];
    return pathToFileURL(join(dir, typeof exp === 'string' ? exp : (exp.import?.default ?? exp.import ?? exp.default))).href;
  };
  const vite = (await nativeImport(entryOf('vite'))) as BuildTools['vite'];
  const { svelte } = (await nativeImport(entryOf('@sveltejs/vite-plugin-svelte'))) as Pick<BuildTools, 'svelte'>;
  return { vite, svelte };
}

async function buildPackage(r: Resolved, { vite, svelte }: BuildTools, into: string) {
  const own = r.name;
  await vite.build({
    configFile: false,
    root: r.dir,
    mode: 'production',
    logLevel: 'warn',
    plugins: [svelte({ configFile: false, compilerOptions: { css: 'injected' } })],
    build: {
      outDir: into,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: 'hidden',
      modulePreload: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      rollupOptions: {
        input: r.entries,
        preserveEntrySignatures: 'strict',
        external: (id) => isRuntimeSpecifier(id) && id !== own && !(own === 'svelte' && id.startsWith('svelte/')),
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
}

/**
 * Makes sure every folder of the runtime that `root` resolves is built (once per exact version, kept in the
 * cache) and returns the runtime's versions and import-map entries.
 */
export async function ensureRuntime(root: string, tools: BuildTools): Promise<{ runtime: Runtime; folders: { folder: string; dir: string }[] }> {
  const resolved = resolveRuntime(root);
  const cache = cacheDir(root);
  const folders = [];
  for (const r of resolved) {
    const dir = join(cache, ...r.folder.split('/'));
    await once(dir, (into) => buildPackage(r, tools, into));
    folders.push({ folder: r.folder, dir });
  }
  return { runtime: runtimeOf(resolved), folders };
}

/**
 * Copies the runtime's folders into a build's dist/vendor/: a module's build carries the runtime it was built
 * against, so releasing it alone (with another Svelte, say) brings that runtime along. Only the package's own
 * files are copied; the folders of the packages nested under Svelte's are copied in their own right.
 */
export function copyRuntime(folders: { folder: string; dir: string }[], outDir: string) {
  for (const { folder, dir } of folders) {
    const target = join(outDir, 'vendor', ...folder.split('/'));
    mkdirSync(target, { recursive: true });
    for (const name of readdirSync(dir)) {
      if (name.startsWith('@') || /\.(lock|tmp-\d+)$/.test(name)) continue; // nested packages, in-progress builds
      cpSync(join(dir, name), join(target, name), { recursive: true, preserveTimestamps: true });
    }
  }
}
