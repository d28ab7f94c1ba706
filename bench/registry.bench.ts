/**
 * What the platform's layers cost at national scale (9 networks, 76 universities, 3,000 tambons).
 *
 *   pnpm bench                      # from the repository root
 *   pnpm bench --n 500 --warmup 50  # more repetitions
 *
 * Starts a throw-away PocketBase, seeds the national scale, releases the five real modules, then times:
 *   - baseline: one tambon read by id straight through the PocketBase SDK, as the university user;
 *   - org.myScope through tRPC as the central admin, a network admin and university staff;
 *   - registry.forMe through tRPC as university staff.
 * Every tRPC call gets a fresh context, as each HTTP request does in the server, so the per-request session load
 * is part of what is measured. Cases run round-robin (order rotated each round) after a warm-up, so drift hits
 * them alike. Reports medians and each case's ratio to the baseline; there is no pass or fail on speed.
 */
import { parseArgs } from 'node:util';
import PocketBase, { BaseAuthStore } from 'pocketbase';
import {
  appRouter,
  createCallerFactory,
  createContextFor,
  DEMO_PASSWORD,
  NATIONAL,
  releaseModule,
  seedNational,
  startPocketBase,
  superuserClient,
  type PocketBaseProcess,
} from '@otou/server';
import assessment from '../modules/assessment/src/manifest.ts';
import budget from '../modules/budget/src/manifest.ts';
import employment from '../modules/employment/src/manifest.ts';
import training from '../modules/training/src/manifest.ts';
import pitching from '../modules/pitching/src/manifest.ts';

const MANIFESTS: Parameters<typeof releaseModule>[1][] = [assessment, budget, employment, training, pitching];
const createCaller = createCallerFactory(appRouter);

const args = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { n: { type: 'string', default: '200' }, warmup: { type: 'string', default: '20' } },
  strict: true,
});
const N = Math.max(1, Number.parseInt(args.values.n ?? '200', 10) || 200);
const WARMUP = Math.max(0, Number.parseInt(args.values.warmup ?? '20', 10) || 0);

interface Case {
  name: string;
  run: () => Promise<unknown>;
  samples: number[];
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function progress(label: string, done: number, total: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const line = `${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.round((done / total) * 100)}% ${done}/${total}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done >= total ? '\n' : ''}`);
  else if (done >= total) process.stderr.write(`${line}\n`);
}

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
  const admin = await superuserClient(url, pb.superuser);

  const seedStart = performance.now();
  const { records } = await seedNational(admin, (done, total) => progress('Seeding national scale', done, total));
  for (const m of MANIFESTS) await releaseModule(admin, m);
  process.stderr.write(`Seeded ${records} records and released ${MANIFESTS.length} modules in ${((performance.now() - seedStart) / 1000).toFixed(2)} s\n`);

  const guest = createCaller(createContextFor({ pbUrl: url }, null, 'th'));
  const login = async (email: string) => (await guest.auth.login({ email, password: DEMO_PASSWORD })).token;
  const [centralToken, networkToken, staffToken] = [await login('central@otou.demo'), await login('network.uc@otou.demo'), await login('staff.uc01@otou.demo')];
  const as = (token: string) => createCaller(createContextFor({ pbUrl: url }, token, 'th'));

  // The university user's own PocketBase client, and one of their tambons to read by id.
  const staffPb = new PocketBase(url, new BaseAuthStore());
  staffPb.autoCancellation(false);
  staffPb.authStore.save(staffToken);
  const tambon = (await staffPb.collection('tambons').getList(1, 1, { fields: 'id' })).items[0];
  if (!tambon) throw new Error('The university user sees no tambon; the seed or the API rules are broken.');

  // What each case returns, once, so the table says what was measured.
  const central = await as(centralToken).org.myScope();
  const network = await as(networkToken).org.myScope();
  const staff = await as(staffToken).org.myScope();
  const registry = await as(staffToken).registry.forMe();
  const fmt = (c: { networks: number; universities: number; tambons: number }) => `${c.networks} net / ${c.universities} uni / ${c.tambons} tambons`;
  if (central.counts.tambons !== NATIONAL.tambons) process.stderr.write(`Warning: central admin counts ${central.counts.tambons} tambons, expected ${NATIONAL.tambons}\n`);

  const cases: Case[] = [
    { name: 'baseline: PocketBase SDK tambons.getOne (university user)', run: () => staffPb.collection('tambons').getOne(tambon.id), samples: [] },
    { name: `org.myScope central admin (${fmt(central.counts)})`, run: () => as(centralToken).org.myScope(), samples: [] },
    { name: `org.myScope network admin UC (${fmt(network.counts)})`, run: () => as(networkToken).org.myScope(), samples: [] },
    { name: `org.myScope university staff UC-U01 (${fmt(staff.counts)})`, run: () => as(staffToken).org.myScope(), samples: [] },
    {
      name: `registry.forMe university staff (${registry.filter((e) => e.available).length}/${registry.length} modules available)`,
      run: () => as(staffToken).registry.forMe(),
      samples: [],
    },
  ];

  const rounds = WARMUP + N;
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < cases.length; k++) {
      const c = cases[(r + k) % cases.length]!;
      const t0 = performance.now();
      await c.run();
      const ms = performance.now() - t0;
      if (r >= WARMUP) c.samples.push(ms);
    }
    progress(`Timing ${cases.length} cases, ${WARMUP} warm-up + ${N} rounds`, r + 1, rounds);
  }

  const base = median(cases[0]!.samples);
  const rows = cases.map((c) => {
    const sorted = [...c.samples].sort((a, b) => a - b);
    return {
      case: c.name,
      median: median(c.samples).toFixed(2),
      p10: quantile(sorted, 0.1).toFixed(2),
      p90: quantile(sorted, 0.9).toFixed(2),
      ratio: `${(median(c.samples) / base).toFixed(2)}×`,
    };
  });
  const head = { case: 'case', median: 'median ms', p10: 'p10 ms', p90: 'p90 ms', ratio: 'vs baseline' };
  const w = (k: keyof typeof head) => Math.max(head[k].length, ...rows.map((r) => r[k].length));
  const line = (r: typeof head) =>
    `${r.case.padEnd(w('case'))} | ${r.median.padStart(w('median'))} | ${r.p10.padStart(w('p10'))} | ${r.p90.padStart(w('p90'))} | ${r.ratio.padStart(w('ratio'))}`;
  console.log(
    [
      '',
      `National scale: ${NATIONAL.networks} networks, ${NATIONAL.universities} universities, ${NATIONAL.tambons} tambons; ${N} timed rounds after ${WARMUP} warm-up; Node ${process.version}`,
      '',
      line(head),
      `${'-'.repeat(w('case'))}-+-${'-'.repeat(w('median'))}-+-${'-'.repeat(w('p10'))}-+-${'-'.repeat(w('p90'))}-+-${'-'.repeat(w('ratio'))}`,
      ...rows.map(line),
      '',
    ].join('\n'),
  );
} catch (e) {
  if (!stopping) {
    console.error(`Benchmark failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  }
} finally {
  await stop();
}
