import type PocketBase from 'pocketbase';
import { spawn, spawnSync } from 'node:child_process';

export interface Upsert {
  collection: string;
  body: Record<string, unknown> & { id: string };
}

/**
 * Writes records in PocketBase batches: each batch is one transaction, so a failed seed leaves no half-written
 * batch behind. Reports progress after each batch.
 */
export async function upsertAll(pb: PocketBase, writes: Upsert[], opts: { size?: number; onProgress?: (done: number) => void } = {}) {
  const size = opts.size ?? 500;
  for (let i = 0; i < writes.length; i += size) {
    const batch = pb.createBatch();
    // Version 0: a seed upserts without reading first, so pb_hooks/versions.js counts its write instead of checking it
    // (collections without versions ignore the field).
    for (const w of writes.slice(i, i + size)) batch.collection(w.collection).upsert({ version: 0, ...w.body });
    await batch.send();
    opts.onProgress?.(Math.min(i + size, writes.length));
  }
}

/**
 * upsertAll for writes made as they are needed (a generator), so a seed of a million records never holds them all:
 * batches of `size` (at most PocketBase's 500 per batch), `parallel` of them in flight at once — SQLite still writes
 * one transaction at a time, but the next batch is built and sent while one is written. Returns how many were written.
 */
export async function upsertEach(pb: PocketBase, writes: Iterable<Upsert>, opts: { size?: number; parallel?: number; onProgress?: (done: number) => void } = {}): Promise<number> {
  const size = Math.min(opts.size ?? 500, 500);
  const parallel = Math.max(1, opts.parallel ?? 2);
  const inFlight = new Set<Promise<void>>();
  let done = 0;
  let failure: unknown = null;
  let chunk: Upsert[] = [];
  const send = async (ws: Upsert[]) => {
    const batch = pb.createBatch();
    for (const w of ws) batch.collection(w.collection).upsert({ version: 0, ...w.body });
    await batch.send();
    done += ws.length;
    opts.onProgress?.(done);
  };
  const flush = async () => {
    // A failed batch stops the seed at the next one; nothing after it is sent.
    const p: Promise<void> = send(chunk)
      .catch((e: unknown) => void (failure ??= e))
      .finally(() => inFlight.delete(p));
    chunk = [];
    inFlight.add(p);
    if (inFlight.size >= parallel) await Promise.race(inFlight);
    if (failure) throw failure;
  };
  for (const w of writes) {
    chunk.push(w);
    if (chunk.length >= size) await flush();
  }
  if (chunk.length > 0) await flush();
  await Promise.all(inFlight);
  if (failure) throw failure;
  return done;
}

/** Whether Debian's sqlite3 command is on this machine (the fast path of the largest seeds). */
export function hasSqliteCli(): boolean {
  return spawnSync('sqlite3', ['-version'], { stdio: 'ignore' }).status === 0;
}

const sqlText = (v: string) => `'${v.replaceAll("'", "''")}'`;

/**
 * upsertEach for a million records: the rows go straight into the SQLite file of a PocketBase through Debian's sqlite3
 * (SQLite lets a second writer in beside the running server; PocketBase keeps no record cache), in transactions of
 * 50,000 rows — seconds where PocketBase's API takes half an hour, because the API validates each record and checks
 * each relation one by one. Nothing is validated here, so only generated seeds whose records the API path writes
 * identically use it (a test compares the two). Each field is stored as PocketBase stores it: text as text, bools as
 * 0/1, JSON as JSON text or NULL, autodates as now, and a versioned record at version 1 (what the version hook gives a
 * created record). Returns how many were written.
 */
export async function upsertBySqlite(admin: PocketBase, dbPath: string, writes: Iterable<Upsert>, opts: { onProgress?: (done: number) => void } = {}): Promise<number> {
  const schemas = new Map<string, { name: string; type: string; maxSelect?: number }[]>();
  const fieldsOf = async (collection: string) => {
    let f = schemas.get(collection);
    if (!f) schemas.set(collection, (f = (await admin.collections.getOne(collection)).fields.map((x) => ({ name: x.name, type: x.type, maxSelect: x['maxSelect'] }))));
    return f;
  };
  const now = new Date().toISOString().replace('T', ' ');
  const value = (field: { name: string; type: string; maxSelect?: number }, v: unknown): string => {
    if (field.type === 'autodate') return sqlText(now);
    if (field.name === 'version') return '1';
    if (field.type === 'bool') return v ? '1' : '0';
    if (field.type === 'number') return String(Number(v) || 0);
    if (field.type === 'json') return v === null || v === undefined ? 'NULL' : sqlText(JSON.stringify(v));
    if (Array.isArray(v)) return sqlText(JSON.stringify(v));
    return sqlText(v === null || v === undefined ? '' : String(v));
  };
  const child = spawn('sqlite3', ['-bail', dbPath], { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number>((ok) => child.once('exit', (code) => ok(code ?? 1)));
  const write = (text: string) => (child.stdin.write(text) ? Promise.resolve() : new Promise<void>((ok) => child.stdin.once('drain', () => ok())));
  const heads = new Map<string, string>();
  await write('PRAGMA busy_timeout = 60000;\nBEGIN IMMEDIATE;\n');
  let done = 0;
  let text = '';
  for (const w of writes) {
    const fields = await fieldsOf(w.collection);
    let head = heads.get(w.collection);
    if (!head) heads.set(w.collection, (head = `INSERT OR REPLACE INTO \`${w.collection}\` (${fields.map((f) => `\`${f.name}\``).join(',')}) VALUES (`));
    text += `${head}${fields.map((f) => value(f, w.body[f.name])).join(',')});\n`;
    done += 1;
    if (done % 50_000 === 0) {
      await write(`${text}COMMIT;\nBEGIN IMMEDIATE;\n`);
      text = '';
      opts.onProgress?.(done);
    } else if (text.length > 1_000_000) {
      await write(text);
      text = '';
    }
  }
  await write(text);
  // Folded back into the database file: a PocketBase that starts reading through a WAL of a million rows is slow,
  // and its first checkpoint would hold a request for seconds.
  await write('COMMIT;\nPRAGMA wal_checkpoint(TRUNCATE);\n');
  child.stdin.end();
  const code = await exited;
  if (code !== 0) throw new Error(`sqlite3 failed (${code}): ${stderr.slice(-2000)}`);
  opts.onProgress?.(done);
  return done;
}
