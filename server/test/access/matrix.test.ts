import { beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { canSee } from '@otou/domain';
import { appRouter } from '../../src/routers/_app.ts';
import { usePlatform } from '../harness.ts';
import { COLLECTIONS, PROCEDURES, type Caller, type World } from './policy.ts';
import { demoCallers, inParallel, loadWorld, seedReleaseSamples } from './world.ts';

/**
 * The access matrix: every PocketBase collection (as PocketBase lists them) × every demo login, a guest and a forged
 * token × list/view/create/update/delete × records in and out of each caller's scope, straight against PocketBase's
 * REST API; and every procedure of the app router × the same callers × targets in and out of scope, through tRPC.
 * Each cell is checked against the policy declared in ./policy.ts.
 */
const p = usePlatform();
let callers: Caller[] = [];
let world: World;
let tambonIds: Awaited<ReturnType<typeof loadWorld>>['tambons'];

const settle = (promise: Promise<unknown>) => promise.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));

beforeAll(async () => {
  ({ world, tambons: tambonIds } = await loadWorld(p.admin));
  await seedReleaseSamples(p.admin, world);
  callers = await demoCallers(p);
});

describe('access matrix', () => {
  it('straight against PocketBase: every collection × caller × operation × record answers as declared', async () => {
    const problems: string[] = [];
    const collections = await p.admin.collections.getFullList();
    for (const name of Object.keys(COLLECTIONS))
      if (!collections.some((c) => c.name === name)) problems.push(`policy.ts declares ${name}, which PocketBase does not have: remove it`);
    const probes: { name: string; policy: (typeof COLLECTIONS)[string]; samples: RecordModel[]; view: boolean }[] = [];
    for (const c of collections) {
      const policy = COLLECTIONS[c.name];
      if (!policy) {
        problems.push(`collection ${c.name} has no declared access policy: declare who may read and write it in server/test/access/policy.ts (COLLECTIONS)`);
        continue;
      }
      const all = await p.admin.collection(c.name).getFullList({ batch: 1000, ...(policy.narrow ? { filter: policy.narrow.filter } : {}) });
      probes.push({ name: c.name, policy, samples: policy.samples(all, world), view: c.type === 'view' });
    }

    let cells = 0;
    let inScope = 0;
    const check = (what: string, caller: Caller, expected: boolean, got: boolean) => {
      cells += 1;
      if (expected) inScope += 1;
      if (expected !== got) problems.push(`${caller.label}: ${what} was ${got ? 'allowed' : 'refused'}, the policy says ${expected ? 'allowed' : 'refused'}`);
    };
    const bodyOf = (r: RecordModel) => {
      const { id: _id, collectionId: _c, collectionName: _n, created: _cr, updated: _u, expand: _e, ...rest } = r;
      return rest;
    };

    const reads = callers.flatMap((caller) =>
      probes.map((probe) => async () => {
        const pb: PocketBase = p.rest(caller.token);
        const narrow = probe.policy.narrow;
        const listed = await settle(pb.collection(probe.name).getFullList({ fields: 'id', batch: 1000, ...(narrow ? { filter: narrow.filter, query: narrow.query ?? {} } : {}) }));
        const visible = new Set(listed.ok ? (listed.value as RecordModel[]).map((r) => r.id) : []);
        await Promise.all(
          probe.samples.map(async (r) => {
            const may = probe.policy.read(caller.user, r, world);
            check(`list ${probe.name} shows ${r.id}`, caller, may, visible.has(r.id));
            const [viewed, created, updated] = await Promise.all([
              settle(pb.collection(probe.name).getOne(r.id, { fields: 'id', ...(narrow?.query ? { query: narrow.query } : {}) })),
              settle(pb.collection(probe.name).create(bodyOf(r))),
              settle(pb.collection(probe.name).update(r.id, {})),
            ]);
            check(`view ${probe.name}/${r.id}`, caller, may, viewed.ok);
            check(`create ${probe.name} like ${r.id}`, caller, probe.policy.create(caller.user, r, world), created.ok);
            check(`update ${probe.name}/${r.id}`, caller, probe.policy.update(caller.user, r, world), updated.ok);
          }),
        );
        if (!probe.samples.length) check(`create ${probe.name}`, caller, false, (await settle(pb.collection(probe.name).create({}))).ok);
      }),
    );
    await inParallel(reads);

    // Deletes last, on copies where the policy allows one, so that the demo's own records stay for every other cell.
    const deletes = callers.flatMap((caller) =>
      probes.flatMap((probe) =>
        probe.samples.map((r) => async () => {
          const may = probe.policy.delete(caller.user, r, world);
          const clone = may && probe.policy.cloneForDelete ? await p.admin.collection(probe.name).create(probe.policy.cloneForDelete(r)) : null;
          check(`delete ${probe.name}/${r.id}`, caller, may, (await settle(p.rest(caller.token).collection(probe.name).delete(clone?.id ?? r.id))).ok);
        }),
      ),
    );
    await inParallel(deletes);

    console.log(`access matrix, REST: ${cells} cells (${collections.length} collections × ${callers.length} callers × list/view/create/update/delete × sampled records; ${inScope} allowed, ${cells - inScope} refused)`);
    expect(problems).toEqual([]);
  }, 120_000);

  it('through tRPC: every procedure × caller × target in and out of scope answers as declared, and shows nothing out of scope', async () => {
    const problems: string[] = [];
    const procedures = Object.keys((appRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def.procedures);
    for (const path of Object.keys(PROCEDURES)) if (!procedures.includes(path)) problems.push(`policy.ts declares ${path}, which the app router does not have: remove it`);
    let cells = 0;
    let allowed = 0;
    const jobs: (() => Promise<void>)[] = [];
    for (const path of procedures) {
      const policy = PROCEDURES[path];
      if (!policy) {
        problems.push(`procedure ${path} has no declared access policy: declare who may call it in server/test/access/policy.ts (PROCEDURES)`);
        continue;
      }
      for (const caller of callers)
        for (const target of policy.targets(world))
          jobs.push(async () => {
            const fn = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], p.caller(caller.token, 'en', new Date('2021-02-28T03:00:00Z'))) as (input: unknown) => Promise<unknown>;
            const input = policy.input(target, world, caller);
            const r = await settle(input === undefined ? fn(undefined) : fn(input));
            const expected = policy.expect(caller.user, target);
            const where = `${caller.label}: ${path}${target ? ` on ${target.level} ${target.code ?? ''}` : ''}`;
            cells += 1;
            if (expected === 'allowed') allowed += 1;
            const code = r.ok ? 'OK' : r.error instanceof TRPCError ? r.error.code : 'THROWN';
            const got = code === 'OK' || code === 'BAD_REQUEST' || code === 'PRECONDITION_FAILED' || code === 'CONFLICT' ? 'allowed' : ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND'].includes(code) ? 'denied' : code;
            if (got !== expected) problems.push(`${where} answered ${code}${r.ok ? '' : ` (${(r.error as Error).message})`}, the policy says ${expected}`);
            if (r.ok && policy.leakCheck !== false) {
              const text = JSON.stringify(r.value) ?? '';
              for (const [id, t] of tambonIds)
                if ((text.includes(`"${id}"`) || text.includes(`"${t.code}"`)) && !(caller.user && canSee(caller.user, t.path))) problems.push(`${where} showed tambon ${t.code}, outside the caller's scope`);
            }
          });
    }
    await inParallel(jobs);
    console.log(`access matrix, tRPC: ${cells} cells (${procedures.length} procedures × ${callers.length} callers × targets in and out of scope; ${allowed} allowed, ${cells - allowed} refused)`);
    expect(problems).toEqual([]);
  }, 120_000);
});
