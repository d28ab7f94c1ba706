/**
 * `pnpm backup [--out FILE] [--dir DIR]` and `pnpm restore FILE [--dir DIR]`: PocketBase's own backups (database and
 * stored files in one zip), written to or read from a file of yours.
 *
 * While `npm start` runs, both talk to its PocketBase (found through .data/platform.json, which the platform writes
 * and removes); otherwise they start a PocketBase of their own on the data folder for the moment they need it.
 */
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { superuserClient } from '../src/pocketbase/admin.ts';
import { backupTo, recordCounts, restoreFrom } from '../src/pocketbase/backup.ts';
import { startPocketBase, upsertSuperuser } from '../src/pocketbase/process.ts';
import { REPO_ROOT } from '../src/platform.ts';
import { runningOn } from './running.ts';

const mode = process.argv[2];
const { values, positionals } = parseArgs({
  args: process.argv.slice(3),
  allowPositionals: true,
  options: { dir: { type: 'string' }, out: { type: 'string' } },
});
// Paths are read from where the person typed the command (pnpm runs the script in server/).
const here = process.env['INIT_CWD'] ?? process.cwd();
const dataDir = values.dir ? resolve(here, values.dir) : join(REPO_ROOT, '.data', 'pb');

/** Runs `work` against the running platform's PocketBase, or one started for the moment on the data folder. */
async function withPocketBase<T>(work: (url: string, superuser: { email: string; password: string }) => Promise<T>): Promise<T> {
  const live = runningOn(dataDir);
  if (live) return work(live.pbUrl, live.superuser);
  if (!existsSync(join(dataDir, 'data.db')) && mode === 'backup') throw new Error(`No database in ${dataDir}: start the platform once (npm start), or name the folder with --dir`);
  const pb = await startPocketBase({ dataDir });
  try {
    return await work(pb.url, pb.superuser);
  } finally {
    await pb.stop();
  }
}

const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
const summary = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([name]) => !name.startsWith('_'))
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');

try {
  if (mode === 'backup') {
    const out = values.out ? resolve(here, values.out) : join(REPO_ROOT, 'backups', `otou-${stamp}.zip`);
    await mkdir(dirname(out), { recursive: true });
    await withPocketBase(async (url, superuser) => {
      const admin = await superuserClient(url, superuser);
      const { bytes } = await backupTo(admin, out);
      console.log(`Backed up ${dataDir} to ${out} (${(bytes / 1024).toFixed(0)} KB)\n  ${summary(await recordCounts(admin))}`);
    });
  } else if (mode === 'restore') {
    const file = positionals[0];
    if (!file) throw new Error('Name the backup to restore: pnpm restore backups/otou-YYYYMMDD-HHMMSS.zip');
    const path = resolve(here, file);
    await stat(path);
    await withPocketBase(async (url, superuser) => {
      await restoreFrom(await superuserClient(url, superuser), path);
      // The backup brought the superusers of its own time: put back the one the platform signs in with.
      await upsertSuperuser(dataDir, superuser);
      const admin = await superuserClient(url, superuser);
      console.log(`Restored ${file} into ${dataDir}\n  ${summary(await recordCounts(admin))}`);
    });
  } else {
    throw new Error('usage: backup.ts backup [--out FILE] [--dir DIR] | restore FILE [--dir DIR]');
  }
} catch (e) {
  console.error(`${mode ?? 'backup'} failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
