/**
 * What every benchmark here shares: options, a throw-away PocketBase stopped on any exit, progress bars, timing cases
 * round-robin after a warm-up, and a table of medians as ratios to a baseline measured in the same run. No case
 * passes or fails on speed.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import PocketBase, { BaseAuthStore } from 'pocketbase';
import { appRouter, createCallerFactory, createContextFor, DEMO_PASSWORD, startPocketBase, superuserClient, type PocketBaseProcess } from '@otou/server';

export function benchOptions(defaults: { n: number; warmup: number }): { N: number; WARMUP: number } {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { n: { type: 'string', default: String(defaults.n) }, warmup: { type: 'string', default: String(defaults.warmup) } },
    strict: true,
  });
  return { N: Math.max(1, Number.parseInt(values.n ?? '', 10) || defaults.n), WARMUP: Math.max(0, Number.parseInt(values.warmup ?? '', 10) || 0) };
}

/** A progress bar on stderr for long work (seeding, timing); call with (done, total). */
export function progressBar(label: string): (done: number, total: number) => void {
  const bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {percentage}% {value}/{total}`, stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
  let started = false;
  return (done, total) => {
    if (!started) {
      bar.start(total, 0);
      started = true;
    }
    bar.update(done);
    if (done >= total) bar.stop();
  };
}

const createCaller = createCallerFactory(appRouter);

export interface Platform {
  pb: PocketBaseProcess;
  admin: PocketBase;
  /** A tRPC caller with a fresh context per call, as each HTTP request gets one. */
  as(token: string): ReturnType<typeof createCaller>;
  login(email: string): Promise<string>;
  /** A PocketBase SDK client carrying a user's token. */
  rest(token: string): PocketBase;
}

/** Runs a benchmark against a temporary PocketBase that is stopped however the run ends (Ctrl-C included). */
export interface BenchPlatformOptions {
  /** The platform's clock (the server's OTOU_CLOCK): the day dashboards count on. The real time when omitted. */
  clock?: () => Date;
}

export async function withPocketBase(body: (p: Platform) => Promise<void>, opts: BenchPlatformOptions = {}): Promise<void> {
  let pb: PocketBaseProcess | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= pb?.stop() ?? Promise.resolve());
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      process.stderr.write(`\n${signal}: stopping PocketBase…\n`);
      void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  try {
    process.stderr.write('Starting a temporary PocketBase…\n');
    pb = await startPocketBase();
    const url = pb.url;
    const config = { pbUrl: url, superuser: pb.superuser, ...(opts.clock ? { clock: opts.clock } : {}) };
    const as = (token: string) => createCaller(createContextFor(config, token, 'th'));
    const guest = createCaller(createContextFor(config, null, 'th'));
    await body({
      pb,
      admin: await superuserClient(url, pb.superuser),
      as,
      login: async (email) => (await guest.auth.login({ email, password: DEMO_PASSWORD })).token,
      rest: (token) => {
        const c = new PocketBase(url, new BaseAuthStore());
        c.autoCancellation(false);
        c.authStore.save(token);
        return c;
      },
    });
  } catch (e) {
    if (!stopping) {
      console.error(`Benchmark failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      process.exitCode = 1;
    }
  } finally {
    await stop();
  }
}

export interface Case {
  name: string;
  run: () => Promise<unknown>;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/**
 * Times the cases round-robin, rotating the order every round so drift hits them alike, and prints a table whose
 * first case is the baseline every other is divided by.
 */
export async function timeCases(cases: Case[], { N, WARMUP }: { N: number; WARMUP: number }, heading: string[]): Promise<void> {
  const samples = cases.map(() => [] as number[]);
  const rounds = WARMUP + N;
  const tick = progressBar(`Timing ${cases.length} cases, ${WARMUP} warm-up + ${N} rounds`);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (r + k) % cases.length;
      const t0 = performance.now();
      await cases[i]!.run();
      if (r >= WARMUP) samples[i]!.push(performance.now() - t0);
    }
    tick(r + 1, rounds);
  }
  const base = median(samples[0]!);
  const rows = cases.map((c, i) => {
    const sorted = [...samples[i]!].sort((a, b) => a - b);
    return { case: c.name, median: median(sorted).toFixed(2), p10: quantile(sorted, 0.1).toFixed(2), p90: quantile(sorted, 0.9).toFixed(2), ratio: `${(median(sorted) / base).toFixed(2)}×` };
  });
  const head = { case: 'case', median: 'median ms', p10: 'p10 ms', p90: 'p90 ms', ratio: 'vs baseline' };
  const w = (k: keyof typeof head) => Math.max(head[k].length, ...rows.map((r) => r[k].length));
  const line = (r: typeof head) =>
    `${r.case.padEnd(w('case'))} | ${r.median.padStart(w('median'))} | ${r.p10.padStart(w('p10'))} | ${r.p90.padStart(w('p90'))} | ${r.ratio.padStart(w('ratio'))}`;
  console.log(
    [
      '',
      ...heading,
      `${N} timed rounds after ${WARMUP} warm-up; Node ${process.version}`,
      '',
      line(head),
      `${'-'.repeat(w('case'))}-+-${'-'.repeat(w('median'))}-+-${'-'.repeat(w('p10'))}-+-${'-'.repeat(w('p90'))}-+-${'-'.repeat(w('ratio'))}`,
      ...rows.map(line),
      '',
    ].join('\n'),
  );
}
