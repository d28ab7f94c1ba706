import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type PocketBase from 'pocketbase';
import { manifestIssueText, moduleManifestSchema, type ModuleManifest } from '@otou/domain';
import { stableId } from '../seed/ids.ts';

/** The URL the platform serves a module's entry from when it hosts the module's build itself. */
export const hostedEntry = (name: string) => `/modules/${name}/spa.js`;

/**
 * Releases a module: records its manifest and where its entry lives. The shell picks the release up on the next
 * page load; no other module and nothing else is rebuilt.
 */
export async function releaseModule(admin: PocketBase, manifest: ModuleManifest, entry: string = hostedEntry(manifest.name)) {
  const m = moduleManifestSchema.parse(manifest);
  const id = stableId('module', m.name);
  const body = { id, name: m.name, version: m.version, entry, manifest: m };
  try {
    await admin.collection('modules').update(id, body);
  } catch {
    await admin.collection('modules').create(body);
  }
}

/**
 * The manifests of the modules built under modules/<name>/dist, each checked against the contract; only those of
 * `names` when given (a subset deployment never reads, nor trips over, the builds of modules it does not run).
 */
export async function builtManifests(modulesRoot: string, names?: readonly string[]): Promise<ModuleManifest[]> {
  const out: ModuleManifest[] = [];
  for (const name of [...(names ?? (await readdir(modulesRoot)))].sort()) {
    let raw: string;
    try {
      raw = await readFile(join(modulesRoot, name, 'dist', 'manifest.json'), 'utf8');
    } catch {
      continue; // not built
    }
    const parsed = moduleManifestSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`modules/${name}/dist/manifest.json breaks the module contract — ${parsed.error.issues.map((i) => manifestIssueText(i)).join('; ')} (build it again: pnpm --filter @otou/${name} build)`);
    out.push(parsed.data);
  }
  return out;
}

// Publishing a version (files, record, history): see releasePublish.ts.
export { publishBuilt, publishVersion, PublishRefused, readBuiltManifest, releasesDirOf, versionedEntry, type Published, type PublishOptions } from './releasePublish.ts';
