import { z } from 'zod';
import { MODULE_NAMES } from './modules.ts';
import { isVersion } from './releases.ts';
import { loginProblems, normaliseLogin } from './login.ts';
import { thaiIdProblem, normaliseThaiId } from './thaiId.ts';

/**
 * Input contracts shared by the server (validation) and the UI (forms). Messages are message keys from the
 * platform catalogue; the server translates them into the caller's language.
 */
export const loginInput = z
  .object({ email: z.string(), password: z.string() })
  .transform(normaliseLogin)
  .superRefine((v, ctx) => {
    for (const [field, message] of Object.entries(loginProblems(v))) ctx.addIssue({ code: 'custom', path: [field], message });
  });
export type LoginInput = z.infer<typeof loginInput>;

/**
 * The version of the record the person started from (0 for one nobody saved yet). Every save carries it: a save from
 * an older version is refused with CONFLICT and the current values (ConflictData), never applied over someone else's.
 */
export const versionInput = z
  .number({ error: 'error.version' })
  .int({ error: 'error.version' })
  .min(0, { error: 'error.version' })
  .max(1_000_000_000, { error: 'error.version' });

export const setModuleEnabledInput = z.object({
  networkId: z.string().min(1),
  module: z.enum(MODULE_NAMES),
  enabled: z.boolean(),
  version: versionInput,
});

/** A published version a form names: semver, e.g. 1.3.0 (release message keys: releaseMessages.ts). */
const releaseVersion = z.string().max(64).refine(isVersion, 'release.manifest.version');

/** A network's id, or null for the module's default (what every network without a choice of its own runs). */
const networkChoice = z.string().min(1).max(40).nullable();

export const releaseVersionsInput = z.object({ module: z.enum(MODULE_NAMES) });

/**
 * Activates a published version for a network (or, with networkId null, as the default: central only). `expected`
 * is the counter the admin saw in releases.state (the network's settingVersion, or the default's); the reason is
 * kept in the history.
 */
export const activateVersionInput = z.object({
  module: z.enum(MODULE_NAMES),
  networkId: networkChoice,
  version: releaseVersion,
  reason: z.string().trim().min(5, 'release.reasonRequired').max(500),
  expected: versionInput,
});
export type ActivateVersionInput = z.infer<typeof activateVersionInput>;

/** Narrows the release history to a module and/or a network (with the defaults' rows); everything the admin may read without. */
export const releaseHistoryInput = z.object({ module: z.enum(MODULE_NAMES).optional(), networkId: z.string().min(1).max(40).optional() }).optional();

/** A browser's report that a module's version failed to load or mount (or was refused for its contract). */
export const moduleFailureInput = z.object({
  module: z.enum(MODULE_NAMES),
  version: z.string().max(64),
  kind: z.enum(['load', 'mount', 'contract']),
  // Cut to 300 characters when stored; a longer error text is no reason to lose the report.
  message: z.string().max(5000),
});

/** A browser's report that a module's version mounted: the network's last good version moves to it. */
export const moduleMountedInput = z.object({ module: z.enum(MODULE_NAMES), version: z.string().max(64) });

export const thaiIdSchema = z
  .string()
  .transform(normaliseThaiId)
  .superRefine((v, ctx) => {
    const problem = thaiIdProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: `field.thaiId.${problem}` });
  });
