import { readFile, writeFile } from 'node:fs/promises';
import type PocketBase from 'pocketbase';

/**
 * Backups are PocketBase's own (a zip of its data folder, taken from a consistent database snapshot); these helpers
 * move them in and out of a file on disk, so a backup survives the machine PocketBase runs on.
 */

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

/**
 * Takes a backup of the whole database and files and writes it to `outFile`. The copy PocketBase keeps in its own
 * backups folder is removed afterwards, so backups do not pile up inside the data they back up.
 * @throws when PocketBase refuses (not a superuser) or the download fails.
 */
export async function backupTo(admin: PocketBase, outFile: string, now = new Date()): Promise<{ file: string; bytes: number }> {
  const key = `otou-${stamp(now)}.zip`;
  await admin.backups.create(key);
  try {
    const token = await admin.files.getToken();
    const res = await fetch(admin.backups.getDownloadURL(token, key));
    if (!res.ok) throw new Error(`PocketBase answered ${res.status} to the backup download`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    await writeFile(outFile, bytes, { mode: 0o600 });
    return { file: outFile, bytes: bytes.byteLength };
  } finally {
    await admin.backups.delete(key).catch(() => {});
  }
}

/** 'up' with PocketBase's own health answer, or 'down' while nothing answers (it is restarting). */
async function health(admin: PocketBase): Promise<{ up: true; canBackup: boolean } | { up: false }> {
  try {
    const res = await fetch(`${admin.baseURL}/api/health`, { headers: { Authorization: admin.authStore.token } });
    const body = (await res.json()) as { data?: { canBackup?: boolean } };
    return { up: res.ok, canBackup: body.data?.canBackup !== false };
  } catch {
    return { up: false };
  }
}

/**
 * Replaces everything in the PocketBase at `admin.baseURL` with the backup in `file`. PocketBase answers the restore
 * at once, unpacks the backup about a second later and then restarts itself in the same process; this waits for the
 * restart to be seen and for PocketBase to answer again. The superusers are those of the backup afterwards, so the
 * caller signs in again.
 * @throws when the file is not a PocketBase backup, or the restart is not seen within `timeoutMs`.
 */
export async function restoreFrom(admin: PocketBase, file: string, timeoutMs = 30_000): Promise<void> {
  const key = `restore-${Date.now()}.zip`;
  const bytes = await readFile(file);
  await admin.backups.upload({ file: new File([bytes], key, { type: 'application/zip' }) });
  await admin.backups.restore(key);
  const until = Date.now() + timeoutMs;
  let restarting = false;
  for (;;) {
    const h = await health(admin);
    if (!h.up || !h.canBackup) restarting = true;
    else if (restarting) return;
    if (Date.now() > until) throw new Error(`PocketBase did not ${restarting ? 'come back' : 'restart'} within ${timeoutMs / 1000} s after the restore`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

/** Every base and auth collection's row count, by name: what a restore must bring back exactly. */
export async function recordCounts(admin: PocketBase): Promise<Record<string, number>> {
  const collections = await admin.collections.getFullList({ fields: 'name,type' });
  const counts: Record<string, number> = {};
  for (const c of collections.filter((c) => c.type !== 'view').sort((a, b) => a.name.localeCompare(b.name))) {
    counts[c.name] = (await admin.collection(c.name).getList(1, 1, { fields: 'id', skipTotal: false })).totalItems;
  }
  return counts;
}
