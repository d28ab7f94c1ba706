import type PocketBase from 'pocketbase';
import { DECK_ACTUALS } from '@otou/domain';
import { upsertAll, type Upsert } from './batch.ts';
import { approvedMonthWrites, DEMO_PERIOD_CODE, instalmentWrite, periodId, periodWrite, planWrites, TAMBON_BUDGET } from './budgetDemo.ts';
import { userId } from './demo.ts';

/** Months reported and approved in every tambon; the rest of the period has no report yet. */
export const NATIONAL_APPROVED_MONTHS = 6;

/**
 * The budget writes for the given tambons: each gets the deck's 9 budget lines with their plan, months 1–6 approved
 * (odd months with the deck's January actuals, even months with February's, so totals are easy to check), and two
 * instalments of half the budget, the first received. Months 7–12 have no report.
 */
export function nationalBudgetWrites(tambonIds: readonly string[]): Upsert[] {
  const period = periodId(DEMO_PERIOD_CODE);
  // The national seed's users; a relation field only needs an existing id.
  const by = { submitter: { id: userId('staff.uc01@otou.demo'), name: 'University UC-U01' }, approver: { id: userId('central@otou.demo'), name: 'Central' } };
  const writes: Upsert[] = [periodWrite()];
  for (const t of tambonIds) {
    writes.push(...planWrites(t, period));
    for (let month = 1; month <= NATIONAL_APPROVED_MONTHS; month++) {
      // The report alone: the benchmark measures roll-ups, and 36,000 history lines would only slow the seed.
      const [w] = approvedMonthWrites(t, period, month, by) as [Upsert];
      writes.push({ ...w, body: { ...w.body, actuals: DECK_ACTUALS[month % 2 === 1 ? 1 : 2] ?? {} } });
    }
    writes.push(instalmentWrite(t, period, 1, TAMBON_BUDGET / 2, '2021-01-15 03:00:00.000Z'), instalmentWrite(t, period, 2, TAMBON_BUDGET / 2, null));
  }
  return writes;
}

/**
 * The budget of the national scale (run after `seedNational`): the 2564 period and, for every tambon in the
 * database, its budget lines, six approved months and two instalments — about 51,000 records for 3,000 tambons,
 * written in transactional batches of 500. Idempotent: stable ids, so a second run upserts the same records.
 */
export async function seedNationalBudget(admin: PocketBase, onProgress?: (done: number, total: number) => void): Promise<{ records: number }> {
  const tambons = await admin.collection('tambons').getFullList({ fields: 'id', sort: 'id', batch: 1000 });
  if (tambons.length === 0) throw new Error('No tambons to budget: run seedNational first.');
  const writes = nationalBudgetWrites(tambons.map((t) => t.id));
  await upsertAll(admin, writes, { size: 500, onProgress: (d) => onProgress?.(d, writes.length) });
  return { records: writes.length };
}
