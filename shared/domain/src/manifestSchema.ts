import { z } from 'zod';
import { MODULE_NAMES, type ModuleManifest } from './modules.ts';
import { isRange, isVersion, ROUTER_NAME } from './releases.ts';
import { ROLES } from './roles.ts';

/**
 * The module contract as the build (when it writes dist/manifest.json) and the server (when it registers a
 * release) check it, in Node. Kept out of modules.ts so that the browser, which only reads manifests, never
 * loads zod for them.
 */
export const moduleManifestSchema = z.object({
  name: z.enum(MODULE_NAMES),
  version: z.string().refine(isVersion, 'release.manifest.version'),
  route: z.string().regex(/^\/[a-z-]+$/, 'route must look like /budget'),
  labels: z.object({ th: z.string().min(1), en: z.string().min(1) }),
  description: z.object({ th: z.string(), en: z.string() }),
  roles: z.array(z.enum(ROLES)).min(1),
  // Router → contract range. Messages are release message keys (releaseMessages.ts): the server and the build
  // translate them; each names the fix.
  api: z.record(z.string(), z.string().refine(isRange, 'release.manifest.apiRange')).superRefine((api, ctx) => {
    const routers = Object.keys(api);
    if (!routers.length) ctx.addIssue({ code: 'custom', message: 'release.manifest.apiEmpty' });
    for (const r of routers) if (!ROUTER_NAME.test(r)) ctx.addIssue({ code: 'custom', path: [r], message: 'release.manifest.apiRouter' });
  }),
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
