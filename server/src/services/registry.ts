import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import {
  canManageModulesOf,
  MODULE_NAMES,
  moduleAvailability,
  moduleManifestSchema,
  type ModuleManifest,
  type ModuleName,
  type ModuleRuntime,
  type RegistryEntry,
} from '@otou/domain';
import type { Actor } from '../context.ts';
import { appError, conflictError } from '../errors.ts';
import { isoFromPb } from '../pocketbase/dates.ts';
import { VersionConflict } from '../pocketbase/superuserWrites.ts';
import { settingId } from '../seed/demo.ts';
import type { SessionUser } from '../session.ts';

export interface Release {
  manifest: ModuleManifest;
  entry: string;
}

/** Every released module whose stored manifest is still valid, in navigation order. */
export async function listReleases(pb: PocketBase): Promise<Release[]> {
  const rows = await pb.collection('modules').getFullList({ sort: 'name' });
  const releases: Release[] = [];
  for (const row of rows) {
    const parsed = moduleManifestSchema.safeParse(row['manifest']);
    if (parsed.success) releases.push({ manifest: parsed.data, entry: row['entry'] as string });
  }
  return releases.sort((a, b) => a.manifest.order - b.manifest.order || a.manifest.name.localeCompare(b.manifest.name));
}

export interface ImportMap {
  imports: Record<string, string>;
  scopes: Record<string, Record<string, string>>;
}

/** The folder a /vendor/ file belongs to: everything up to its last name@version segment (see @otou/runtime). */
const vendorFolder = (url: string) => /^(.*@[^/]+\/)/.exec(url)?.[1] ?? url.slice(0, url.lastIndexOf('/') + 1);
const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');

/**
 * The import map of the deployment: where each module's code lives (with its version to bust caches), and the
 * shared runtime. `platform` is the runtime the shell was built against: its files are the top-level entries every
 * module shares. A module built against other versions (another Svelte minor, an older SDK) gets its own entries
 * in a scope on its folder, and each of its runtime folders gets a scope with the same entries, so that its copy
 * of the SDK imports its copy of Svelte: scopes match on the importing file's URL.
 */
export function importMapOf(releases: Release[], platform?: ModuleRuntime): ImportMap {
  const imports: Record<string, string> = { ...platform?.imports };
  const scopes: ImportMap['scopes'] = {};
  for (const r of releases) {
    const sep = r.entry.includes('?') ? '&' : '?';
    imports[`@otou/${r.manifest.name}`] = `${r.entry}${sep}v=${encodeURIComponent(r.manifest.version)}`;
  }
  for (const r of releases) {
    const own = r.manifest.runtime?.imports ?? {};
    const differ = Object.entries(own).filter(([specifier, url]) => platform?.imports[specifier] !== url);
    if (!differ.length) continue;
    const entry = withoutQuery(r.entry);
    scopes[entry.slice(0, entry.lastIndexOf('/') + 1)] = Object.fromEntries(differ);
    for (const [, url] of differ) scopes[vendorFolder(url)] = { ...own, ...scopes[vendorFolder(url)] };
  }
  return { imports, scopes };
}

export async function enabledModulesOf(pb: PocketBase, networkId: string): Promise<Set<ModuleName>> {
  const rows = await pb.collection('module_settings').getFullList({ filter: pb.filter('network = {:n} && enabled = true', { n: networkId }) });
  return new Set(rows.map((r) => r['module'] as ModuleName));
}

/** The registry the shell builds its navigation and single-spa applications from, for one user. */
export async function registryFor(pb: PocketBase, user: SessionUser): Promise<RegistryEntry[]> {
  const [releases, enabled] = await Promise.all([
    listReleases(pb),
    user.placement.networkId ? enabledModulesOf(pb, user.placement.networkId) : Promise.resolve(new Set<ModuleName>()),
  ]);
  const map = importMapOf(releases).imports;
  return releases.map(({ manifest }) => {
    const reason = moduleAvailability(manifest, { role: user.role, level: user.placement.level }, enabled.has(manifest.name));
    return {
      name: manifest.name,
      version: manifest.version,
      route: manifest.route,
      labels: manifest.labels,
      order: manifest.order,
      entry: map[`@otou/${manifest.name}`]!,
      available: reason === null,
      reason,
    };
  });
}

