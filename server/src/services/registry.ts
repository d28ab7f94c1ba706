import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import {
  canManageModulesOf,
  apiContractProblems,
  MODULE_NAMES,
  moduleAvailability,
  moduleManifestSchema,
  type ContractProblem,
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

export interface Release {
  manifest: ModuleManifest;
  entry: string;
}

/** Reads as the platform (module_versions is for admins' tokens; a user's page still needs the versions it runs). */
export type PlatformRead = <T>(read: (pb: PocketBase) => Promise<T>) => Promise<T>;

/**
 * Every module's default version (the `modules` row: what a network without a choice of its own runs) whose stored
 * manifest is still valid, in navigation order; only the modules this deployment runs when `deployed` is given.
 */
export async function listReleases(pb: PocketBase, deployed?: ReadonlySet<ModuleName>): Promise<Release[]> {
  const rows = await pb.collection('modules').getFullList({ sort: 'name' });
  const releases: Release[] = [];
  for (const row of rows) {
    const parsed = moduleManifestSchema.safeParse(row['manifest']);
    if (parsed.success && (!deployed || deployed.has(parsed.data.name))) releases.push({ manifest: parsed.data, entry: row['entry'] as string });
  }
  return releases.sort((a, b) => a.manifest.order - b.manifest.order || a.manifest.name.localeCompare(b.manifest.name));
}

/** One network's switch and choice of version for one module (module_settings). */
export interface NetworkSetting {
  id: string;
  network: string;
  module: ModuleName;
  enabled: boolean;
  /** The version the network chose; '' while it follows the module's default. */
  active: string;
  /** The last version that mounted in a browser of the network; '' before any did. */
  lastGood: string;
  /** The optimistic counter a change names (0 while no row is stored). */
  version: number;
}

export const toSetting = (r: RecordModel): NetworkSetting => ({
  id: r.id,
  network: r['network'] as string,
  module: r['module'] as ModuleName,
  enabled: Boolean(r['enabled']),
  active: String(r['active_version'] ?? ''),
  lastGood: String(r['last_good_version'] ?? ''),
  version: Number(r['version'] ?? 0),
});

/** A filter for records whose `field` is one of `values` (each value bound, never spliced). */
export const anyOf = (pb: PocketBase, field: string, values: readonly string[]) => values.map((v) => pb.filter(`${field} = {:v}`, { v })).join(' || ');

/** The settings of the networks named (every network's with 'all'). */
export async function settingsOf(pb: PocketBase, networkIds: readonly string[] | 'all'): Promise<NetworkSetting[]> {
  if (networkIds !== 'all' && !networkIds.length) return [];
  return (await pb.collection('module_settings').getFullList({ filter: networkIds === 'all' ? '' : anyOf(pb, 'network', networkIds) })).map(toSetting);
}

const versionKey = (module: string, version: string) => `${module}@${version}`;

/** The published versions named (module_versions), by `module@version`; a name nobody published is left out. */
export async function publishedReleases(pb: PocketBase, wanted: readonly { module: string; version: string }[]): Promise<Map<string, Release>> {
  const pairs = [...new Map(wanted.filter((w) => w.version).map((w) => [versionKey(w.module, w.version), w])).values()];
  const found = new Map<string, Release>();
  if (!pairs.length) return found;
  const filter = pairs.map((w) => pb.filter('(module = {:m} && version = {:v})', { m: w.module, v: w.version })).join(' || ');
  for (const row of await pb.collection('module_versions').getFullList({ filter, fields: 'module,version,entry,manifest' })) {
    const parsed = moduleManifestSchema.safeParse(row['manifest']);
    if (parsed.success) found.set(versionKey(row['module'] as string, row['version'] as string), { manifest: parsed.data, entry: row['entry'] as string });
  }
  return found;
}

/** Whether this server serves the API a version needs, and what it lacks (a version with problems can't be activated). */
export function contractVerdict(manifest: ModuleManifest): { ok: boolean; problems: ContractProblem[] } {
  const problems = apiContractProblems(manifest.api);
  return { ok: !problems.length, problems };
}

/** What one network runs of one module: the version active there, whether it chose it, and what to fall back on. */
export interface Running {
  release: Release;
  /** The network chose this version itself (else it follows the module's default). */
  own: boolean;
  lastGood: string;
  /** The last good version, when it is another published one this server can serve; else null. */
  fallback: Release | null;
  setting: NetworkSetting | undefined;
}

/**
 * The version a network runs: its own choice when that is published, else the module's default; with the last
 * good version to fall back on. `published` holds (at least) every version the setting names.
 */
export function runningOf(defaultRelease: Release, setting: NetworkSetting | undefined, published: ReadonlyMap<string, Release>): Running {
  const name = defaultRelease.manifest.name;
  const chosen = setting?.active ? published.get(versionKey(name, setting.active)) : undefined;
  const release = chosen ?? defaultRelease;
  const lastGood = setting?.lastGood ?? '';
  const good = lastGood && lastGood !== release.manifest.version ? published.get(versionKey(name, lastGood)) : undefined;
  return { release, own: Boolean(chosen), lastGood, fallback: good && !apiContractProblems(good.manifest.api).length ? good : null, setting };
}

/** The versions these settings name (chosen and last good), to read from module_versions in one go. */
export const versionsNamedBy = (settings: readonly NetworkSetting[]) => settings.flatMap((s) => [{ module: s.module, version: s.active }, { module: s.module, version: s.lastGood }]);

/**
 * The URL the import map names for a version. A published version's path carries its version, so its files are
 * cached for good; an unversioned entry (a module served from its dist folder in development) gets it as a query.
 */
export function entryUrl(r: Release): string {
  const v = r.manifest.version;
  if (r.entry.includes(`/${v}/`)) return r.entry;
  return `${r.entry}${r.entry.includes('?') ? '&' : '?'}v=${encodeURIComponent(v)}`;
}

export interface ImportMap {
  imports: Record<string, string>;
  scopes: Record<string, Record<string, string>>;
}

/** The folder a /vendor/ file belongs to: everything up to its last name@version segment (see @otou/runtime). */
const vendorFolder = (url: string) => /^(.*@[^/]+\/)/.exec(url)?.[1] ?? url.slice(0, url.lastIndexOf('/') + 1);
const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');

/**
 * The import map of a page: where each module's code lives (the version the network runs), and the shared runtime.
 * `platform` is the runtime the shell was built against: its files are the top-level entries every module shares. A
 * module built against other versions (another Svelte minor, an older SDK) gets its own entries in a scope on its
 * folder, and each of its runtime folders gets a scope with the same entries, so that its copy of the SDK imports
 * its copy of Svelte: scopes match on the importing file's URL. `alsoLoadable` are versions the page may import by
 * URL without naming them (other networks' versions, fallbacks): they get their scopes too.
 */
export function importMapOf(releases: readonly Release[], platform?: ModuleRuntime, alsoLoadable: readonly Release[] = []): ImportMap {
  const imports: Record<string, string> = { ...platform?.imports };
  const scopes: ImportMap['scopes'] = {};
  for (const r of releases) imports[`@otou/${r.manifest.name}`] = entryUrl(r);
  for (const r of [...releases, ...alsoLoadable]) {
    const own = r.manifest.runtime?.imports ?? {};
    const differ = Object.entries(own).filter(([specifier, url]) => platform?.imports[specifier] !== url);
    if (!differ.length) continue;
    const entry = withoutQuery(r.entry);
    scopes[entry.slice(0, entry.lastIndexOf('/') + 1)] = Object.fromEntries(differ);
    for (const [, url] of differ) scopes[vendorFolder(url)] = { ...own, ...scopes[vendorFolder(url)] };
  }
  return { imports, scopes };
}

/**
 * The page's import map for a browser of `networkId` (null: no network known, e.g. before sign-in; the defaults),
 * with scopes for every version any network runs or falls back on, since the shell imports a registry entry's URL.
 * `read` reads as the platform; without it (a server started without the superuser) the page gets the defaults.
 */
export async function pageImportMap(pb: PocketBase, read: PlatformRead | null, networkId: string | null, platform: ModuleRuntime | undefined, deployed?: ReadonlySet<ModuleName>) {
  const defaults = await listReleases(pb, deployed);
  if (!read) return { map: importMapOf(defaults, platform), releases: defaults };
  const settings = await read((admin) => settingsOf(admin, 'all'));
  const published = await read((admin) => publishedReleases(admin, versionsNamedBy(settings)));
  const running = defaults.map((d) => runningOf(d, settings.find((s) => s.network === networkId && s.module === d.manifest.name), published));
  const releases = running.map((r) => r.release);
  return { map: importMapOf(releases, platform, [...defaults, ...published.values()]), releases };
}

export async function enabledModulesOf(pb: PocketBase, networkId: string): Promise<Set<ModuleName>> {
  const rows = await pb.collection('module_settings').getFullList({ filter: pb.filter('network = {:n} && enabled = true', { n: networkId }) });
  return new Set(rows.map((r) => r['module'] as ModuleName));
}

/**
 * The registry the shell builds its navigation and single-spa applications from, for one user: per module the
 * version active for the user's network (users of no network: the defaults), its last good version to fall back on,
 * and whether the user may open it.
 */
export async function registryFor(a: Pick<Actor, 'pb' | 'user' | 'superuserWrites'>, deployed?: ReadonlySet<ModuleName>): Promise<RegistryEntry[]> {
  const networkId = a.user.placement.networkId ?? null;
  const [defaults, settings] = await Promise.all([listReleases(a.pb, deployed), networkId ? settingsOf(a.pb, [networkId]) : Promise.resolve([])]);
  const published = await a.superuserWrites.read((admin) => publishedReleases(admin, versionsNamedBy(settings)));
  return defaults.map((d) => {
    const setting = settings.find((s) => s.module === d.manifest.name);
    const run = runningOf(d, setting, published);
    const { manifest } = run.release;
    const reason = moduleAvailability(manifest, { role: a.user.role, level: a.user.placement.level }, Boolean(setting?.enabled));
    return {
      name: manifest.name,
      version: manifest.version,
      route: manifest.route,
      labels: manifest.labels,
      order: manifest.order,
      entry: entryUrl(run.release),
      fallback: run.fallback ? entryUrl(run.fallback) : null,
      fallbackVersion: run.fallback?.manifest.version ?? null,
      // A user of no network has no network's last good version to confirm.
      confirmed: !networkId || run.lastGood === manifest.version,
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
