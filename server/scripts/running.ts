import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
}

export function announceRunning(info: RunningInfo): () => void {
  writeFileSync(RUNNING_FILE, JSON.stringify(info), { mode: 0o600 });
  return () => rmSync(RUNNING_FILE, { force: true });
}
