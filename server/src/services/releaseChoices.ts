import type PocketBase from 'pocketbase';
import { ClientResponseError, type RecordModel } from 'pocketbase';
import {
  canManageModulesOf,
  compareVersions,
  apiContractProblems,
  isVersion,
  moduleManifestSchema,
  translateRelease,
  type ActivateVersionInput,
  type ContractProblem,
  type ModuleName,
} from '@otou/domain';
import type { Actor } from '../context.ts';
import { appError, conflictError, fieldError } from '../errors.ts';
import { isoFromPb } from '../pocketbase/dates.ts';
import { VersionConflict } from '../pocketbase/superuserWrites.ts';
import { settingId } from '../seed/demo.ts';
import { stableId } from '../seed/ids.ts';
import { anyOf, contractVerdict, listReleases, publishedReleases, runningOf, settingsOf, versionsNamedBy, type NetworkSetting, type Release } from './registry.ts';

export interface NetworkRef {
  id: string;
  code: string;
  name_th: string;
  name_en: string;
}

const toNetwork = (n: RecordModel): NetworkRef => ({ id: n.id, code: n['code'] as string, name_th: n['name_th'] as string, name_en: (n['name_en'] as string) || '' });

/** The networks whose versions this admin chooses: every network for the central admin, their own for a network admin. */
export async function managedNetworks(a: Pick<Actor, 'pb' | 'user'>): Promise<NetworkRef[]> {
  const u = a.user;
  if (u.role !== 'central_admin' && !u.placement.networkId) return [];
  const filter = u.role === 'central_admin' ? '' : a.pb.filter('id = {:n}', { n: u.placement.networkId! });
  return (await a.pb.collection('networks').getFullList({ filter, sort: 'order,code' })).map(toNetwork);
}

/** Names of the users named (published_by, actor), read as the platform: a user's token reads only its own record. */
async function namesOf(a: Actor, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter(Boolean))];
  if (!wanted.length) return new Map();
  const rows = await a.superuserWrites.read((pb) => pb.collection('users').getFullList({ filter: anyOf(pb, 'id', wanted), fields: 'id,name,email' }));
  return new Map(rows.map((r) => [r.id, (r['name'] as string) || (r['email'] as string)]));
}

export interface PublishedVersion {
  version: string;
  publishedAt: string | null;
  /** Who published it; null for the release script (`pnpm release`, the platform's start). */
  publishedBy: string | null;
  note: string;
  /** Whether this server serves the API the version needs, and what it lacks: a version with problems can't be activated. */
  contract: { ok: boolean; problems: ContractProblem[] };
}

/** A module's published versions, newest first. */
export async function publishedVersions(a: Actor, module: ModuleName): Promise<PublishedVersion[]> {
  // Every module admin reads every published version (module_versions' rule); read as the platform all the same,
  // since PocketBase holds back a caller's filtered list that comes back empty for up to half a second.
  const rows = await a.superuserWrites.read((pb) => pb.collection('module_versions').getFullList({ filter: pb.filter('module = {:m}', { m: module }) }));
  // A row whose manifest no longer meets the contract is no version anyone can run (publishedReleases skips it too).
  const valid = rows.flatMap((r) => {
    const parsed = moduleManifestSchema.safeParse(r['manifest']);
    return parsed.success && isVersion(r['version']) ? [{ row: r, manifest: parsed.data }] : [];
  });
  const names = await namesOf(a, valid.map((v) => v.row['published_by'] as string));
  return valid
    .sort((x, y) => compareVersions(y.row['version'] as string, x.row['version'] as string))
    .map(({ row, manifest }) => ({
      version: row['version'] as string,
      publishedAt: isoFromPb(row['created']),
      publishedBy: names.get(row['published_by'] as string) ?? null,
      note: (row['note'] as string) ?? '',
      contract: contractVerdict(manifest),
    }));
}

/**
 * The counter of a module's default, which activating a default names as `expected`: how many times an admin has
 * changed it (its activate and rollback rows of no network). The history row of the next change takes an id made
 * from the module and the next count, so of two admins changing the default from the same count, the second's
 * batch fails on that id and nothing of it is written.
 */
async function defaultCounts(a: Actor): Promise<Map<string, number>> {
  const rows = await a.superuserWrites.read((pb) => pb.collection('module_history').getFullList({ filter: "network = '' && kind != 'publish'", fields: 'module' }));
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r['module'] as string, (counts.get(r['module'] as string) ?? 0) + 1);
  return counts;
}
const defaultChangeId = (module: string, count: number) => stableId('module_default_change', `${module}/${count}`);

export interface ReleaseState {
  name: ModuleName;
  labels: { th: string; en: string };
  /** What every network without a choice of its own runs; `settingVersion` is what activating a default names. */
  default: { version: string; settingVersion: number };
  networks: (NetworkRef & { networkId: string; active: string; own: boolean; lastGood: string | null; settingVersion: number })[];
}

