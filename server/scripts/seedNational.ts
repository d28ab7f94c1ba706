/**
 * Seeds the national scale (9 networks, 76 universities, 3,000 real tambons, module switches and three logins, and
 * the assessments of a baseline and a quarterly round for every tambon, and 60,000 workers with twelve months of
 * reports and payments)
 * into a PocketBase data folder, for benchmarks and for trying the platform at full size.
 *
 *   pnpm seed:national                        # into <repo>/.data/national, then stop
 *   pnpm seed:national --dir .data/big        # another folder (relative paths are taken from the repo root)
 *   pnpm seed:national --keep-running         # keep PocketBase serving afterwards until Ctrl-C
 *
 * Progress goes to stderr, the summary to stdout. Seeding is idempotent: running it again on the same folder
 * upserts the same records (stable ids) and leaves the counts unchanged.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type PocketBase from 'pocketbase';
import { startPocketBase, type PocketBaseProcess } from '../src/pocketbase/process.ts';
import { superuserClient } from '../src/pocketbase/admin.ts';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { NATIONAL, seedNational } from '../src/seed/national.ts';
import { seedNationalAssessment } from '../src/seed/nationalAssessment.ts';
import { seedNationalEmployment } from '../src/seed/nationalEmployment.ts';

const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const USAGE = `Usage: pnpm seed:national [--dir <path>] [--keep-running]

  --dir <path>      PocketBase data folder (default: .data/national; relative to the repository root)
  --keep-running    keep PocketBase serving after seeding and print its URL; stop with Ctrl-C
  -h, --help        show this help`;

function options(): { dir: string; keepRunning: boolean } {
  // pnpm may hand a bare "--" through; it separates nothing here.
  const args = process.argv.slice(2).filter((a) => a !== '--');
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { dir: { type: 'string' }, 'keep-running': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
      strict: true,
      allowPositionals: false,
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const dir = parsed.values.dir ?? '.data/national';
  return { dir: isAbsolute(dir) ? dir : resolve(REPO_ROOT, dir), keepRunning: parsed.values['keep-running'] ?? false };
}

async function count(admin: PocketBase, collection: string): Promise<number> {
  return (await admin.collection(collection).getList(1, 1, { fields: 'id' })).totalItems;
}

async function main(): Promise<void> {
  const opts = options();
  let pb: PocketBaseProcess | undefined;
  let bar: cliProgress.SingleBar | undefined;
  let stopping: Promise<void> | undefined;

  /** Stops PocketBase exactly once, whatever asked for it (end of run, error, Ctrl-C, SIGTERM). */
  const stop = () => (stopping ??= (async () => {
    bar?.stop();
    await pb?.stop();
  })());

  let interrupted: (() => void) | undefined;
  const untilInterrupted = new Promise<void>((ok) => (interrupted = ok));
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return; // already on the way out
    console.error(`\n${signal}: stopping PocketBase…`);
    interrupted?.();
    // When the signal comes during seeding, the pending batch fails once PocketBase is gone; exit regardless.
    void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const started = performance.now();
  try {
    console.error(`Starting PocketBase on ${opts.dir}`);
    pb = await startPocketBase({ dataDir: opts.dir });
    const admin = await superuserClient(pb.url, pb.superuser);
    const ready = performance.now();

    bar = new cliProgress.SingleBar(
      {
        format: 'Seeding national scale [{bar}] {percentage}% | {value}/{total} records | {duration_formatted}',
        stream: process.stderr,
        hideCursor: true,
        // Outside a terminal (CI logs) print a plain line now and then instead of redrawing.
        noTTYOutput: !process.stderr.isTTY,
        notTTYSchedule: 1000,
      },
      cliProgress.Presets.shades_classic,
    );
    let barStarted = false;
    const { records } = await seedNational(admin, (done, total) => {
      if (stopping) return; // interrupted: the bar is gone already
      if (!barStarted) {
        bar!.start(total, 0);
        barStarted = true;
      }
      bar!.update(done);
    });
    bar.stop();
    // The assessment rounds (baseline and a quarter) and their forms, with a bar of their own.
    const assessmentBar = new cliProgress.SingleBar(
      { format: 'Seeding assessments      [{bar}] {percentage}% | {value}/{total} records | {duration_formatted}', stream: process.stderr, hideCursor: true, noTTYOutput: !process.stderr.isTTY, notTTYSchedule: 1000 },
      cliProgress.Presets.shades_classic,
    );
    bar = assessmentBar;
    let assessmentStarted = false;
    const assessment = await seedNationalAssessment(admin, (done, total) => {
      if (stopping) return;
      if (!assessmentStarted) {
        assessmentBar.start(total, 0);
        assessmentStarted = true;
      }
      assessmentBar.update(done);
    });
    assessmentBar.stop();
    // 60,000 workers with their year of reports and payments: straight into SQLite when Debian's sqlite3 is here.
    const employmentBar = new cliProgress.SingleBar(
      { format: 'Seeding employment       [{bar}] {percentage}% | {value}/{total} records | {duration_formatted}', stream: process.stderr, hideCursor: true, noTTYOutput: !process.stderr.isTTY, notTTYSchedule: 1000 },
      cliProgress.Presets.shades_classic,
    );
    bar = employmentBar;
    let employmentStarted = false;
    const employmentStart = performance.now();
    const employment = await seedNationalEmployment(
      admin,
      (done, total) => {
        if (stopping) return;
        if (!employmentStarted) {
          employmentBar.start(total, 0);
          employmentStarted = true;
        }
        employmentBar.setTotal(total);
        employmentBar.update(done);
      },
      { dataDir: opts.dir },
    );
    employmentBar.stop();
    const seeded = performance.now();

    const [networks, universities, tambons, users, moduleSettings] = await Promise.all([
      count(admin, 'networks'),
      count(admin, 'universities'),
      count(admin, 'tambons'),
      count(admin, 'users'),
      count(admin, 'module_settings'),
    ]);
    const secs = (ms: number) => (ms / 1000).toFixed(2);
    const check = (n: number, want: number) => (n === want ? '' : `  (expected ${want})`);
    console.log(
      [
        `Seeded the national scale into ${opts.dir}`,
        `  records written   ${records} (and ${assessment.records} assessment records: a baseline and a quarter's round)`,
        `  employment        ${employment.records} records for ${employment.tambons} tambons (60,000 workers, 12 months of reports and payments) in ${secs(seeded - employmentStart)} s via ${employment.via}`,
        `  seeding took      ${secs(seeded - ready)} s (${secs(seeded - started)} s with PocketBase start-up and migrations)`,
        `  read back         ${networks} networks${check(networks, NATIONAL.networks)}, ${universities} universities${check(universities, NATIONAL.universities)}, ${tambons} tambons${check(tambons, NATIONAL.tambons)}, ${moduleSettings} module settings, ${users} users`,
      ].join('\n'),
    );
    const mismatch = networks !== NATIONAL.networks || universities !== NATIONAL.universities || tambons !== NATIONAL.tambons;
    if (mismatch) {
      // Counts above the target mean the folder held other data already (e.g. the demo seed).
      console.error(`The counts read back differ from the national scale; was ${opts.dir} seeded with something else before?`);
      process.exitCode = 1;
    }

    if (opts.keepRunning && !stopping) {
      console.log(
        [
          '',
          `PocketBase is serving at ${pb.url} (admin UI ${pb.url}/_/, superuser ${pb.superuser.email} / ${pb.superuser.password})`,
          `Logins: central@otou.demo, network.uc@otou.demo, staff.uc01@otou.demo (password ${DEMO_PASSWORD})`,
          'Press Ctrl-C to stop.',
        ].join('\n'),
      );
      await untilInterrupted;
    }
  } catch (e) {
    if (!stopping) {
      bar?.stop();
      console.error(`Seeding failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    }
  } finally {
    await stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

await main();
