#!/usr/bin/env node
// `npm start` and `npm test` on a fresh machine that has only Node ≥ 20.19 and npm: installs what is missing
// (pnpm, the workspace's dependencies and, for tests, Debian's Chromium), then starts the platform or runs every
// check. Plain JavaScript with no dependencies, because it runs before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PNPM_VERSION = '10.34.9';
const mode = process.argv[2];
const started = Date.now();

function say(line) {
  console.log(`\n\u001b[1m▸ ${line}\u001b[0m`);
}

function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env, ...opts });
  if (r.error) fail(`${cmd} could not start: ${r.error.message}`);
  return r.status ?? 1;
}

function must(cmd, args, what) {
  if (run(cmd, args) !== 0) fail(`${what} failed (${cmd} ${args.join(' ')})`);
}

function output(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env: process.env });
  return r.status === 0 ? r.stdout.trim() : null;
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) fail(`Node ${process.versions.node} is too old: the platform needs Node ≥ 20.19.`);

// pnpm 11+ needs Node ≥ 22, so a pnpm of the 10 line goes into .tools/ unless one is on the PATH already.
function ensurePnpm() {
  const local = join(ROOT, '.tools', 'node_modules', '.bin');
  process.env.PATH = `${local}${delimiter}${process.env.PATH}`;
  const v = output('pnpm', ['--version']);
  if (v && Number(v.split('.')[0]) === 10) return;
  say(`Installing pnpm ${PNPM_VERSION} into .tools/`);
  mkdirSync(join(ROOT, '.tools'), { recursive: true });
  must('npm', ['install', '--prefix', join(ROOT, '.tools'), '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${PNPM_VERSION}`], 'Installing pnpm');
  if (!output('pnpm', ['--version'])) fail('pnpm was installed but does not run');
}

function ensureDependencies() {
  say('Installing dependencies (pnpm install)');
  must('pnpm', ['install', '--frozen-lockfile', '--reporter=append-only'], 'pnpm install');
}

function chromiumPath() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
}

// Playwright cannot download its own browser here; Debian's Chromium is the one end-to-end tests drive.
function ensureChromium() {
  if (chromiumPath()) return;
  say("Installing Debian's Chromium for the end-to-end tests");
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = (args) => (asRoot ? run('apt-get', args) : run('sudo', ['-n', 'apt-get', ...args]));
  process.env.DEBIAN_FRONTEND = 'noninteractive';
  if (apt(['update', '-qq']) !== 0 || apt(['install', '-y', '-qq', 'chromium']) !== 0 || !chromiumPath()) {
    fail('Chromium is missing and could not be installed. Install it with `apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.');
  }
}

function workspacePackages() {
  const dirs = ['shell', 'server', 'e2e', 'bench', ...['shared', 'modules'].flatMap((d) => readdirSync(join(ROOT, d)).map((n) => join(d, n)))];
  return dirs
    .filter((d) => existsSync(join(ROOT, d, 'package.json')))
    .map((d) => ({ dir: d, ...JSON.parse(readFileSync(join(ROOT, d, 'package.json'), 'utf8')) }));
}

const REPORTS = join(ROOT, '.data', 'test-reports');
const tally = [];

function countVitest(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.success === false && !r.numFailedTests ? 1 : 0) };
}

function countPlaywright(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const s = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0 };
}

