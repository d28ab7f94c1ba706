import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { achievedPercent, instalmentAmount, roundBaht, sameBaht, subtractBaht, sumBaht, toSatang } from './money.ts';

describe('money to the satang', () => {
  it('adds baht with decimals without drifting', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumBaht([0.1, 0.2])).toBe(0.3);
    expect(sumBaht([35_500.5, 0.25, null, undefined, 1.1])).toBe(35_501.85);
    expect(sumBaht([])).toBe(0);
  });

  it('subtracts and compares to the satang', () => {
    expect(subtractBaht(3_483_000, 506_500.1)).toBe(2_976_499.9);
    expect(subtractBaht(0.3, 0.1)).toBe(0.2);
    expect(sameBaht(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameBaht(100, 100.01)).toBe(false);
    expect(roundBaht(12.345_000_1)).toBe(12.35);
    expect(toSatang(19.99)).toBe(1999);
  });

  it('any list of satang amounts sums exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000_000_000 })), (satang) => {
        expect(toSatang(sumBaht(satang.map((s) => s / 100)))).toBe(satang.reduce((a, s) => a + s, 0));
      }),
    );
  });
});

describe('instalments', () => {
  it('are half the budget each and add up to it exactly, an odd satang going to the first', () => {
    expect([instalmentAmount(3_483_000, 1), instalmentAmount(3_483_000, 2)]).toEqual([1_741_500, 1_741_500]);
    expect([instalmentAmount(100.01, 1), instalmentAmount(100.01, 2)]).toEqual([50.01, 50]);
    expect(sumBaht([instalmentAmount(0.03, 1), instalmentAmount(0.03, 2)])).toBe(0.03);
  });
});

describe('achievedPercent', () => {
  it('never rounds up to a completion that has not happened', () => {
    expect(achievedPercent(79_999, 80_000)).toBe(99.99);
    expect(achievedPercent(999_999, 1_000_000)).toBe(99.99); // 99.9999 would round to 100.00
    expect(achievedPercent(79_996, 80_000)).toBe(99.99); // a ratio of 0.99995
    expect(achievedPercent(99_995, 100_000)).toBe(99.99);
    expect(achievedPercent(80_000, 80_000)).toBe(100);
    expect(achievedPercent(506_500, 568_000)).toBe(89.17);
  });

  it('rounds half up everywhere else, as the deck prints its figures', () => {
    expect(achievedPercent(35_500, 64_000)).toBe(55.47); // 55.46875
    expect(achievedPercent(81_500, 128_000)).toBe(63.67); // 63.671875
    expect(achievedPercent(425_000, 440_000)).toBe(96.59); // 96.5909…
    expect(achievedPercent(1, 8)).toBe(12.5);
    expect(achievedPercent(1, 3)).toBe(33.33);
    expect(achievedPercent(2, 3)).toBe(66.67);
    expect(achievedPercent(100_005, 100_000)).toBe(100.01); // 100.005: over the plan, rounds as usual
  });

  it('is exact where floating point would slip below a boundary', () => {
    // 0.29 * 10000 is 2899.9999999999995 in floating point: a naive cut-off shows 28.99.
    expect(achievedPercent(29, 100)).toBe(29);
    expect(achievedPercent(0.57, 1)).toBe(57);
    // National scale: one satang short of 26 billion baht is still not 100%.
    expect(achievedPercent(25_999_999_999.99, 26_000_000_000)).toBe(99.99);
  });

  it('is null when nothing was planned, and may pass 100 when more was spent', () => {
    expect(achievedPercent(10, 0)).toBeNull();
    expect(achievedPercent(0, 0)).toBeNull();
    expect(achievedPercent(150, 100)).toBe(150);
    expect(achievedPercent(0, 100)).toBe(0);
  });
});
