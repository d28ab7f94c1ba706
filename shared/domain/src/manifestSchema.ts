import { z } from 'zod';
import { MODULE_NAMES, type ModuleManifest } from './modules.ts';
import { ROLES } from './roles.ts';

/**
 * The module contract as the build (when it writes dist/manifest.json) and the server (when it registers a
 * release) check it, in Node. Kept out of modules.ts so that the browser, which only reads manifests, never
 * loads zod for them.
 */
export const moduleManifestSchema = z.object({
  name: z.enum(MODULE_NAMES),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+].*)?$/, 'version must be semver, e.g. 1.2.0'),
  route: z.string().regex(/^\/[a-z-]+$/, 'route must look like /budget'),
  labels: z.object({ th: z.string().min(1), en: z.string().min(1) }),
  description: z.object({ th: z.string(), en: z.string() }),
  roles: z.array(z.enum(ROLES)).min(1),
  api: z.number().int().positive(),
  order: z.number().int().default(100),
  runtime: z
    .object({
      versions: z.record(z.string(), z.string().min(1)),
      // Only the platform's own /vendor/ folder: a manifest never points the import map at another origin.
      imports: z.record(z.string(), z.string().regex(/^\/vendor\/[^?#]+\.js$/, 'runtime files live under /vendor/')),
    })
    .optional(),
});

// The schema and the hand-written type describe the same contract; this line stops them drifting apart.
const sameContract: z.infer<typeof moduleManifestSchema> extends ModuleManifest ? (ModuleManifest extends z.infer<typeof moduleManifestSchema> ? true : false) : false = true;
void sameContract;
