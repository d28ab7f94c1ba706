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
import { NATIONAL, seedNational } from '@otou/server';
import { seedNationalBudget, NATIONAL_APPROVED_MONTHS } from '../server/src/seed/nationalBudget.ts';
import { DEMO_PERIOD_CODE, lineId, periodId } from '../server/src/seed/budgetDemo.ts';
import { networkId, universityId } from '../server/src/seed/demo.ts';
import { benchOptions, progressBar, timeCases, withPocketBase } from './lib.ts';

const options = benchOptions({ n: 50, warmup: 5 });
const secs = (ms: number) => (ms / 1000).toFixed(2);
const baht = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

await withPocketBase(async ({ admin, as, login, rest }) => {
  const orgStart = performance.now();
  const org = await seedNational(admin, progressBar('Seeding national scale'));
  const budgetStart = performance.now();
  const budget = await seedNationalBudget(admin, progressBar('Seeding national budget'));
  const seeded = performance.now();
  const seedSummary = `Seeded ${org.records} organisation records in ${secs(budgetStart - orgStart)} s and ${budget.records} budget records in ${secs(seeded - budgetStart)} s`;
  process.stderr.write(`${seedSummary}\n`);

  const [centralToken, networkToken, staffToken] = [await login('central@otou.demo'), await login('network.uc@otou.demo'), await login('staff.uc01@otou.demo')];

  const period = periodId(DEMO_PERIOD_CODE);
  const asOf = NATIONAL_APPROVED_MONTHS;
  const uc = networkId('UC');
  const uc01 = universityId('UC-U01');

  // The university user's own PocketBase client, one of their tambons and one of its budget lines to read by id.
  const staffPb = rest(staffToken);
  const tambon = (await staffPb.collection('tambons').getList(1, 1, { fields: 'id', sort: 'code' })).items[0];
  if (!tambon) throw new Error('The university user sees no tambon; the seed or the API rules are broken.');
  const line = lineId(tambon.id, period, '1.1');

  const rollup = (token: string, target: { level: 'national' } | { level: 'network' | 'university'; id: string }) => () =>
    as(token).budget.rollup.byLevel({ target, periodId: period, asOf });
  const national = rollup(centralToken, { level: 'national' });
  const network = rollup(networkToken, { level: 'network', id: uc });
  const university = rollup(staffToken, { level: 'university', id: uc01 });
  const tambonReport = () => as(staffToken).budget.report.byTambon({ tambonId: tambon.id, periodId: period, asOf });

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

  await timeCases(
    [
      { name: 'baseline: PocketBase SDK budget_lines.getOne (university user)', run: () => staffPb.collection('budget_lines').getOne(line) },
      { name: `budget.rollup national, central admin (${kids(n.value)})`, run: national },
      { name: `budget.rollup network UC, network admin (${kids(w.value)})`, run: network },
      { name: `budget.rollup university UC-U01, its staff (${kids(u.value)})`, run: university },
      { name: `budget.tambonReport one UC-U01 tambon, its staff (${t.value.months.length} months)`, run: tambonReport },
    ],
    options,
    [
      `National scale: ${NATIONAL.networks} networks, ${NATIONAL.universities} universities, ${NATIONAL.tambons} tambons; period ${DEMO_PERIOD_CODE}, months 1–${NATIONAL_APPROVED_MONTHS} approved, as of month ${asOf}`,
      seedSummary,
      `National roll-up: budget ${baht(nTotal.budget)} baht, actual to date ${baht(nTotal.actualToDate)} baht; first calls (cold): national ${n.ms.toFixed(0)} ms, network ${w.ms.toFixed(0)} ms, university ${u.ms.toFixed(0)} ms, tambon ${t.ms.toFixed(0)} ms`,
    ],
  );
});
