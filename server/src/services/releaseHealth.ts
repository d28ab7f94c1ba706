import { roleMaySee, type ContractProblem, type ModuleName } from '@otou/domain';
import type { Actor } from '../context.ts';
import { isoFromPb, toPbDate } from '../pocketbase/dates.ts';
import { VersionConflict } from '../pocketbase/superuserWrites.ts';
import { anyOf, contractVerdict, listReleases, publishedReleases, runningOf, settingsOf, versionsNamedBy } from './registry.ts';
import { managedNetworks, type NetworkRef } from './releaseChoices.ts';

/** How many failure reports one user's browsers may file per hour; past it they are dropped (a crash loop is one story). */
export const FAILURES_PER_HOUR = 20;
const MESSAGE_MAX = 300;
const HOUR = 3_600_000;

export type FailureKind = 'load' | 'mount' | 'contract';
const KINDS: readonly FailureKind[] = ['load', 'mount', 'contract'];

/**
 * A browser's report that a version of a module failed for its user: kept with the user's network for the health
 * page. At most FAILURES_PER_HOUR per user per hour are kept; the rest are dropped without telling the browser,
 * which has nothing better to do with a refusal.
 */
export async function reportFailure(a: Actor, input: { module: ModuleName; version: string; kind: FailureKind; message: string }): Promise<null> {
  // `created` is PocketBase's real time, so the hour is the real one too (a demo's clock may stand in 2564).
  const since = toPbDate(new Date(Date.now() - HOUR));
  const recent = await a.superuserWrites.read((pb) =>
    pb.collection('module_failures').getList(1, 1, { filter: pb.filter('user = {:u} && created >= {:since}', { u: a.user.id, since }), fields: 'id' }),
  );
  if (recent.totalItems >= FAILURES_PER_HOUR) return null;
  await a.superuserWrites
    .batch()
    .create('module_failures', {
      module: input.module,
      version: input.version,
      network: a.user.placement.networkId ?? '',
      kind: input.kind,
      message: input.message.slice(0, MESSAGE_MAX),
      user: a.user.id,
    })
    .send();
  return null;
}

/**
 * A browser's report that the version active for its user's network mounted: that version becomes the network's
 * last good one, which browsers fall back on when a later version fails. A report of any other version (an old
 * page, the fallback itself) or from a user who may not open the module changes nothing.
 */
export async function reportMounted(a: Actor, input: { module: ModuleName; version: string }): Promise<null> {
  const networkId = a.user.placement.networkId;
  if (!networkId) return null;
  const [defaults, settings] = await Promise.all([listReleases(a.pb), settingsOf(a.pb, [networkId])]);
  const fallbackDefault = defaults.find((d) => d.manifest.name === input.module);
  const setting = settings.find((s) => s.module === input.module);
  if (!fallbackDefault || !setting?.enabled || setting.lastGood === input.version) return null;
  const published = await a.superuserWrites.read((pb) => publishedReleases(pb, versionsNamedBy([setting])));
  const { manifest } = runningOf(fallbackDefault, setting, published).release;
  if (manifest.version !== input.version || !roleMaySee(manifest.roles, a.user.role)) return null;
  try {
    await a.superuserWrites.batch().update('module_settings', setting.id, { last_good_version: input.version }, { version: setting.version }).send();
  } catch (e) {
    // An admin changed the network's version meanwhile: this report is about the old one; the next mount tells.
    if (!(e instanceof VersionConflict)) throw e;
  }
  return null;
}

export interface FailureCount {
  count: number;
  lastMessage: string | null;
  lastVersion: string | null;
  lastAt: string | null;
}

export interface HealthCell {
  /** The version running there: the network's choice or the module's default. */
  active: string;
  own: boolean;
  lastGood: string | null;
  /** Whether this server serves the API the active version needs, and what it lacks. */
  contract: { ok: boolean; problems: ContractProblem[] };
  /** Failures browsers reported in the last 24 hours, by kind (of any version of the module). */
  failures: Record<FailureKind, FailureCount>;
}

export interface HealthModule {
  name: ModuleName;
  labels: { th: string; en: string };
  /** The module's default, with the failures of users of no network (central staff): the central admin's only. */
  default: HealthCell | null;
  networks: (HealthCell & { network: NetworkRef })[];
}

/**
 * The failures reported since `since` in the networks named (all, with those of users of no network, for 'all'):
 * module_failures' read rule for the admin, read as the platform since PocketBase holds back a caller's filtered list
 * that comes back empty (a quiet day) for up to half a second.
 */
async function failuresSince(a: Actor, since: Date, networkIds: readonly string[] | 'all') {
  if (networkIds !== 'all' && !networkIds.length) return [];
  return a.superuserWrites.read((pb) => {
    const filter = pb.filter('created >= {:since}', { since: toPbDate(since) }) + (networkIds === 'all' ? '' : ` && (${anyOf(pb, 'network', networkIds)})`);
    return pb.collection('module_failures').getFullList({ filter, sort: '-created', fields: 'module,version,network,kind,message,created', batch: 1000 });
  });
}

/**
 * The health page: per module and network the admin manages, the version running, the last good one, whether the
 * server serves its contract, and what browsers reported in the last 24 hours.
 */
export async function releaseHealth(a: Actor, deployed?: ReadonlySet<ModuleName>): Promise<HealthModule[]> {
  const networks = await managedNetworks(a);
  const [defaults, settings, failures] = await Promise.all([
    listReleases(a.pb, deployed),
    settingsOf(a.pb, networks.map((n) => n.id)),
    failuresSince(a, new Date(Date.now() - 24 * HOUR), a.user.role === 'central_admin' ? 'all' : networks.map((n) => n.id)),
  ]);
  const published = await a.superuserWrites.read((pb) => publishedReleases(pb, versionsNamedBy(settings)));
  const counted = (module: string, network: string): Record<FailureKind, FailureCount> => {
    const out = Object.fromEntries(KINDS.map((k) => [k, { count: 0, lastMessage: null, lastVersion: null, lastAt: null }])) as Record<FailureKind, FailureCount>;
    for (const f of failures) {
      if (f['module'] !== module || (f['network'] || '') !== network) continue;
      const c = out[f['kind'] as FailureKind];
      if (!c) continue;
      // Newest first: the first one met is the last reported.
      if (!c.count) Object.assign(c, { lastMessage: f['message'] as string, lastVersion: f['version'] as string, lastAt: isoFromPb(f['created']) });
      c.count += 1;
    }
    return out;
  };
  return defaults.map((d) => {
    const name = d.manifest.name;
    return {
      name,
      labels: d.manifest.labels,
      default:
        a.user.role === 'central_admin'
          ? { active: d.manifest.version, own: false, lastGood: null, contract: contractVerdict(d.manifest), failures: counted(name, '') }
          : null,
      networks: networks.map((network) => {
        const run = runningOf(d, settings.find((s) => s.network === network.id && s.module === name), published);
        return {
          network,
          active: run.release.manifest.version,
          own: run.own,
          lastGood: run.lastGood || null,
          contract: contractVerdict(run.release.manifest),
          failures: counted(name, network.id),
        };
      }),
    };
  });
}
