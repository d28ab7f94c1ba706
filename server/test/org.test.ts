import { describe, expect, it } from 'vitest';
import { usePlatform } from './harness.ts';

const p = usePlatform();

describe('what each level is responsible for', () => {
  it.each([
    ['central@otou.demo', 'central', { networks: 9, universities: 6, tambons: 13 }],
    ['network.uc@otou.demo', 'network', { networks: 1, universities: 2, tambons: 5 }],
    ['staff.cu@otou.demo', 'university', { networks: 1, universities: 1, tambons: 3 }],
    ['coordinator.huaihaeng@otou.demo', 'tambon', { networks: 1, universities: 1, tambons: 1 }],
  ] as const)('%s sees its %s scope', async (email, level, counts) => {
    const scope = await p.caller(await p.login(email)).org.myScope();
    expect(scope.level).toBe(level);
    expect(scope.counts).toEqual(counts);
  });

  it('lists only the university\'s own tambons, searchable by name, district or code', async () => {
    const c = p.caller(await p.login('staff.cu@otou.demo'));
    const all = await c.org.tambons({});
    expect(all.items.map((t) => t.code)).toEqual(['190204', '190205', '190206']);
    expect(all.items[0]).toMatchObject({ name_th: 'ห้วยแห้ง', university: 'จุฬาลงกรณ์มหาวิทยาลัย' });
    expect((await c.org.tambons({ search: 'ห้วยแห้ง' })).items.map((t) => t.code)).toEqual(['190204']);
    // A Thammasat tambon is invisible to Chulalongkorn staff even when searched for by its code.
    expect((await c.org.tambons({ search: '130201' })).totalItems).toBe(0);
  });

  it('lists the universities each level may choose from, in code order: the centre all of them, a university its own', async () => {
    const central = await p.caller(await p.login('central@otou.demo')).org.universities();
    expect(central.length).toBe(6);
    expect(central.map((u) => u.code)).toEqual([...central.map((u) => u.code)].sort());
    expect(central.find((u) => u.code === 'CU')).toMatchObject({ name_th: 'จุฬาลงกรณ์มหาวิทยาลัย', name_en: 'Chulalongkorn University' });
    expect((await p.caller(await p.login('network.uc@otou.demo')).org.universities()).length).toBe(2);
    expect((await p.caller(await p.login('staff.cu@otou.demo')).org.universities()).map((u) => u.code)).toEqual(['CU']);
  });
});
