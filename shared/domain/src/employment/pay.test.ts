import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECK_ACTUALS, DECK_PLAN, computeReport, rowOf, type LeafFigures, type LeafLine } from '../budget/index.ts';
import { achievedPercent, toSatang } from '../money.ts';
import { isoDay } from './arbitraries.ts';
import { addDays, lastDayOf, monthOf } from './days.ts';
import { budgetActualsFromPayments, EMPLOYMENT_LINES, monthPay, paymentDue, paymentForReport, WORKER_TYPE_LINE, type PayableContract, type Payment } from './pay.ts';
import { DEFAULT_POSITIONS, WORKER_TYPES } from './workers.ts';

const year = (a: Partial<PayableContract>): PayableContract => ({ id: 'c1', nationalId: 'x', tambonId: 't1', type: 'citizen', rate: 9000, start: '2021-01-01', end: '2021-12-31', ...a });

describe('a month’s pay under a contract', () => {
  it('is the rate for a whole month, nothing outside the contract', () => {
    expect(monthPay(year({}), { year: 2021, month: 2 })).toEqual({ daysWorked: 28, daysInMonth: 28, amountSatang: 900_000 });
    expect(monthPay(year({}), { year: 2022, month: 1 }).amountSatang).toBe(0);
  });

  it('is prorated by calendar days in a first or last month, rounded down to the satang', () => {
    // 9,000 × 16/31 = 4,645.161… → 4,645.16
    expect(monthPay(year({ start: '2021-01-16' }), { year: 2021, month: 1 })).toEqual({ daysWorked: 16, daysInMonth: 31, amountSatang: 464_516 });
    // A resignation with 15 April as the last day: 9,000 × 15/30 = 4,500 exactly.
    expect(monthPay(year({ status: 'resigned', lastWorkingDay: '2021-04-15' }), { year: 2021, month: 4 }).amountSatang).toBe(450_000);
    expect(monthPay(year({ status: 'resigned', lastWorkingDay: '2021-04-15' }), { year: 2021, month: 5 }).amountSatang).toBe(0);
    // 15,000 × 1/31 = 483.870… → 483.87
    expect(monthPay(year({ rate: 15000, end: '2021-03-01' }), { year: 2021, month: 3 }).amountSatang).toBe(48_387);
  });

  it('property: a month split between a leaver and a replacement never pays more than the rate, and loses at most a satang', () => {
    fc.assert(
      fc.property(isoDay(2021, 2024), fc.integer({ min: 100, max: 10_000_000 }), (lastDay, satang) => {
        const rate = satang / 100;
        const m = monthOf(lastDay);
        if (lastDay === lastDayOf(m)) return;
        const leaver = monthPay(year({ start: '2020-01-01', end: '2025-12-31', rate, lastWorkingDay: lastDay }), m).amountSatang;
        const replacement = monthPay(year({ start: addDays(lastDay, 1), end: '2025-12-31', rate }), m).amountSatang;
        expect(leaver + replacement).toBeLessThanOrEqual(satang);
        expect(leaver + replacement).toBeGreaterThanOrEqual(satang - 1);
      }),
    );
  });
});

describe('an accepted report produces the month’s payment on the worker type’s budget line', () => {
  it('maps citizens to 1.1, graduates to 1.2, students to 1.3', () => {
    expect(WORKER_TYPES.map((t) => WORKER_TYPE_LINE[t])).toEqual(['1.1', '1.2', '1.3']);
    expect(EMPLOYMENT_LINES).toEqual(['1.1', '1.2', '1.3']);
  });

  it('pays only accepted reports of the contract’s own months', () => {
    const c = year({ type: 'graduate', rate: 15000 });
    expect(paymentForReport({ contractId: 'c1', year: 2021, month: 3, status: 'accepted' }, c)).toEqual({
      contractId: 'c1', tambonId: 't1', type: 'graduate', line: '1.2', year: 2021, month: 3, amountSatang: 1_500_000, daysWorked: 31,
    });
    expect(paymentForReport({ contractId: 'c1', year: 2021, month: 3, status: 'submitted' }, c)).toBeNull();
    expect(paymentForReport({ contractId: 'c1', year: 2021, month: 3, status: 'returned' }, c)).toBeNull();
    expect(paymentForReport({ contractId: 'c2', year: 2021, month: 3, status: 'accepted' }, c)).toBeNull();
    expect(paymentForReport({ contractId: 'c1', year: 2022, month: 1, status: 'accepted' }, c)).toBeNull();
  });

  it('is due on day 2 of the next month', () => {
    expect(paymentDue({ year: 2021, month: 1 })).toBe('2021-02-02');
    expect(paymentDue({ year: 2021, month: 12 })).toBe('2022-01-02');
  });
});

