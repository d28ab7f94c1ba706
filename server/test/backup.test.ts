import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type PocketBase from 'pocketbase';
import { superuserClient } from '../src/pocketbase/admin.ts';
import { backupTo, recordCounts, restoreFrom } from '../src/pocketbase/backup.ts';
import { usePlatform } from './harness.ts';

const platform = usePlatform();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'otou-backup-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a person would check after a restore: who can sign in, the org tree, and a tambon's budget figures. */
async function sample(admin: PocketBase) {
  const [users, tambons, lines, reports] = await Promise.all([
    admin.collection('users').getFullList({ sort: 'email', fields: 'email,role,scope,name' }),
    admin.collection('tambons').getFullList({ sort: 'code', fields: 'code,name_th,university' }),
    admin.collection('budget_lines').getFullList({ sort: 'id', fields: 'id,line,budget,plan' }),
    admin.collection('budget_reports').getFullList({ sort: 'id', fields: 'id,month,status,actuals' }),
  ]);
  return { users, tambons, lines, reports };
}

describe('backup and restore', () => {
  it('restores every collection to its count and values at backup time, dropping what changed since', async () => {
    const admin = platform.admin;
    const before = await recordCounts(admin);
    const valuesBefore = await sample(admin);
    expect(before['tambons']).toBeGreaterThan(0);
    expect(before['budget_reports']).toBeGreaterThan(0);

    const file = join(dir, 'otou.zip');
    const { bytes } = await backupTo(admin, file);
    expect(bytes).toBeGreaterThan(10_000);
    expect((await stat(file)).size).toBe(bytes);
    // The copy inside PocketBase is gone: backups do not pile up inside the data they back up.
    expect(await admin.backups.getFullList()).toEqual([]);

    // Changes after the backup: a new user, a renamed tambon, a changed plan, a deleted report.
    await admin.collection('users').create({ email: 'late@otou.demo', password: 'late-password-1', passwordConfirm: 'late-password-1', role: 'worker', scope: 'central', name: 'late' });
    const t = await admin.collection('tambons').getFirstListItem('code = "190204"');
    await admin.collection('tambons').update(t.id, { name_th: 'เปลี่ยนชื่อแล้ว' });
    const line = valuesBefore.lines[0]!;
    await admin.collection('budget_lines').update(line.id, { budget: 1, plan: [1], version: 0 }); // version 0: an operator's unconditional write (pb_hooks/versions.js)
    await admin.collection('budget_reports').delete(valuesBefore.reports[0]!.id);
    expect(await recordCounts(admin)).not.toEqual(before);

    await restoreFrom(admin, file);
    const again = await superuserClient(platform.pb.url, platform.pb.superuser);
    expect(await recordCounts(again)).toEqual(before);
    expect(await sample(again)).toEqual(valuesBefore);
    await expect(again.collection('users').getFirstListItem('email = "late@otou.demo"')).rejects.toMatchObject({ status: 404 });
    // People sign in again with the passwords they had.
    expect(await platform.login('staff.cu@otou.demo')).toMatch(/\./);
  }, 60_000);

  it('refuses a file that is not a backup and changes nothing', async () => {
    const admin = await superuserClient(platform.pb.url, platform.pb.superuser);
    const before = await recordCounts(admin);
    const bogus = join(dir, 'notes.zip');
    await writeFile(bogus, 'this is not a zip file');
    await expect(restoreFrom(admin, bogus, 5_000)).rejects.toMatchObject({ status: 400 });
    expect(await recordCounts(admin)).toEqual(before);
  }, 30_000);
});