export interface MatrixRow {
  network: { id: string; code: string; name_th: string; name_en: string };
  /** `changed` is when an administrator last switched it; null while it is as the programme set it up. */
  /** `version` is what a switch names to change it (0 while nobody has stored one). */
  modules: Record<ModuleName, { enabled: boolean; changed: string | null; version: number }>;
}

/** Networks × modules with their switch, for the networks this admin may manage. */
export async function moduleMatrix(pb: PocketBase, networkIds: string[] | 'all'): Promise<{ modules: ModuleManifest[]; rows: MatrixRow[] }> {
  const filter = networkIds === 'all' ? '' : networkIds.map((_, i) => `id = {:n${i}}`).join(' || ');
  const params = Object.fromEntries((networkIds === 'all' ? [] : networkIds).map((id, i) => [`n${i}`, id]));
  const [networks, settings, releases] = await Promise.all([
    pb.collection('networks').getFullList({ filter: filter ? pb.filter(filter, params) : '', sort: 'order,code' }),
    pb.collection('module_settings').getFullList(),
    listReleases(pb),
  ]);
  const byKey = new Map<string, RecordModel>(settings.map((s) => [`${s['network']}/${s['module']}`, s]));
  const rows = networks.map((n) => ({
    network: { id: n.id, code: n['code'] as string, name_th: n['name_th'] as string, name_en: n['name_en'] as string },
    modules: Object.fromEntries(
      MODULE_NAMES.map((m) => {
        const s = byKey.get(`${n.id}/${m}`);
        return [m, { enabled: Boolean(s?.['enabled']), changed: s?.['changed_by'] ? isoFromPb(s['updated']) : null, version: Number(s?.['version'] ?? 0) }];
      }),
    ) as MatrixRow['modules'],
  }));
  return { modules: releases.map((r) => r.manifest), rows };
}

async function storedSetting(pb: PocketBase, networkId: string, module: ModuleName) {
  const existing = await pb.collection('module_settings').getList(1, 1, { filter: pb.filter('network = {:n} && module = {:m}', { n: networkId, m: module }) });
  return existing.items[0];
}

/**
 * Switches a module for a network, from the version the admin saw, signed with the admin's id. The caller must be
 * allowed to manage that network (checked here, before anything is written as the platform).
 * @throws AppError FORBIDDEN for another network, CONFLICT (with the switch as stored now) when it changed meanwhile
 */
export async function setModuleEnabled(a: Actor, { networkId, module, enabled, version }: { networkId: string; module: ModuleName; enabled: boolean; version: number }) {
  if (!canManageModulesOf(a.user, networkId)) throw appError('FORBIDDEN', 'error.moduleAdminOwnNetwork');
  const conflict = (row: RecordModel | undefined) => conflictError(Number(row?.['version'] ?? 0), { enabled: Boolean(row?.['enabled']) });
  const row = await storedSetting(a.pb, networkId, module);
  if (Number(row?.['version'] ?? 0) !== version) throw conflict(row);
  const batch = a.superuserWrites.batch();
  // One id per network and module: of two admins creating the switch at once, the second conflicts.
  if (row) batch.update('module_settings', row.id, { enabled, changed_by: a.user.id }, { version });
  else batch.create('module_settings', { id: settingId(networkId, module), network: networkId, module, enabled, changed_by: a.user.id });
  try {
    await batch.send();
  } catch (e) {
    if (e instanceof VersionConflict) throw conflict(await storedSetting(a.pb, networkId, module));
    throw e;
  }
  return { networkId, module, enabled };
}
