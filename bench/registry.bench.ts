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
import { NATIONAL, releaseModule, seedNational } from '@otou/server';
import assessment from '../modules/assessment/src/manifest.ts';
import budget from '../modules/budget/src/manifest.ts';
import employment from '../modules/employment/src/manifest.ts';
import training from '../modules/training/src/manifest.ts';
import pitching from '../modules/pitching/src/manifest.ts';
import { benchOptions, progressBar, timeCases, withPocketBase } from './lib.ts';

const MANIFESTS = [assessment, budget, employment, training, pitching];
const options = benchOptions({ n: 200, warmup: 20 });

await withPocketBase(async ({ admin, as, login, rest }) => {
  const seedStart = performance.now();
  const { records } = await seedNational(admin, progressBar('Seeding national scale'));
  for (const m of MANIFESTS) await releaseModule(admin, m);
  process.stderr.write(`Seeded ${records} records and released ${MANIFESTS.length} modules in ${((performance.now() - seedStart) / 1000).toFixed(2)} s\n`);

  const [centralToken, networkToken, staffToken] = [await login('central@otou.demo'), await login('network.uc@otou.demo'), await login('staff.uc01@otou.demo')];
  // The university user's own PocketBase client, and one of their tambons to read by id.
  const staffPb = rest(staffToken);
  const tambon = (await staffPb.collection('tambons').getList(1, 1, { fields: 'id' })).items[0];
  if (!tambon) throw new Error('The university user sees no tambon; the seed or the API rules are broken.');

  // What each case returns, once, so the table says what was measured.
  const central = await as(centralToken).org.myScope();
  const network = await as(networkToken).org.myScope();
  const staff = await as(staffToken).org.myScope();
  const registry = await as(staffToken).registry.forMe();
  const fmt = (c: { networks: number; universities: number; tambons: number }) => `${c.networks} net / ${c.universities} uni / ${c.tambons} tambons`;
  if (central.counts.tambons !== NATIONAL.tambons) process.stderr.write(`Warning: central admin counts ${central.counts.tambons} tambons, expected ${NATIONAL.tambons}\n`);

  await timeCases(
    [
      { name: 'baseline: PocketBase SDK tambons.getOne (university user)', run: () => staffPb.collection('tambons').getOne(tambon.id) },
      { name: `org.myScope central admin (${fmt(central.counts)})`, run: () => as(centralToken).org.myScope() },
      { name: `org.myScope network admin UC (${fmt(network.counts)})`, run: () => as(networkToken).org.myScope() },
      { name: `org.myScope university staff UC-U01 (${fmt(staff.counts)})`, run: () => as(staffToken).org.myScope() },
      { name: `registry.forMe university staff (${registry.filter((e) => e.available).length}/${registry.length} modules available)`, run: () => as(staffToken).registry.forMe() },
    ],
    options,
    [`National scale: ${NATIONAL.networks} networks, ${NATIONAL.universities} universities, ${NATIONAL.tambons} tambons`],
  );
});
