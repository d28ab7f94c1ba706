import type PocketBase from 'pocketbase';
import { upsertAll, type Upsert } from './batch.ts';
import { DEMO_PASSWORD, moduleSettingWrites, networkId, networkWrites, tambonId, universityId, userWrite } from './demo.ts';
import { NETWORKS } from './networks.ts';
import { englishAreaNames, englishNamesOf, thaiTambons, type ThaiTambon } from './thaiAreas.ts';

export const NATIONAL = { networks: 9, universities: 76, tambons: 3000 } as const;

/** 3,000 real tambons spread evenly over the country's 7,475, so every province takes part. */
export function pickTambons(count: number = NATIONAL.tambons): ThaiTambon[] {
  const all = [...thaiTambons().values()];
  const picked: ThaiTambon[] = [];
  for (let i = 0; i < count; i++) picked.push(all[Math.floor((i * all.length) / count)]!);
  return picked;
}

/**
 * Splits `total` universities over networks in proportion to their tambons: largest remainder, at least one each,
 * and never more than `total` in all.
 */
export function apportion(weights: number[], total: number): number[] {
  if (total < weights.length) throw new Error(`cannot give ${weights.length} networks at least one of ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new Error('apportion needs at least one positive weight');
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map((x) => Math.max(1, Math.floor(x)));
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r);
  let given = counts.reduce((a, b) => a + b, 0);
  // Lifting small shares to one can overshoot: take back from the largest shares with the smallest remainders.
  for (let k = byRemainder.length - 1; given > total; k = (k - 1 + byRemainder.length) % byRemainder.length) {
    const i = byRemainder[k]!.i;
    if (counts[i]! > 1) {
      counts[i]! -= 1;
      given -= 1;
    }
  }
  for (let k = 0; given < total; k = (k + 1) % byRemainder.length, given++) counts[byRemainder[k]!.i]! += 1;
  return counts;
}

/**
 * The national scale for benchmarks: 9 networks, 76 universities, 3,000 real tambons, module switches and a
 * central, network and university login. Real tambon names and codes; the universities are numbered stand-ins.
 */
export function nationalWrites(english: Map<string, string> = new Map()): Upsert[] {
  const tambons = pickTambons();
  const byNetwork = NETWORKS.map((n) => tambons.filter((t) => t.province_code.startsWith(n.regionDigit)));
  const uniCounts = apportion(byNetwork.map((l) => l.length), NATIONAL.universities);
  const writes: Upsert[] = [...networkWrites()];
  const tambonWrites: Upsert[] = [];
  NETWORKS.forEach((n, ni) => {
    const list = byNetwork[ni]!;
    const unis = uniCounts[ni]!;
    for (let u = 0; u < unis; u++) {
      const code = `${n.code}-U${String(u + 1).padStart(2, '0')}`;
      writes.push({
        collection: 'universities',
        body: { id: universityId(code), code, name_th: `มหาวิทยาลัยใน${n.name_th.replace('เครือข่ายอุดมศึกษา', '')} แห่งที่ ${u + 1}`, name_en: `${n.name_en.replace(' Higher Education Network', '')} University ${u + 1}`, network: networkId(n.code) },
      });
      const from = Math.floor((u * list.length) / unis);
      const to = Math.floor(((u + 1) * list.length) / unis);
      for (const t of list.slice(from, to)) tambonWrites.push({ collection: 'tambons', body: { id: tambonId(t.code), ...t, ...englishNamesOf(t, english), university: universityId(code) } });
    }
  });
  writes.push(...tambonWrites, ...moduleSettingWrites());
  writes.push(
    userWrite({ email: 'central@otou.demo', name: 'Central', role: 'central_admin', scope: 'central' }, DEMO_PASSWORD),
    userWrite({ email: 'network.uc@otou.demo', name: 'Network UC', role: 'network_admin', scope: 'network', at: 'UC' }, DEMO_PASSWORD),
    userWrite({ email: 'staff.uc01@otou.demo', name: 'University UC-U01', role: 'university_staff', scope: 'university', at: 'UC-U01' }, DEMO_PASSWORD),
  );
  return writes;
}

export async function seedNational(admin: PocketBase, onProgress?: (done: number, total: number) => void): Promise<{ records: number }> {
  // Setting a password revokes the user's sessions: leave existing users' passwords alone on a re-seed.
  const existing = new Set((await admin.collection('users').getFullList({ fields: 'id' })).map((u) => u.id));
  const writes = nationalWrites(await englishAreaNames()).map((w) => {
    if (w.collection !== 'users' || !existing.has(w.body.id)) return w;
    const { password: _p, passwordConfirm: _c, ...body } = w.body;
    return { ...w, body };
  });
  await upsertAll(admin, writes, { size: 500, onProgress: (d) => onProgress?.(d, writes.length) });
  return { records: writes.length };
}