describe('budget actuals from payments: the two modules can never disagree', () => {
  /** Huai Haeng's 20 workers on the default positions, one graduate leaving on 31 January 2564. */
  function huaiHaeng(): PayableContract[] {
    const contracts: PayableContract[] = [];
    for (const type of WORKER_TYPES) {
      for (let i = 0; i < DEFAULT_POSITIONS[type].count; i++) {
        contracts.push(year({ id: `${type}${i}`, type, rate: DEFAULT_POSITIONS[type].rate, ...(type === 'graduate' && i === 0 ? { status: 'resigned', lastWorkingDay: '2021-01-31' } : {}) }));
      }
    }
    return contracts;
  }
  const paymentsOf = (contracts: PayableContract[], months: number[]) =>
    contracts.flatMap((c) => months.map((month) => paymentForReport({ contractId: c.id, year: 2021, month, status: 'accepted' }, c))).filter((p): p is Payment => p !== null);

  it('reproduce the deck’s employment actuals for January and February 2564, and its 96.59%', () => {
    const payments = paymentsOf(huaiHaeng(), [1, 2]);
    expect(budgetActualsFromPayments(payments, { year: 2021, month: 1 })).toEqual({ '1.1': DECK_ACTUALS[1]!['1.1'], '1.2': DECK_ACTUALS[1]!['1.2'], '1.3': DECK_ACTUALS[1]!['1.3'] });
    expect(budgetActualsFromPayments(payments, { year: 2021, month: 2 })).toEqual({ '1.1': DECK_ACTUALS[2]!['1.1'], '1.2': DECK_ACTUALS[2]!['1.2'], '1.3': DECK_ACTUALS[2]!['1.3'] });

    const leaves: LeafFigures[] = EMPLOYMENT_LINES.map((code: LeafLine) => ({
      code,
      budget: DECK_PLAN[code].budget,
      plan: DECK_PLAN[code].plan,
      actual: Array.from({ length: 12 }, (_, i) => (i < 2 ? budgetActualsFromPayments(payments, { year: 2021, month: i + 1 })[code as '1.1'] : null)),
    }));
    const employment = rowOf(computeReport(leaves, 12, 2), '1');
    expect(employment.actualToDate).toBe(425_000);
    expect(achievedPercent(employment.actualToDate, employment.planToDate)).toBe(96.59);
  });

  it('have all three lines, 0 when nothing was paid, and leave out other months', () => {
    const payments = paymentsOf(huaiHaeng(), [1, 2]);
    expect(budgetActualsFromPayments(payments, { year: 2021, month: 3 })).toEqual({ '1.1': 0, '1.2': 0, '1.3': 0 });
    expect(budgetActualsFromPayments([], { year: 2021, month: 1 })).toEqual({ '1.1': 0, '1.2': 0, '1.3': 0 });
  });

  it('property: the lines add up to the month’s payments to the satang, and each line only its type’s', () => {
    const payment = fc.record({
      year: fc.constant(2021),
      month: fc.integer({ min: 1, max: 3 }),
      type: fc.constantFrom(...WORKER_TYPES),
      amountSatang: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(payment, { maxLength: 60 }), (raw) => {
        const payments = raw.map((p) => ({ ...p, line: WORKER_TYPE_LINE[p.type] }));
        const a = budgetActualsFromPayments(payments, { year: 2021, month: 2 });
        const feb = payments.filter((p) => p.month === 2);
        expect(EMPLOYMENT_LINES.reduce((s, l) => s + toSatang(a[l]), 0)).toBe(feb.reduce((s, p) => s + p.amountSatang, 0));
        for (const t of WORKER_TYPES) expect(toSatang(a[WORKER_TYPE_LINE[t]])).toBe(feb.filter((p) => p.type === t).reduce((s, p) => s + p.amountSatang, 0));
      }),
    );
  });
});
