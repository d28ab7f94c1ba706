/**
 * What the assessment dashboards cost at national scale (9 networks, 76 universities, 3,000 tambons, a baseline and a
 * quarterly round: about 5,800 forms).
 *
 *   pnpm bench                                 # from the repository root: every benchmark, this one last
 *   pnpm --filter @otou/bench bench:assessment # this one alone
 *   pnpm --filter @otou/bench bench:assessment --n 100 --warmup 10
 *
 * Starts a throw-away PocketBase, seeds the national scale and its assessments, then times:
 *   - baseline: one assessment form read by id straight through the PocketBase SDK, as the university user;
 *   - assessment.dashboard.tiers through tRPC: national as the central admin (the target: ≤ 100 ms), network UC as its
 *     network admin, university UC-U01 as its staff;
 *   - assessment.dashboard.movement, .goals and .coverage nationally, as the central admin.
 * Every tRPC call gets a fresh context, as each HTTP request does. No pass or fail on speed: the table prints medians
 * and each case's ratio to the baseline measured in the same run.
 */
import { NATIONAL, seedNational } from '@otou/server';
import { nationalRoundIds, seedNationalAssessment } from '../server/src/seed/nationalAssessment.ts';
import { networkId, universityId } from '../server/src/seed/demo.ts';
import { formId } from '../server/src/services/assessment/ids.ts';
import { benchOptions, progressBar, timeCases, withPocketBase } from './lib.ts';

const options = benchOptions({ n: 50, warmup: 5 });
const secs = (ms: number) => (ms / 1000).toFixed(2);

await withPocketBase(async ({ admin, as, login, rest }) => {
  const orgStart = performance.now();
  const org = await seedNational(admin, progressBar('Seeding national scale'));
  const assessmentStart = performance.now();
  const assessment = await seedNationalAssessment(admin, progressBar('Seeding national assessments'));
  const seeded = performance.now();
  const seedSummary = `Seeded ${org.records} organisation records in ${secs(assessmentStart - orgStart)} s and ${assessment.records} assessment records in ${secs(seeded - assessmentStart)} s`;
  process.stderr.write(`${seedSummary}\n`);

  const [centralToken, networkToken, staffToken] = [await login('central@otou.demo'), await login('network.uc@otou.demo'), await login('staff.uc01@otou.demo')];
  const [baseline, quarter] = nationalRoundIds();
  const staffPb = rest(staffToken);
  const tambon = (await staffPb.collection('tambons').getList(1, 1, { fields: 'id', sort: 'code' })).items[0];
  if (!tambon) throw new Error('The university user sees no tambon; the seed or the API rules are broken.');
  const form = formId(tambon.id, quarter);

  const national = { level: 'national' } as const;
  const tiers = (token: string, target: { level: 'national' } | { level: 'network' | 'university'; id: string }) => () =>
    as(token).assessment.dashboard.tiers({ target, roundId: quarter, basis: 'approved' });
  const nationalTiers = tiers(centralToken, national);
  const first = performance.now();
  const n = await nationalTiers();
  const cold = performance.now() - first;
  const sum = Object.values(n.tiers).reduce((s, x) => s + x, 0);
  if (n.tambons !== NATIONAL.tambons || sum + n.notAssessed !== NATIONAL.tambons)
    process.stderr.write(`Warning: the national distribution covers ${sum} + ${n.notAssessed} of ${n.tambons} tambons (expected ${NATIONAL.tambons})\n`);
  const dist = `sustainable ${n.tiers.sustainable} (target ${n.targets.sustainable}), sufficiency ${n.tiers.sufficiency} (${n.targets.sufficiency}), survive ${n.tiers.survive} (${n.targets.survive}), not yet classified ${n.tiers.unclassified}, not assessed ${n.notAssessed}`;
  const moved = await as(centralToken).assessment.dashboard.movement({ target: national, fromRoundId: baseline, toRoundId: quarter, basis: 'approved' });

  await timeCases(
    [
      { name: 'baseline: PocketBase SDK assessment_forms.getOne (university user)', run: () => staffPb.collection('assessment_forms').getOne(form) },
      { name: `assessment.dashboard.tiers national, central admin (${n.children.items.length} networks)`, run: nationalTiers },
      { name: 'assessment.dashboard.tiers network UC, network admin', run: tiers(networkToken, { level: 'network', id: networkId('UC') }) },
      { name: 'assessment.dashboard.tiers university UC-U01, its staff', run: tiers(staffToken, { level: 'university', id: universityId('UC-U01') }) },
      { name: `assessment.dashboard.movement national, central admin (${moved.moved.length} moved)`, run: () => as(centralToken).assessment.dashboard.movement({ target: national, fromRoundId: baseline, toRoundId: quarter, basis: 'approved' }) },
      { name: 'assessment.dashboard.goals national, central admin', run: () => as(centralToken).assessment.dashboard.goals({ target: national, roundId: quarter, basis: 'approved' }) },
      { name: 'assessment.dashboard.coverage national, central admin (76 universities)', run: () => as(centralToken).assessment.dashboard.coverage({ target: national, roundId: quarter }) },
    ],
    options,
    [
      `National scale: ${NATIONAL.networks} networks, ${NATIONAL.universities} universities, ${NATIONAL.tambons} tambons; rounds: baseline and quarter 1`,
      seedSummary,
      `National tier distribution (quarter 1, approved): ${dist}; first call (cold) ${cold.toFixed(0)} ms`,
      `Movement baseline → quarter 1 (approved): up ${moved.counts.up}, down ${moved.counts.down}, same ${moved.counts.same}, new ${moved.counts.new}, not assessed ${moved.counts.none}`,
      'Target: the national distribution in ≤ 100 ms (median below).',
    ],
  );
});
