import { boardStatus, defaultAsOf, periodMonth, type BoardStatus } from '@otou/domain';
import type { InputOf, statusBoardInput } from '@otou/domain/budget/schemas';
import type { Actor } from '../../context.ts';
import { appError } from '../../errors.ts';
import { loadPeriod, toMonthReport } from './read.ts';

interface BoardTambon {
  id: string;
  code: string;
  name_th: string;
  district_th: string;
  /** English names; empty where none is known. */
  name_en: string;
  district_en: string;
  status: BoardStatus;
}

const noCounts = (): Record<BoardStatus, number> => ({ approved: 0, awaitingApproval: 0, late: 0, open: 0, notYet: 0 });

function addCounts(into: Record<BoardStatus, number>, from: Record<BoardStatus, number>) {
  for (const k of Object.keys(into) as BoardStatus[]) into[k] += from[k];
}

/** Which tambons have submitted, are late, await approval or are approved for a month. */
export async function statusBoard(a: Actor, input: InputOf<typeof statusBoardInput>) {
  const { pb, now } = a;
  const period = await loadPeriod(pb, input.periodId);
  const month = input.month ?? defaultAsOf(period, now);
  // A month the period does not have (the schema allows up to 36 for the longest period) is the caller's mistake.
  if (month > period.months) throw appError('BAD_REQUEST', 'budget.monthOutside');
  const m = periodMonth(period, month);
  const tambonFilter = input.universityId ? pb.filter('university = {:u}', { u: input.universityId }) : '';
  const [tambons, reports] = await Promise.all([
    pb.collection('tambons').getFullList({
      filter: tambonFilter,
      sort: 'code',
      expand: 'university',
      fields: 'id,code,name_th,district_th,name_en,district_en,university,expand.university.id,expand.university.name_th,expand.university.name_en,expand.university.code,expand.university.network',
      batch: 1000,
    }),
    pb.collection('budget_reports').getFullList({ filter: pb.filter('period = {:p} && month = {:m}' + (input.universityId ? ' && tambon.university = {:u}' : ''), { p: period.id, m: month, u: input.universityId ?? '' }), batch: 1000 }),
  ]);
  const byTambon = new Map(reports.map((r) => [r['tambon'] as string, toMonthReport(r)]));
  const universities = new Map<string, { id: string; code: string; name_th: string; name_en: string; network: string; counts: Record<BoardStatus, number>; tambons: BoardTambon[] }>();
  for (const t of tambons) {
    const u = t.expand?.['university'];
    const key = t['university'] as string;
    const entry = universities.get(key) ?? { id: key, code: u?.['code'] ?? '', name_th: u?.['name_th'] ?? '', name_en: u?.['name_en'] ?? '', network: u?.['network'] ?? '', counts: noCounts(), tambons: [] as BoardTambon[] };
    const status = boardStatus(now, m.year, m.month, byTambon.get(t.id) ?? null);
    entry.counts[status] += 1;
    entry.tambons.push({ id: t.id, code: t['code'], name_th: t['name_th'], district_th: t['district_th'], name_en: t['name_en'] ?? '', district_en: t['district_en'] ?? '', status });
    universities.set(key, entry);
  }
  const list = [...universities.values()].sort((x, y) => x.code.localeCompare(y.code));
  const totals = noCounts();
  for (const u of list) addCounts(totals, u.counts);
  // Per network too, for those who oversee more than one.
  const networkIds = [...new Set(list.map((u) => u.network))];
  const networkNames = networkIds.length > 1 ? await pb.collection('networks').getFullList({ sort: 'order,code', fields: 'id,code,name_th,name_en' }) : [];
  const networks = networkNames
    .filter((n) => networkIds.includes(n.id))
    .map((n) => {
      const counts = noCounts();
      for (const u of list.filter((x) => x.network === n.id)) addCounts(counts, u.counts);
      return { id: n.id, code: n['code'] as string, name_th: n['name_th'] as string, name_en: n['name_en'] as string, counts };
    });
  // A national board lists universities; their tambons come with a university's own board.
  const withTambons = Boolean(input.universityId) || list.length <= 3;
  return { period, month, monthKey: m.key, totals, networks, universities: list.map((u) => (withTambons ? u : { ...u, tambons: [] as BoardTambon[] })) };
}
