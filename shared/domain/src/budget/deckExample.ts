import type { LeafFigures } from './math.ts';
import type { LeafLine } from './lines.ts';
import type { Period } from './period.ts';

/**
 * The deck's example report: ตำบลห้วยแห้ง อำเภอแก่งคอย จังหวัดสระบุรี, จุฬาลงกรณ์มหาวิทยาลัย, Jan–Dec 2564, with
 * January and February reported. Used by the demo seed and by the tests that check every printed figure.
 */
export const DECK_PERIOD: Period = { firstYear: 2021, firstMonth: 1, months: 12 };

const monthly = (amount: number, months: number[]) => Array.from({ length: 12 }, (_, i) => (months.includes(i + 1) ? amount : 0));
const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export const DECK_PLAN: Record<LeafLine, { budget: number; plan: number[] }> = {
  '1.1': { budget: 540_000, plan: monthly(45_000, all) },
  '1.2': { budget: 1_800_000, plan: monthly(150_000, all) },
  '1.3': { budget: 300_000, plan: monthly(25_000, all) },
  '2.1': { budget: 320_000, plan: monthly(32_000, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) },
  '2.2': { budget: 176_000, plan: monthly(16_000, [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12]) },
  '2.3': { budget: 160_000, plan: monthly(16_000, [1, 2, 3, 4, 5, 6, 7, 8, 11, 12]) },
  '2.4': { budget: 80_000, plan: monthly(80_000, [9]) },
  '2.5': { budget: 64_000, plan: monthly(64_000, [9]) },
  '3.1': { budget: 43_000, plan: monthly(43_000, [12]) },
};

/** Actuals by month (1 = January 2564). */
export const DECK_ACTUALS: Record<number, Partial<Record<LeafLine, number>>> = {
  1: { '1.1': 45_000, '1.2': 150_000, '1.3': 25_000, '2.1': 30_000, '2.2': 12_000, '2.3': 18_000 },
  2: { '1.1': 45_000, '1.2': 135_000, '1.3': 25_000, '2.1': 5_500, '2.2': 14_000, '2.3': 2_000 },
};

export function deckLeafFigures(): LeafFigures[] {
  return (Object.keys(DECK_PLAN) as LeafLine[]).map((code) => ({
    code,
    budget: DECK_PLAN[code].budget,
    plan: DECK_PLAN[code].plan,
    actual: Array.from({ length: 12 }, (_, i) => DECK_ACTUALS[i + 1]?.[code] ?? null),
  }));
}
