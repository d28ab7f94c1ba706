import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type PocketBase from 'pocketbase';
import { MODULE_NAMES, type ModuleName } from '@otou/domain';
import { createPlatformServer, listen } from './http.ts';
import { superuserClient } from './pocketbase/admin.ts';
import { startPocketBase, type PocketBaseProcess } from './pocketbase/process.ts';
import { isSeeded, seedDemo } from './seed/demo.ts';
import { publishBuilt, releasesDirOf } from './services/releasePublish.ts';
import { builtManifests, releaseModule } from './services/releases.ts';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface PlatformOptions {
  /** PocketBase's data folder; a temporary one (removed on stop) when omitted. */
  dataDir?: string;
  /** The HTTP port; a free one when omitted or 0. */
  port?: number;
  /** The time reporting windows are judged by (see clockFrom); the real time when omitted. */
  clock?: () => Date;
  log?: (line: string) => void;
  /** More module builds to serve (name → dist folder) without registering them: see PlatformServerOptions. */
  extraModules?: Record<string, string>;
  /**
   * The modules this deployment runs (a subset deployment: see deploymentOf); all when omitted. Only these are
   * released and served; the others are never offered and their procedures answer "not deployed".
   */
  modules?: readonly ModuleName[];
  /**
   * Publish each built module's version (default): its files copied once into the releases folder and served at
   * /modules/<name>/<version>/. `pnpm dev` turns it off: modules rebuilt on save are served from their dist as they
   * change, at /modules/<name>/, and a version is not frozen while it is being written.
   */
  publish?: boolean;
}

export interface RunningPlatform {
  url: string;
  pb: PocketBaseProcess;
  admin: PocketBase;
  /** Where this platform keeps its published module versions (inside PocketBase's data folder). */
  releasesDir: string;
  /**
   * Publishes whatever module builds are in modules/<name>/dist now and not published yet (registers them, when
   * publishing is off); returns name@version of each build.
   */
  releaseBuiltModules(): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * The whole platform as `npm start`, `pnpm dev` and the end-to-end tests run it: a real PocketBase with the demo
 * organisation (seeded once, so a restart keeps people's changes), every built module released, and one HTTP
 * server for the API, the modules and the shell.
 */
export async function startPlatform(opts: PlatformOptions = {}): Promise<RunningPlatform> {
  const log = opts.log ?? (() => {});
  const pb = await startPocketBase(opts.dataDir ? { dataDir: opts.dataDir } : {});
  try {
    const admin = await superuserClient(pb.url, pb.superuser);
    if (!(await isSeeded(admin))) {
      await seedDemo(admin);
      log('Seeded the demo organisation.');
    }
    const deployed = opts.modules ?? MODULE_NAMES;
    const releasesDir = releasesDirOf(pb.dataDir);
    const releaseBuiltModules = async () => {
      const manifests = await builtManifests(join(REPO_ROOT, 'modules'), opts.modules);
      for (const m of manifests) {
        if (opts.publish === false) {
          await releaseModule(admin, m);
          continue;
        }
        const distDir = join(REPO_ROOT, 'modules', m.name, 'dist');
        const { outcome } = await publishBuilt({ admin, releasesDir, distDir, locale: 'en' });
        // Never overwritten: a build whose version was published before is not what this platform serves.
        if (outcome === 'already') log(`${m.name} ${m.version} already published: kept as published (bump modules/${m.name}/package.json's version to publish this build)`);
        else log(`Published ${m.name} ${m.version}`);
      }
      return manifests.map((m) => `${m.name}@${m.version}`);
    };
    const released = await releaseBuiltModules();
    if (opts.modules) log(`Subset deployment: ${deployed.join(', ')} (the other modules are not served)`);
    log(released.length ? `Released modules: ${released.join(', ')}` : 'No module is built yet: run `pnpm build`.');
    const server = createPlatformServer({
      pbUrl: pb.url,
      superuser: pb.superuser,
      shellDist: join(REPO_ROOT, 'shell', 'dist'),
      modulesRoot: join(REPO_ROOT, 'modules'),
      pocketbase: pb,
      deployed,
      releasesDir,
      log,
      ...(opts.extraModules ? { extraModules: opts.extraModules } : {}),
      ...(opts.clock ? { clock: opts.clock } : {}),
    });
    const port = await listen(server, opts.port ?? 0);
    return {
      url: `http://127.0.0.1:${port}`,
      pb,
      admin,
      releasesDir,
      releaseBuiltModules,
      async stop() {
        await new Promise<void>((ok) => {
          server.close(() => ok());
          server.closeAllConnections();
        });
        await pb.stop();
      },
    };
  } catch (e) {
    await pb.stop();
    throw e;
  }
}
