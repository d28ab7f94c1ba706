import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import type { OrgPath, SessionUser } from '@otou/domain';
import { DEMO_LOGINS } from '../../src/seed/demo.ts';
import { periodId, DEMO_PERIOD_CODE } from '../../src/seed/budgetDemo.ts';
import { demoRoundId } from '../../src/seed/assessmentDemo.ts';
import type { Platform } from '../harness.ts';
import type { Caller, Target, World } from './policy.ts';

/** The demo's hierarchy as the superuser reads it, with the places the harnesses aim at in and out of each scope. */
export async function loadWorld(admin: PocketBase): Promise<{ world: World; tambons: Map<string, { code: string; path: OrgPath }> }> {
  const [tambons, universities, networks] = (await Promise.all(['tambons', 'universities', 'networks'].map((c) => admin.collection(c).getFullList()))) as [RecordModel[], RecordModel[], RecordModel[]];
  const uni = new Map(universities.map((u) => [u.id, u]));
  const paths = new Map<string, { code: string; path: OrgPath }>();
  for (const t of tambons) paths.set(t.id, { code: t['code'], path: { networkId: uni.get(t['university'])?.['network'], universityId: t['university'], tambonId: t.id } });
  const target = (level: 'tambon' | 'university' | 'network', r: RecordModel, path: OrgPath): Target => ({ level, id: r.id, code: r['code'], path });
  // The employment demo's records the matrices aim at: a contract of each kind (a worker's own, one placed with an
  // agency, one without), an applicant, and a person under contract (whose ID any new application is refused for).
  const [contracts, agencies, applicants] = await Promise.all(
    ['employment_contracts', 'employment_agencies', 'employment_applicants'].map((c) => admin.collection(c).getFullList({ sort: 'id', batch: 1000 })),
  ) as [RecordModel[], RecordModel[], RecordModel[]];
  const supervisors = new Map(agencies.map((a) => [a.id, (a['supervisors'] as string[]) ?? []]));
  const pick = (f: (r: RecordModel) => boolean) => contracts.find((r) => r['status'] === 'active' && f(r));
  const chosen = [pick((r) => r['worker'] !== '' && r['agency'] === ''), pick((r) => r['agency'] !== ''), pick((r) => r['worker'] === '' && r['agency'] === '')].filter((r): r is RecordModel => !!r);
  const held = chosen[0] ? applicants.find((a) => a.id === chosen[0]!['applicant']) : undefined;
  const world: World = {
    tambonPath: (id) => paths.get(id)?.path ?? { networkId: '' },
    universityPath: (id) => ({ networkId: uni.get(id)?.['network'], universityId: id }),
    periodId: periodId(DEMO_PERIOD_CODE),
    roundId: demoRoundId('baseline'),
    agencySupervisors: (id) => supervisors.get(id) ?? [],
    employment: {
      contracts: [...new Map(chosen.map((r) => [r.id, r])).values()].map((r) => ({
        id: r.id,
        worker: r['worker'],
        agency: r['agency'],
        supervisors: supervisors.get(r['agency']) ?? [],
        start: r['start'],
        version: r['version'],
        path: { networkId: r['network'], universityId: r['university'], tambonId: r['tambon'] },
      })),
      applicant: applicants[0] ? { id: applicants[0].id, path: { networkId: applicants[0]['network'], universityId: applicants[0]['university'], tambonId: applicants[0]['tambon'] } } : null,
      heldNationalId: (held?.['national_id'] as string | undefined) ?? '',
    },
    targets: {
      tambons: ['190204', '130201', '500101'].map((c) => tambons.find((t) => t['code'] === c)!).map((t) => target('tambon', t, paths.get(t.id)!.path)),
      universities: ['CU', 'TU', 'CMU'].map((c) => universities.find((u) => u['code'] === c)!).map((u) => target('university', u, { networkId: u['network'], universityId: u.id })),
      networks: ['UC', 'UN'].map((c) => networks.find((n) => n['code'] === c)!).map((n) => target('network', n, { networkId: n.id })),
    },
  };
  return { world, tambons: paths };
}

/**
 * Rows of the release collections (issue 10) for the matrix to try, which the demo does not have: a published
 * version, history of each sample network and of the default (network ''), and failures reported in each network
 * and by a user of no network. Written as the superuser, as the server writes them.
 */
export async function seedReleaseSamples(admin: PocketBase, world: World): Promise<void> {
  const [user] = await admin.collection('users').getFullList({ filter: 'email = "network.uc@otou.demo"' });
  const networks = world.targets.networks.map((n) => n.id!);
  const batch = admin.createBatch();
  batch.collection('module_versions').create({ module: 'training', version: '0.0.1-matrix', manifest: { name: 'training' }, entry: '/modules/training/0.0.1-matrix/spa.js' });
  for (const network of [...networks, '']) {
    batch.collection('module_history').create({ module: 'training', network, kind: 'activate', from_version: '', to_version: '0.0.1-matrix', reason: 'matrix sample', actor: user!.id });
    batch.collection('module_failures').create({ module: 'training', version: '0.0.1-matrix', network, kind: 'mount', message: 'matrix sample', user: user!.id });
  }
  await batch.send();
}

/** Every demo login (README's table), a guest, and a forged token (a real token with its signature replaced). */
export async function demoCallers(p: Platform): Promise<Caller[]> {
  const callers: Caller[] = await Promise.all(
    DEMO_LOGINS.map(async (l) => {
      const token = await p.login(l.email);
      return { label: l.email, token, user: (await p.caller(token).auth.me()) as SessionUser };
    }),
  );
  const [head, payload] = callers[0]!.token!.split('.');
  callers.push({ label: 'guest', token: null, user: null }, { label: 'forged token', token: `${head}.${payload}.forged-signature`, user: null });
  return callers;
}

/** At most `limit` promises at a time: PocketBase and the server share two cores with the rest of the suite. */
export async function inParallel<T>(jobs: (() => Promise<T>)[], limit = 12): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, jobs.length) }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]!();
      }
    }),
  );
  return out;
}

/**
 * Every stored collection's row count and a hash of its rows, as the superuser sees them: "nothing changed" made
 * checkable. Views are left out: they only add up stored rows (a change shows in those), and the employment figure
 * views answer per day of a 36,525-day calendar — read whole they would be every day × every place.
 */
export async function snapshot(admin: PocketBase): Promise<Record<string, string>> {
  const { createHash } = await import('node:crypto');
  const out: Record<string, string> = {};
  const collections = await admin.collections.getFullList();
  const superusers = collections.find((c) => c.name === '_superusers')?.id;
  for (const c of collections.filter((c) => c.type !== 'view')) {
    const all = await admin.collection(c.name).getFullList({ sort: 'id', batch: 1000 }).catch(() => null);
    // The platform's own superuser session signing in (for a check's read) is not a change of data.
    const rows = c.name === '_authOrigins' ? (all?.filter((r) => r['collectionRef'] !== superusers) ?? null) : all;
    out[c.name] = rows ? `${rows.length} rows, ${createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16)}` : 'unreadable';
  }
  return out;
}
