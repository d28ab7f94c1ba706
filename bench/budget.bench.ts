/**
 * What the budget roll-ups cost at national scale (9 networks, 76 universities, 3,000 tambons, ~51,000 budget records).
 *
 *   pnpm bench                             # from the repository root: the registry benchmark, then this one
 *   pnpm --filter @otou/bench bench:budget # this one alone
 *   pnpm --filter @otou/bench bench:budget --n 100 --warmup 10
 *
 * Starts a throw-away PocketBase, seeds the national scale and its budget (every tambon: 9 budget lines, months 1–6
 * approved, two instalments), then times:
 *   - baseline: one budget line read by id straight through the PocketBase SDK, as the university user;
 *   - budget.rollup through tRPC: national as the central admin, network UC as its network admin, university UC-U01
 *     as its staff;
 *   - budget.tambonReport through tRPC of one of UC-U01's tambons, as its staff.
 * Every tRPC call gets a fresh context, as each HTTP request does in the server, so the per-request session load
 * is part of what is measured. Cases run round-robin (order rotated each round) after a warm-up, so drift hits
 * them alike. Reports medians, 90th percentiles and each case's ratio to the baseline; there is no pass or fail on
 * speed.
 */
import { parseArgs } from 'node:util';
import PocketBase, { BaseAuthStore } from 'pocketbase';
import {
  appRouter,
  createCallerFactory,
  createContextFor,
  DEMO_PASSWORD,
  NATIONAL,
  seedNational,
  startPocketBase,
  superuserClient,
  type PocketBaseProcess,
} from '@otou/server';
import { seedNationalBudget, NATIONAL_APPROVED_MONTHS } from '../server/src/seed/nationalBudget.ts';
import { DEMO_PERIOD_CODE, lineId, periodId } from '../server/src/seed/budgetDemo.ts';
import { networkId, universityId } from '../server/src/seed/demo.ts';

const createCaller = createCallerFactory(appRouter);

const args = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { n: { type: 'string', default: '50' }, warmup: { type: 'string', default: '5' } },
  strict: true,
});
const N = Math.max(1, Number.parseInt(args.values.n ?? '50', 10) || 50);
const WARMUP = Math.max(0, Number.parseInt(args.values.warmup ?? '5', 10) || 0);

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