/** Per module, the default version and the version each network this admin manages runs. */
export async function releaseState(a: Actor, deployed?: ReadonlySet<ModuleName>): Promise<ReleaseState[]> {
  const networks = await managedNetworks(a);
  const [defaults, settings, counts] = await Promise.all([listReleases(a.pb, deployed), settingsOf(a.pb, networks.map((n) => n.id)), defaultCounts(a)]);
  const published = await a.superuserWrites.read((pb) => publishedReleases(pb, versionsNamedBy(settings)));
  return defaults.map((d) => {
    const name = d.manifest.name;
    return {
      name,
      labels: d.manifest.labels,
      default: { version: d.manifest.version, settingVersion: counts.get(name) ?? 0 },
      networks: networks.map((n) => {
        const setting = settings.find((s) => s.network === n.id && s.module === name);
        const run = runningOf(d, setting, published);
        return { ...n, networkId: n.id, active: run.release.manifest.version, own: run.own, lastGood: run.lastGood || null, settingVersion: setting?.version ?? 0 };
      }),
    };
  });
}

/** The contract problems of a version, as one sentence in the caller's language (router, wanted, served). */
function problemsText(a: Actor, problems: ContractProblem[]): string {
  return problems
    .map((p) =>
      p.served === null
        ? translateRelease(a.locale, 'release.contractMissing', { router: p.router, wanted: p.wanted })
        : translateRelease(a.locale, 'release.contractProblem', { router: p.router, wanted: p.wanted, served: p.served }),
    )
    .join('; ');
}

/** The published version an activation names, refused at the field when unknown or when this server can't serve it. */
async function activatable(a: Actor, module: ModuleName, version: string): Promise<Release> {
  const target = (await a.superuserWrites.read((pb) => publishedReleases(pb, [{ module, version }]))).get(`${module}@${version}`);
  if (!target) throw fieldError([{ field: 'version', key: 'release.unknownVersion', params: { module, version } }]);
  const problems = apiContractProblems(target.manifest.api);
  if (problems.length) throw fieldError([{ field: 'version', key: 'release.contract', params: { module, version, problems: problemsText(a, problems) } }]);
  return target;
}

export interface Activation {
  module: ModuleName;
  networkId: string | null;
  kind: 'activate' | 'rollback';
  from: string;
  to: string;
}

/**
 * Makes a published version the one a network runs (networkId null: the module's default, for every network without
 * a choice of its own; central admin only), from the counter the admin saw, with a reason kept in the history.
 * Choosing an older version than the one running is recorded as a rollback. The outgoing version becomes the
 * network's last good one if none has been confirmed yet, so browsers have something to fall back on.
 * @throws AppError FORBIDDEN for a network (or the default) the admin does not manage; CONFLICT (with the current
 *   values) when it changed since; BAD_REQUEST at `version` for an unknown version or one whose contract this server
 *   does not serve
 */
export async function activateVersion(a: Actor, input: ActivateVersionInput): Promise<Activation> {
  const { module, networkId, version, expected } = input;
  const reason = input.reason.trim();
  if (networkId === null ? a.user.role !== 'central_admin' : !canManageModulesOf(a.user, networkId)) throw appError('FORBIDDEN', 'error.moduleAdminOwnNetwork');
  return networkId === null ? activateDefault(a, module, version, reason, expected) : activateForNetwork(a, networkId, module, version, reason, expected);
}

async function networkNow(a: Actor, networkId: string, module: ModuleName) {
  const [defaults, settings] = await Promise.all([listReleases(a.pb), settingsOf(a.pb, [networkId])]);
  const fallbackDefault = defaults.find((d) => d.manifest.name === module);
  const setting = settings.find((s) => s.module === module);
  const published = await a.superuserWrites.read((pb) => publishedReleases(pb, versionsNamedBy(setting ? [setting] : [])));
  const run = fallbackDefault ? runningOf(fallbackDefault, setting, published) : null;
  const current = { active: run?.release.manifest.version ?? null, own: run?.own ?? false, lastGood: setting?.lastGood || null };
  return { setting, outgoing: run?.release.manifest.version ?? null, conflict: () => conflictError(setting?.version ?? 0, current) };
}

async function activateForNetwork(a: Actor, networkId: string, module: ModuleName, version: string, reason: string, expected: number): Promise<Activation> {
  const now = await networkNow(a, networkId, module);
  if ((now.setting?.version ?? 0) !== expected) throw now.conflict();
  await activatable(a, module, version);
  // A module no version of which was ever released has nothing running to come from.
  if (!now.outgoing) throw fieldError([{ field: 'version', key: 'release.unknownVersion', params: { module, version } }]);
  const from = now.outgoing;
  const kind = compareVersions(version, from) < 0 ? 'rollback' : 'activate';
  const setting: NetworkSetting | undefined = now.setting;
  const batch = a.superuserWrites.batch();
  if (setting) batch.update('module_settings', setting.id, { active_version: version, last_good_version: setting.lastGood || from }, { version: expected });
  // One id per network and module: of two admins creating the setting at once, the second conflicts. A network
  // without a setting has the module switched off; choosing its version does not switch it on.
  else batch.create('module_settings', { id: settingId(networkId, module), network: networkId, module, enabled: false, active_version: version, last_good_version: from });
  batch.create('module_history', { module, network: networkId, kind, from_version: from, to_version: version, reason, actor: a.user.id });
  try {
    await batch.send();
  } catch (e) {
    if (e instanceof VersionConflict) throw (await networkNow(a, networkId, module)).conflict();
    throw e;
  }
  return { module, networkId, kind, from, to: version };
}

