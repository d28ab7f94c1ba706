/**
 * Money in baht with satang (2 decimals). Amounts are added and compared in satang, whole numbers, so that sums of
 * baht with decimals never drift (0.1 + 0.2 is 0.3 here), then turned back into baht.
 */

/** The largest amount one field may hold: well above any tambon's budget, well below where satang lose precision. */
export const MAX_AMOUNT = 1_000_000_000;

export const toSatang = (baht: number): number => Math.round(baht * 100);
export const toBaht = (satang: number): number => satang / 100;

/** An amount kept to the satang. */
export const roundBaht = (baht: number): number => toBaht(toSatang(baht));

/** The sum of amounts to the satang; missing figures (null, undefined) count as nothing. */
export function sumBaht(amounts: Iterable<number | null | undefined>): number {
  let satang = 0;
  for (const a of amounts) if (a !== null && a !== undefined) satang += toSatang(a);
  return toBaht(satang);
}

/** a − b to the satang. */
export const subtractBaht = (a: number, b: number): number => toBaht(toSatang(a) - toSatang(b));

/** Whether two amounts are the same to the satang. */
export const sameBaht = (a: number, b: number): boolean => toSatang(a) === toSatang(b);

/**
 * The programme pays a tambon's budget in two instalments of half each (the second after the 6-month report). An odd
 * satang goes to the first, so the two always add up to the budget exactly.
 */
export function instalmentAmount(budget: number, number: 1 | 2): number {
  const total = toSatang(budget);
  const first = Math.ceil(total / 2);
  return toBaht(number === 1 ? first : total - first);
}

/**
 * How much of the plan was done, as a percentage with two decimals, rounded as the deck rounds (35,500 of 64,000 is
 * 55.47) except that it never rounds up to a completion that has not happened: 79,999 of 80,000 is 99.99, never
 * 100.00. Worked out in whole satang, so no floating-point error can tip a figure over a boundary. Null when nothing
 * was planned.
 */
export function achievedPercent(actual: number, plan: number): number | null {
  const p = BigInt(toSatang(plan));
  if (p <= 0n) return null;
  const a = BigInt(toSatang(actual));
  // Half up: (a·10,000 + p/2) / p, in integers.
  let hundredths = (a * 20_000n + p) / (2n * p);
  if (a < p && hundredths >= 10_000n) hundredths = 9_999n;
  return Number(hundredths) / 100;
}
