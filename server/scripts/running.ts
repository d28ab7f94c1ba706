import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../src/platform.ts';

/**
 * Where a running `npm start` says how to reach its PocketBase, so that `pnpm backup` and `pnpm restore` use it
 * instead of starting a second PocketBase on the same folder. Readable by its owner only: it holds the superuser.
 */
export const RUNNING_FILE = join(REPO_ROOT, '.data', 'platform.json');

export interface RunningInfo {
  pid: number;
  dataDir: string;
  pbUrl: string;
  superuser: { email: string; password: string };
  /** The modules it runs (a subset deployment names fewer than all): `pnpm release` publishes only those. */
  modules?: string[];
}

export function announceRunning(info: RunningInfo): () => void {
  writeFileSync(RUNNING_FILE, JSON.stringify(info), { mode: 0o600 });
  return () => rmSync(RUNNING_FILE, { force: true });
}

/** The platform running on `dataDir` now, or null (none, another folder, or a file left behind by a killed one). */
export function runningOn(dataDir: string): RunningInfo | null {
  if (!existsSync(RUNNING_FILE)) return null;
  const info = JSON.parse(readFileSync(RUNNING_FILE, 'utf8')) as RunningInfo;
  try {
    process.kill(info.pid, 0);
  } catch {
    return null; // left behind by a platform that was killed
  }
  return resolve(info.dataDir) === resolve(dataDir) ? info : null;
}
