import { apiContractProblems } from './releases.ts';
import type { Role } from './roles.ts';

/** The five micro-frontends. Each regional network enables the ones it needs. */
export const MODULE_NAMES = ['assessment', 'budget', 'employment', 'training', 'pitching'] as const;
export type ModuleName = (typeof MODULE_NAMES)[number];

/**
 * A module's contract with the platform, written in its src/manifest.ts, emitted as dist/manifest.json on
 * build and registered with the server when the module is released. The browser only reads it: the build and the
 * server check it against `moduleManifestSchema` (manifestSchema.ts), so zod never ships to the browser for it.
 */
export interface ModuleManifest {
  name: ModuleName;
  /** Semver, e.g. 1.2.0; the module's package.json version. */
  version: string;
  /** Where the module lives in the shell, e.g. /budget. */
  route: string;
  labels: { th: string; en: string };
  description: { th: string; en: string };
  roles: Role[];
  /**
   * The server API the module calls: each top-level router it uses → the semver range of that router's contract it
   * was written against, e.g. { budget: '^1.0.0', org: '^1.0.0' } (see SERVER_CONTRACTS in releases.ts).
   */
  api: Record<string, string>;
  /** Position in the navigation. */
  order: number;
  /** The shared runtime the module's build was made against; written by the build, not by hand. */
  runtime?: ModuleRuntime;
}

/**
 * The exact versions of the shared runtime (Svelte, TanStack Query, the SDK, the UI kit) a module was built
 * against, and the import-map entries that serve them: the server gives a module whose versions differ from the
 * platform's its own copy through the import map's scopes.
 */
export interface ModuleRuntime {
  versions: Record<string, string>;
  imports: Record<string, string>;
}

/** What a module writes in src/manifest.ts: the contract without what the platform or the build fills in. */
export type ManifestInput = Omit<ModuleManifest, 'order' | 'runtime' | 'roles'> & { order?: number; roles: readonly Role[] };

/** Types a module's manifest; checked against the contract at build time and again by the server on release. */
export function defineManifest(m: ManifestInput): ModuleManifest {
  return { ...m, roles: [...m.roles], order: m.order ?? 100 };
}

/**
 * What the shell gets for one module (registry contract 2.0.0): where the code of the version active for the user's
 * network is, what to load if it fails, whether this user may open it and why not.
 */
export interface RegistryEntry {
  name: ModuleName;
  /** The version active for the user's network (central users: the module's default). */
  version: string;
  route: string;
  labels: { th: string; en: string };
  order: number;
  /** The URL of that version's entry (/modules/<name>/<version>/spa.js once published), as the page's import map names it. */
  entry: string;
  /** The last version that mounted for the network, when it is another one the server can serve; else null. */
  fallback: string | null;
  fallbackVersion: string | null;
  /** The active version has mounted for the network (it is its last good version): no report needed. */
  confirmed: boolean;
  /** Shown in the navigation and mountable. */
  available: boolean;
  /**
   * Null when available; otherwise why not. 'api_mismatch': the active version needs a server contract this
   * platform does not serve (the server was rolled back under it): the shell explains instead of mounting.
   */
  reason: null | 'disabled_for_network' | 'role_not_allowed' | 'api_mismatch';
}

/** Whether a location belongs to a module's route (its own page and everything below it). */
export function isUnder(pathname: string, route: string): boolean {
  return pathname === route || pathname.startsWith(route + '/');
}

export function roleMaySee(manifestRoles: readonly Role[], role: Role): boolean {
  return manifestRoles.includes(role);
}

/**
 * Whether a user may open a module, and if not why: the module must be enabled for the user's network (central
 * users oversee every network, so enablement does not limit them), allowed for the role, and written for the
 * server API this platform serves (every router it calls in a contract version its ranges accept; `served`
 * defaults to this server's SERVER_CONTRACTS). Server-side only: it carries semver.
 */
export function moduleAvailability(
  manifest: Pick<ModuleManifest, 'roles' | 'api'>,
  user: { role: Role; level: 'central' | 'network' | 'university' | 'tambon' },
  enabledForNetwork: boolean,
  served?: Readonly<Record<string, string>>,
): RegistryEntry['reason'] {
  if (!roleMaySee(manifest.roles, user.role)) return 'role_not_allowed';
  if (user.level !== 'central' && !enabledForNetwork) return 'disabled_for_network';
  if (apiContractProblems(manifest.api, served).length) return 'api_mismatch';
  return null;
}
