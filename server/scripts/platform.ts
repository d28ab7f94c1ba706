/**
 * `npm start` (via bootstrap) → `platform.ts start`: the built platform with demo data on one URL.
 * `pnpm dev` → `platform.ts dev`: the same, with modules rebuilt on save and the shell on Vite's dev server.
 * Either runs only the modules of a subset deployment (`--modules a,b`, OTOU_MODULES or deployment.json).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEPLOYMENT_SOURCE_NAMES } from '@otou/domain';
import { freePort } from '../src/pocketbase/process.ts';
import { REPO_ROOT, startPlatform } from '../src/platform.ts';
import { clockFrom } from '../src/context.ts';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../src/seed/demo.ts';
import { announceRunning } from './running.ts';
import { requestedDeployment } from './deployment.ts';

const mode = process.argv[2] === 'dev' ? 'dev' : 'start';
let deployment: ReturnType<typeof requestedDeployment>;
try {
  deployment = requestedDeployment();
} catch (e) {
  console.error(`✖ ${(e as Error).message}`);
  process.exit(1);
}
const subset = deployment.source === 'all' ? undefined : deployment.modules;
const children: ChildProcess[] = [];

async function pickPort(preferred: number): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((ok) => {
    const s = createServer();
    s.once('error', () => void freePort().then(ok));
    s.listen(preferred, '127.0.0.1', () => s.close(() => ok(preferred)));
  });
}

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  return child;
}

async function waitFor(files: string[], seconds: number) {
  const until = Date.now() + seconds * 1000;
  while (files.some((f) => !existsSync(f))) {
    if (Date.now() > until) throw new Error(`Still missing after ${seconds} s: ${files.filter((f) => !existsSync(f)).join(', ')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const port = await pickPort(Number(process.env['PORT'] ?? 8080));
if (mode === 'dev') {
  // Build the modules once in watch mode; the platform server serves whatever they write to dist/.
  const filters = deployment.modules.flatMap((m) => ['--filter', `./modules/${m}`]);
  run('pnpm', ['-r', '--parallel', ...filters, 'exec', 'vite', 'build', '--watch', '--configLoader', 'runner', '--mode', 'development']);
  await waitFor(deployment.modules.map((m) => join(REPO_ROOT, 'modules', m, 'dist', 'manifest.json')), 120);
}
// OTOU_CLOCK=2021-02-28T10:00:00+07:00 stands the demo inside February 2564's reporting window.
const clockAt = process.env['OTOU_CLOCK'] ? new Date(process.env['OTOU_CLOCK']) : null;
if (clockAt && Number.isNaN(clockAt.getTime())) throw new Error(`OTOU_CLOCK is not a date: ${process.env['OTOU_CLOCK']} (e.g. 2021-02-28T10:00:00+07:00)`);
const dataDir = join(REPO_ROOT, '.data', 'pb');
const platform = await startPlatform({
  dataDir,
  port,
  log: (l) => console.log(`[platform] ${l}`),
  // Watch builds change under a version that is not bumped: served from their dist, not published.
  ...(mode === 'dev' ? { publish: false } : {}),
  ...(subset ? { modules: subset } : {}),
  ...(clockAt ? { clock: clockFrom(clockAt) } : {}),
});
const forgetRunning = announceRunning({ pid: process.pid, dataDir, pbUrl: platform.pb.url, superuser: platform.pb.superuser, modules: deployment.modules });
let url = platform.url.replace('127.0.0.1', 'localhost');
if (mode === 'dev') {
  const shellPort = await pickPort(5100);
  run('pnpm', ['--filter', '@otou/shell', 'exec', 'vite', '--configLoader', 'runner', '--port', String(shellPort), '--strictPort'], { OTOU_API: platform.url });
  url = `http://localhost:${shellPort}`;
}

const width = Math.max(...DEMO_LOGINS.map((l) => l.email.length));
console.log(`
  OTOU platform (${mode === 'dev' ? 'development, hot reload' : 'built'}) is running:

    ${url}

  Demo logins (password for all: ${DEMO_PASSWORD})
${DEMO_LOGINS.map((l) => `    ${l.email.padEnd(width)}  ${l.role}`).join('\n')}

  PocketBase: ${platform.pb.url} (data in .data/pb). Ctrl-C stops everything.${subset ? `
  Modules: ${subset.join(', ')} only (a subset deployment, from ${DEPLOYMENT_SOURCE_NAMES[deployment.source]}).` : ''}${clockAt ? `
  Reporting windows are judged as if it were ${clockAt.toISOString()} (OTOU_CLOCK).` : ''}
`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  forgetRunning();
  await platform.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
