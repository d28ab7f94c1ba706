import { z } from 'zod';
import { MODULE_NAMES } from './modules.ts';
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

export const thaiIdSchema = z
  .string()
  .transform(normaliseThaiId)
  .superRefine((v, ctx) => {
    const problem = thaiIdProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: `field.thaiId.${problem}` });
  });
