/**
 * `pnpm release <module> [--note TEXT] [--lang th|en] [--dir DIR] [--no-build]`: builds one module and publishes
 * its version (modules/<module>/package.json) to the platform: its files under the platform's releases folder, served
 * at /modules/<module>/<version>/, and the version recorded with its history row. A version already published is
 * never overwritten: the refusal says to bump the version (exit code 1).
 *
 * While `npm start` runs, it publishes to that platform (found through .data/platform.json, as `pnpm backup` does);
 * otherwise it starts a PocketBase of its own on the data folder for the moment it needs it. Activating the new
 * version for a network (or as the default) is then an admin's choice on the Releases page.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale, localeFromHeader, MODULE_NAMES, translateRelease, type ModuleName } from '@otou/domain';
import { superuserClient } from '../src/pocketbase/admin.ts';
import { startPocketBase } from '../src/pocketbase/process.ts';
import { REPO_ROOT } from '../src/platform.ts';
import { publishVersion, PublishRefused, releasesDirOf } from '../src/services/releasePublish.ts';
import { requestedDeployment } from './deployment.ts';
import { runningOn } from './running.ts';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { note: { type: 'string' }, lang: { type: 'string' }, dir: { type: 'string' }, 'no-build': { type: 'boolean' } },
});
const here = process.env['INIT_CWD'] ?? process.cwd();
const dataDir = values.dir ? resolve(here, values.dir) : join(REPO_ROOT, '.data', 'pb');
const locale = isLocale(values.lang) ? values.lang : localeFromHeader(process.env['LANG']?.replace('_', '-'));
const name = positionals[0];

if (!name || !(MODULE_NAMES as readonly string[]).includes(name)) {
  console.error(`usage: pnpm release <module> [--note TEXT] [--lang th|en]\n  modules: ${MODULE_NAMES.join(', ')}`);
  process.exit(1);
}
const module = name as ModuleName;

// A subset deployment publishes only its own modules: the running platform's list, else --modules, OTOU_MODULES or
// deployment.json as `npm start` would read them.
const live = runningOn(dataDir);
let deployed: readonly string[];
try {
  deployed = live?.modules ?? requestedDeployment([]).modules;
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
if (!deployed.includes(module)) {
  console.error(`${translateRelease(locale, 'release.notDeployed', { module })} (${deployed.join(', ')})`);
  process.exit(1);
}

if (!values['no-build']) {
  console.log(`Building @otou/${module}…`);
  const built = spawnSync('pnpm', ['--filter', `@otou/${module}`, 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error(`The build of ${module} failed: nothing was published.`);
    process.exit(1);
  }
}

const pb = live ? null : await startPocketBase({ dataDir });
try {
  const url = live?.pbUrl ?? pb!.url;
  const admin = await superuserClient(url, live?.superuser ?? pb!.superuser);
  const published = await publishVersion({
    admin,
    releasesDir: releasesDirOf(live?.dataDir ?? dataDir),
    distDir: join(REPO_ROOT, 'modules', module, 'dist'),
    locale,
    ...(values.note ? { note: values.note } : {}),
  });
  console.log(
    `Published ${published.module} ${published.version} at ${published.entry}` +
      (published.becameDefault ? ' — the default for every network (the first published version).' : ' — activate it on the Releases page (/admin/releases).') +
      (live ? '' : `\n  (into ${dataDir}: no platform was running; it is served from the next start)`),
  );
} catch (e) {
  console.error(e instanceof PublishRefused ? e.message : `release failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await pb?.stop();
}