async function activateDefault(a: Actor, module: ModuleName, version: string, reason: string, expected: number): Promise<Activation> {
  const read = async () => {
    const [row, counts] = await Promise.all([modulesRow(a.pb, module), defaultCounts(a)]);
    const count = counts.get(module) ?? 0;
    return { row, count, conflict: () => conflictError(count, { active: row ? (row['version'] as string) : null }) };
  };
  const now = await read();
  if (now.count !== expected) throw now.conflict();
  const target = await activatable(a, module, version);
  if (!now.row) throw fieldError([{ field: 'version', key: 'release.unknownVersion', params: { module, version } }]);
  const from = now.row['version'] as string;
  const kind = compareVersions(version, from) < 0 ? 'rollback' : 'activate';
  const batch = a.superuserWrites.batch();
  batch.update('modules', now.row.id, { version, entry: target.entry, manifest: target.manifest });
  // Networks following the default with no confirmed version yet keep the outgoing one to fall back on.
  const followers = await a.superuserWrites.read((pb) => settingsOf(pb, 'all'));
  for (const s of followers) if (s.module === module && !s.active && !s.lastGood) batch.update('module_settings', s.id, { last_good_version: from }, { version: s.version });
  batch.create('module_history', { id: defaultChangeId(module, expected + 1), module, network: '', kind, from_version: from, to_version: version, reason, actor: a.user.id });
  try {
    await batch.send();
  } catch (e) {
    // Another admin's change took this count's history id (or a follower's setting) first: nothing was written.
    if (e instanceof VersionConflict || (e instanceof ClientResponseError && e.status === 400)) {
      const after = await read();
      if (after.count !== expected || e instanceof VersionConflict) throw after.conflict();
    }
    throw e;
  }
  return { module, networkId: null, kind, from, to: version };
}

async function modulesRow(pb: PocketBase, module: ModuleName): Promise<RecordModel | undefined> {
  return (await pb.collection('modules').getList(1, 1, { filter: pb.filter('name = {:m}', { m: module }) })).items[0];
}

export interface HistoryRow {
  id: string;
  at: string | null;
  kind: 'publish' | 'activate' | 'rollback';
  module: ModuleName;
  /** The network the change was for; null for the module's default (every network without a choice of its own). */
  network: NetworkRef | null;
  from: string;
  to: string;
  reason: string;
  /** Who did it; null for the release script. */
  actor: string | null;
}

const HISTORY_LIMIT = 500;

/**
 * The release history, newest first: publishes, activations and rollbacks with who, when, from, to and why. A network
 * admin reads their network's rows and the defaults' (which their network runs unless it chose otherwise).
 * `networkId` narrows to one network and the defaults.
 * @throws AppError FORBIDDEN for a network the admin does not manage
 */
export async function releaseHistory(a: Actor, input: { module?: ModuleName | undefined; networkId?: string | undefined }): Promise<HistoryRow[]> {
  if (input.networkId && !canManageModulesOf(a.user, input.networkId)) throw appError('FORBIDDEN', 'error.moduleAdminOwnNetwork');
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (input.module) (parts.push('module = {:m}'), (params['m'] = input.module));
  const network = input.networkId ?? (a.user.role === 'central_admin' ? null : (a.user.placement.networkId ?? ''));
  if (network !== null) (parts.push("(network = {:n} || network = '')"), (params['n'] = network));
  // The filter is module_history's read rule for this admin (their network and the defaults'), read as the platform:
  // PocketBase holds back a caller's filtered list that comes back empty for up to half a second.
  const [page, networks] = await Promise.all([
    a.superuserWrites.read((pb) => pb.collection('module_history').getList(1, HISTORY_LIMIT, { filter: parts.length ? pb.filter(parts.join(' && '), params) : '', sort: '-created,-id', skipTotal: true })),
    a.pb.collection('networks').getFullList(),
  ]);
  const byId = new Map(networks.map((n) => [n.id, toNetwork(n)]));
  const names = await namesOf(a, page.items.map((r) => r['actor'] as string));
  return page.items.map((r) => ({
    id: r.id,
    at: isoFromPb(r['created']),
    kind: r['kind'] as HistoryRow['kind'],
    module: r['module'] as ModuleName,
    network: byId.get(r['network'] as string) ?? null,
    from: (r['from_version'] as string) ?? '',
    to: (r['to_version'] as string) ?? '',
    reason: (r['reason'] as string) ?? '',
    actor: names.get(r['actor'] as string) ?? null,
  }));
}
