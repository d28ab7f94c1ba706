/**
 * What the employment hiring dashboard costs at national scale: 9 networks, 76 universities, 3,000 tambons, 60,000
 * workers with twelve months of reports and payments (about 1.5 million employment records).
 *
 *   pnpm bench                                 # from the repository root: every benchmark, this one last
 *   pnpm --filter @otou/bench bench:employment # this one alone
 *   pnpm --filter @otou/bench bench:employment --n 100 --warmup 10
 *
 * Starts a throw-away PocketBase, seeds the national scale and its employment (straight into SQLite when Debian's
 * sqlite3 is on the machine, else through the API — much slower), then times:
 *   - baseline: one contract read by id straight through the PocketBase SDK, as the university user;
 *   - employment.dashboard.summary through tRPC: national as the central admin (the target: ≤ 100 ms), network UC as
 *     its network admin, university UC-U01 as its staff, and one tambon's drill-down to its workers.
 * Every tRPC call gets a fresh context, as each HTTP request does. No pass or fail on speed: the table prints medians
 * and each case's ratio to the baseline measured in the same run.
 *
 * The platform's clock stands at noon on 15 June 2564, the middle of the seed's programme year: every worker hired,
 * resignations and replacements under way. At the real date the seed's contracts have all ended and the board would
 * count nothing, so the bench refuses to time a board that finds no one hired.
 */
import { clockFrom, NATIONAL, seedNational } from '@otou/server';
import { NATIONAL_EMPLOYMENT, seedNationalEmployment } from '../server/src/seed/nationalEmployment.ts';
import { networkId, universityId } from '../server/src/seed/demo.ts';
import { benchOptions, progressBar, timeCases, withPocketBase } from './lib.ts';

const options = benchOptions({ n: 50, warmup: 5 });
const secs = (ms: number) => (ms / 1000).toFixed(2);
/** The day the boards count: mid-year in the seed's programme year (Bangkok noon, 05:00 UTC). */
const COUNTED_DAY = `${NATIONAL_EMPLOYMENT.year}-06-15`;

await withPocketBase(async ({ pb, admin, as, login, rest }) => {
  const orgStart = performance.now();
  const org = await seedNational(admin, progressBar('Seeding national scale'));
  const employmentStart = performance.now();
  const employment = await seedNationalEmployment(admin, progressBar('Seeding national employment'), { dataDir: pb.dataDir });
  const seeded = performance.now();
  const seedSummary = `Seeded ${org.records} organisation records in ${secs(employmentStart - orgStart)} s and ${employment.records} employment records (${employment.tambons} tambons, via ${employment.via}) in ${secs(seeded - employmentStart)} s`;
  process.stderr.write(`${seedSummary}\n`);

  const [centralToken, networkToken, staffToken] = [await login('central@otou.demo'), await login('network.uc@otou.demo'), await login('staff.uc01@otou.demo')];
  const staffPb = rest(staffToken);
  const contract = (await staffPb.collection('employment_contracts').getList(1, 1, { fields: 'id,tambon', sort: 'id', skipTotal: true })).items[0];
  if (!contract) throw new Error('The university user sees no contract; the seed or the API rules are broken.');

  const summary = (token: string, where: { networkId?: string; universityId?: string; tambonId?: string }) => () => as(token).employment.dashboard.summary(where);
  const national = summary(centralToken, {});
  const first = performance.now();
  const n = await national();
  const cold = performance.now() - first;
  if (n.byType.total.target !== NATIONAL.tambons * 20) process.stderr.write(`Warning: the national target is ${n.byType.total.target} (expected ${NATIONAL.tambons * 20})\n`);
  if (n.asOf !== COUNTED_DAY) throw new Error(`The board counted ${n.asOf}, not ${COUNTED_DAY}: the bench's clock did not reach the server.`);
  if (n.byType.total.hired < n.byType.total.target * 0.9) throw new Error(`Only ${n.byType.total.hired} of ${n.byType.total.target} hired on ${COUNTED_DAY}: the seed and the counted day disagree, and timing a board that counts almost nothing measures nothing.`);
  const t = n.byType;
  const figures = `hired ${t.total.hired} of ${t.total.target} (citizens ${t.citizen.hired}/${t.citizen.target}, graduates ${t.graduate.hired}/${t.graduate.target}, students ${t.student.hired}/${t.student.target}), open ${t.total.open}, awaiting acceptance ${n.awaiting}, late payments ${n.late.count}, resigned ${n.resigned}`;

  await timeCases(
    [
      { name: 'baseline: PocketBase SDK employment_contracts.getOne (university user)', run: () => staffPb.collection('employment_contracts').getOne(contract.id) },
      { name: `employment.dashboard.summary national, central admin (${n.rows.items.length} networks)`, run: national },
      { name: 'employment.dashboard.summary network UC, network admin', run: summary(networkToken, { networkId: networkId('UC') }) },
      { name: 'employment.dashboard.summary university UC-U01, its staff', run: summary(staffToken, { universityId: universityId('UC-U01') }) },
      { name: 'employment.dashboard.summary one tambon with its workers, central admin', run: summary(centralToken, { tambonId: contract['tambon'] }) },
    ],
    options,
    [
      `National scale: ${NATIONAL.networks} networks, ${NATIONAL.universities} universities, ${NATIONAL.tambons} tambons, ${t.total.target} positions`,
      seedSummary,
      `National hiring on ${n.asOf}: ${figures}; first call (cold) ${cold.toFixed(0)} ms`,
      'Target: the national hiring dashboard in ≤ 100 ms (median below).',
    ],
  );
}, { clock: clockFrom(new Date(`${COUNTED_DAY}T05:00:00Z`)) });
