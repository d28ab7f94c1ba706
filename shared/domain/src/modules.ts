import { z } from 'zod';
import { ROLES, type Role } from './roles.ts';

/** The five micro-frontends. Each regional network enables the ones it needs. */
export const MODULE_NAMES = ['assessment', 'budget', 'employment', 'training', 'pitching'] as const;
export type ModuleName = (typeof MODULE_NAMES)[number];

/** The server API generation this build of the platform serves; modules declare the one they need. */
export const PLATFORM_API_VERSION = 1;

/**
 * A module's contract with the platform, written in its src/manifest.ts, emitted as dist/manifest.json on
 * build and registered with the server when the module is released.
 */
export const moduleManifestSchema = z.object({
  name: z.enum(MODULE_NAMES),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+].*)?$/, 'version must be semver, e.g. 1.2.0'),
  route: z.string().regex(/^\/[a-z-]+$/, 'route must look like /budget'),
  labels: z.object({ th: z.string().min(1), en: z.string().min(1) }),
  description: z.object({ th: z.string(), en: z.string() }),
  roles: z.array(z.enum(ROLES)).min(1),
  /** The major version of the server API the module was written against. */
  api: z.number().int().positive(),
  /** Position in the navigation. */
  order: z.number().int().default(100),
});
export type ModuleManifest = z.infer<typeof moduleManifestSchema>;

export function defineManifest(m: z.input<typeof moduleManifestSchema>): ModuleManifest {
  return moduleManifestSchema.parse(m);
}

/** What the shell gets for one module: where its code is, whether this user may open it and why not. */
export interface RegistryEntry {
  name: ModuleName;
  version: string;
  route: string;
  labels: { th: string; en: string };
  order: number;
  /** The URL of the module's entry, put into the import map. */
  entry: string;
  /** Shown in the navigation and mountable. */
  available: boolean;
  /** Null when available; otherwise why not, for the admin page. */
  reason: null | 'disabled_for_network' | 'role_not_allowed' | 'api_mismatch';
}

export function roleMaySee(manifestRoles: readonly Role[], role: Role): boolean {
  return manifestRoles.includes(role);
}

/**
 * Whether a user may open a module, and if not why: the module must be enabled for the user's network (central
 * users oversee every network, so enablement does not limit them), allowed for the role, and written for the
 * server API this platform serves.
 */
export function moduleAvailability(
  manifest: Pick<ModuleManifest, 'roles' | 'api'>,
  user: { role: Role; level: 'central' | 'network' | 'university' | 'tambon' },
  enabledForNetwork: boolean,
  apiVersion: number = PLATFORM_API_VERSION,
): RegistryEntry['reason'] {
  if (!roleMaySee(manifest.roles, user.role)) return 'role_not_allowed';
  if (user.level !== 'central' && !enabledForNetwork) return 'disabled_for_network';
  if (manifest.api !== apiVersion) return 'api_mismatch';
  return null;
}
