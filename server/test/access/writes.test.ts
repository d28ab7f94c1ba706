import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Writes as the platform are handed out in one place only: trpc.ts, after a procedure's guard. These read the
 * server's source, so a shortcut (a service taking the superuser session itself, or writing with the caller's token
 * around the checks) fails here, naming the file.
 */
const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const sources = files(SRC).map((f) => ({ file: relative(SRC, f), text: readFileSync(f, 'utf8') }));
const where = (pattern: RegExp, except: string[]) => sources.filter((s) => pattern.test(s.text) && !except.includes(s.file)).map((s) => s.file);

describe('who can write as the platform', () => {
  it('only trpc.ts reaches the superuser session and hands out superuser writes', () => {
    expect(where(/superuserSessionOf\(/, ['trpc.ts', 'context.ts'])).toEqual([]);
    expect(where(/new SuperuserWrites\(/, ['trpc.ts'])).toEqual([]);
  });

  it("no service or router writes with the caller's token, around the server's checks", () => {
    // The two places that write with a client of their own: the platform's superuser session, and the seeds, which the
    // process that starts PocketBase runs with its superuser.
    const userWrites = /\bpb\.(createBatch\(\)|collection\([^)]*\)\.(create|update|delete|upsert)\()/;
    expect(where(userWrites, ['pocketbase/superuserWrites.ts', 'seed/batch.ts'])).toEqual([]);
  });
});