const secs = (ms: number) => (ms / 1000).toFixed(2);
const baht = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

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

  const orgStart = performance.now();
  const org = await seedNational(admin, (done, total) => progress('Seeding national scale', done, total));
  const budgetStart = performance.now();
  const budget = await seedNationalBudget(admin, (done, total) => progress('Seeding national budget', done, total));
  const seeded = performance.now();
  const seedSummary = `Seeded ${org.records} organisation records in ${secs(budgetStart - orgStart)} s and ${budget.records} budget records in ${secs(seeded - budgetStart)} s`;
  process.stderr.write(`${seedSummary}\n`);

  const guest = createCaller(createContextFor({ pbUrl: url }, null, 'th'));
  const login = async (email: string) => (await guest.auth.login({ email, password: DEMO_PASSWORD })).token;
  const [centralToken, networkToken, staffToken] = [await login('central@otou.demo'), await login('network.uc@otou.demo'), await login('staff.uc01@otou.demo')];
  const as = (token: string) => createCaller(createContextFor({ pbUrl: url }, token, 'th'));

  const period = periodId(DEMO_PERIOD_CODE);
  const asOf = NATIONAL_APPROVED_MONTHS;
  const uc = networkId('UC');
  const uc01 = universityId('UC-U01');

  // The university user's own PocketBase client, one of their tambons and one of its budget lines to read by id.
  const staffPb = new PocketBase(url, new BaseAuthStore());
  staffPb.autoCancellation(false);
  staffPb.authStore.save(staffToken);
  const tambon = (await staffPb.collection('tambons').getList(1, 1, { fields: 'id', sort: 'code' })).items[0];
  if (!tambon) throw new Error('The university user sees no tambon; the seed or the API rules are broken.');
  const line = lineId(tambon.id, period, '1.1');

  const rollup = (token: string, target: { level: 'national' } | { level: 'network' | 'university'; id: string }) => () =>
    as(token).budget.rollup({ target, periodId: period, asOf });
  const national = rollup(centralToken, { level: 'national' });
  const network = rollup(networkToken, { level: 'network', id: uc });
  const university = rollup(staffToken, { level: 'university', id: uc01 });
  const tambonReport = () => as(staffToken).budget.tambonReport({ tambonId: tambon.id, periodId: period, asOf });

  // What each case returns, once (timed alone, cold), so the table says what was measured and the sums are checked.
  const once = async <T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> => {
    const t0 = performance.now();
    const value = await run();
    return { value, ms: performance.now() - t0 };
  };
  const n = await once(national);
  const w = await once(network);
  const u = await once(university);
  const t = await once(tambonReport);
  const total = (r: { report: { rows: { budget: number; actualToDate: number }[] } }) => r.report.rows[0]!;
  const perTambon = total(t.value);
  const nTotal = total(n.value);
  const expect = { budget: perTambon.budget * NATIONAL.tambons, actual: perTambon.actualToDate * NATIONAL.tambons };
  if (Math.abs(nTotal.budget - expect.budget) > 0.5 || Math.abs(nTotal.actualToDate - expect.actual) > 0.5)
    process.stderr.write(
      `Warning: the national roll-up says budget ${baht(nTotal.budget)} / actual ${baht(nTotal.actualToDate)}, expected ${baht(expect.budget)} / ${baht(expect.actual)}\n`,
    );
  const kids = (r: { children: { level: string; items: unknown[] } }) => `${r.children.items.length} ${r.children.level} children`;

  const cases: Case[] = [
    { name: 'baseline: PocketBase SDK budget_lines.getOne (university user)', run: () => staffPb.collection('budget_lines').getOne(line), samples: [] },
    { name: `budget.rollup national, central admin (${kids(n.value)})`, run: national, samples: [] },
    { name: `budget.rollup network UC, network admin (${kids(w.value)})`, run: network, samples: [] },
    { name: `budget.rollup university UC-U01, its staff (${kids(u.value)})`, run: university, samples: [] },
    { name: `budget.tambonReport one UC-U01 tambon, its staff (${t.value.months.length} months)`, run: tambonReport, samples: [] },
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
      p90: quantile(sorted, 0.9).toFixed(2),
      ratio: `${(median(c.samples) / base).toFixed(2)}×`,
    };
  });
  const head = { case: 'case', median: 'median ms', p90: 'p90 ms', ratio: 'vs baseline' };
  const width = (k: keyof typeof head) => Math.max(head[k].length, ...rows.map((r) => r[k].length));
  const row = (r: typeof head) => `${r.case.padEnd(width('case'))} | ${r.median.padStart(width('median'))} | ${r.p90.padStart(width('p90'))} | ${r.ratio.padStart(width('ratio'))}`;
  console.log(
    [
      '',
      `National scale: ${NATIONAL.networks} networks, ${NATIONAL.universities} universities, ${NATIONAL.tambons} tambons; period ${DEMO_PERIOD_CODE}, months 1–${NATIONAL_APPROVED_MONTHS} approved, as of month ${asOf}`,
      seedSummary,
      `National roll-up: budget ${baht(nTotal.budget)} baht, actual to date ${baht(nTotal.actualToDate)} baht; first calls (cold): national ${n.ms.toFixed(0)} ms, network ${w.ms.toFixed(0)} ms, university ${u.ms.toFixed(0)} ms, tambon ${t.ms.toFixed(0)} ms`,
      `${N} timed rounds after ${WARMUP} warm-up; Node ${process.version}`,
      '',
      row(head),
      `${'-'.repeat(width('case'))}-+-${'-'.repeat(width('median'))}-+-${'-'.repeat(width('p90'))}-+-${'-'.repeat(width('ratio'))}`,
      ...rows.map(row),
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