/** Runs one package's vitest script with a JSON report beside the normal output, and counts it. */
function vitestStep(kind, pkg, script) {
  const report = join(REPORTS, `${kind}-${pkg.name.replace(/[@/]/g, '_')}.json`);
  const status = run('pnpm', ['--filter', pkg.name, 'run', script, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const c = countVitest(report);
  if (status !== 0 && c.failed === 0) c.failed = 1;
  tally.push({ kind, name: pkg.name, ...c });
  return status === 0;
}

function test() {
  ensureChromium();
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });
  const pkgs = workspacePackages();
  let ok = true;

  say('Type checks (tsc and svelte-check in every package)');
  const typecheck = run('pnpm', ['-r', '--workspace-concurrency=2', 'run', 'typecheck']) === 0;
  tally.push({ kind: 'typecheck', name: 'all packages', passed: typecheck ? 1 : 0, failed: typecheck ? 0 : 1 });
  ok &&= typecheck;

  say('Unit tests');
  for (const p of pkgs.filter((p) => p.scripts?.['test:unit'])) ok = vitestStep('unit', p, 'test:unit') && ok;

  say('Integration tests (each file starts a real PocketBase)');
  for (const p of pkgs.filter((p) => p.scripts?.['test:integration'])) ok = vitestStep('integration', p, 'test:integration') && ok;

  say('Building the shell and the five modules');
  const built = run('pnpm', ['run', 'build']) === 0;
  ok &&= built;

  if (built) {
    say('Size budgets (gzip -9 of each module, the shell and the shared runtime)');
    const sizesReport = join(REPORTS, 'sizes.json');
    const sizesOk = run('node', [join(ROOT, 'shared', 'runtime', 'sizes.mjs'), '--report', sizesReport]) === 0;
    const sizes = existsSync(sizesReport) ? JSON.parse(readFileSync(sizesReport, 'utf8')) : { passed: 0, failed: 1 };
    tally.push({ kind: 'sizes', name: 'bundle budgets', passed: sizes.passed, failed: sizes.failed || (sizesOk ? 0 : 1) });
    ok &&= sizesOk;

    say('End-to-end tests (Playwright driving Chromium against the real platform, then a budget-only deployment)');
    const report = join(REPORTS, 'e2e.json');
    process.env.OTOU_TEST_REPORT = report;
    process.env.CHROMIUM_PATH = chromiumPath();
    const status = run('pnpm', ['--filter', '@otou/e2e', 'run', 'test']);
    // The e2e script runs two configs: the stories, and the subset deployment's run (report e2e-subset.json).
    const c = countPlaywright(report);
    const subset = countPlaywright(join(REPORTS, 'e2e-subset.json'));
    if (status !== 0 && c.failed + subset.failed === 0) c.failed = 1;
    tally.push({ kind: 'e2e', name: '@otou/e2e', ...c }, { kind: 'e2e', name: '@otou/e2e subset', ...subset });
    ok &&= status === 0;
  } else {
    tally.push({ kind: 'build', name: 'shell and modules', passed: 0, failed: 1 });
  }

  const passed = tally.reduce((a, t) => a + t.passed, 0);
  const failed = tally.reduce((a, t) => a + t.failed, 0);
  console.log('\nSummary');
  for (const t of tally) console.log(`  ${t.kind.padEnd(12)} ${t.name.padEnd(22)} ${String(t.passed).padStart(4)} passed ${String(t.failed).padStart(3)} failed`);
  console.log(`  (${Math.round((Date.now() - started) / 1000)} s)`);
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(ok && failed === 0 ? 0 : 1);
}

/**
 * The modules this platform runs: `--modules a,b`, else OTOU_MODULES, else deployment.json, else all five. The rule
 * (and its refusal of unknown names) lives in @otou/domain, read by server/scripts/deployment.ts.
 */
function deployment() {
  const args = process.argv.slice(3);
  const r = spawnSync('pnpm', ['--filter', '@otou/server', 'exec', 'tsx', 'scripts/deployment.ts', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
  if (r.status !== 0) fail('Nothing was started: correct the list of modules (see the line above).');
  const modules = r.stdout.trim().split('\n').at(-1).split(',');
  // The flag reaches the platform as OTOU_MODULES, which wins over deployment.json there as the flag does here.
  if (args.some((a) => a === '--modules' || a.startsWith('--modules='))) process.env.OTOU_MODULES = modules.join(',');
  return modules;
}

function start() {
  const modules = deployment();
  const all = modules.length === 5;
  say(`Building the shell and ${all ? 'the five modules' : `the module${modules.length > 1 ? 's' : ''} ${modules.join(', ')}`}`);
  must('pnpm', ['-r', '--filter', './shell', ...modules.flatMap((m) => ['--filter', `./modules/${m}`]), 'run', 'build'], 'The build');
  say(`Starting PocketBase, the server, the shell and ${all ? 'all modules' : modules.join(', ')}`);
  // A process group of its own, signalled as a whole: pnpm does not pass a stop signal on to its script, and a
  // stop sent to this process alone must still reach the platform and PocketBase.
  const child = spawn('pnpm', ['--filter', '@otou/server', 'run', 'start'], { cwd: ROOT, stdio: 'inherit', detached: true });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.kill(-child.pid, signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

if (mode !== 'start' && mode !== 'test') fail('usage: node server/scripts/bootstrap.mjs start|test');
ensurePnpm();
ensureDependencies();
if (mode === 'test') test();
else start();
