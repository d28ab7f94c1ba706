import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay } from './arbitraries.ts';
import { contractPeriodText, contractProblems, earliestLastWorkingDay, lastWorkingDay, noticeProblems, reservePromotion, vacancyOf, type Contract, type ReserveEntry } from './contracts.ts';
import { addMonths, daysBetween, parseDay } from './days.ts';

describe('one month, as notice counts it: the same day next month, clamped to the month’s end', () => {
  it.each([
    ['2021-01-15', '2021-02-15'],
    ['2021-01-28', '2021-02-28'],
    ['2021-01-29', '2021-02-28'],
    ['2021-01-30', '2021-02-28'],
    ['2021-01-31', '2021-02-28'],
    ['2024-01-29', '2024-02-29'],
    ['2024-01-31', '2024-02-29'],
    ['2021-03-31', '2021-04-30'],
    ['2021-04-30', '2021-05-30'],
    ['2021-12-31', '2022-01-31'],
    ['2021-02-28', '2021-03-28'],
  ])('notice on %s allows a last working day of %s at the earliest', (notice, earliest) => {
    expect(earliestLastWorkingDay(notice)).toBe(earliest);
  });

  it('property: always a real day 28 to 31 days later, never before a month’s worth of days of the shorter month', () => {
    fc.assert(
      fc.property(isoDay(), (d) => {
        const e = addMonths(d, 1);
        expect(parseDay(e)).not.toBeNull();
        expect(daysBetween(d, e)).toBeGreaterThanOrEqual(28);
        expect(daysBetween(d, e)).toBeLessThanOrEqual(31);
      }),
    );
  });
});

describe('noticeProblems', () => {
  const contract = { start: '2021-01-01', end: '2021-12-31' };
  it('accepts exactly one month’s notice and refuses a day less, naming both days in BE', () => {
    expect(noticeProblems({ noticeOn: '2021-03-15', lastWorkingDay: '2021-04-15' }, contract)).toEqual([]);
    expect(noticeProblems({ noticeOn: '2021-03-15', lastWorkingDay: '2021-04-14' }, contract)).toEqual([
      { field: 'lastWorkingDay', key: 'employment.notice.short', params: { notice: '15/3/2564', earliest: '15/4/2564' } },
    ]);
  });
  it('at the month ends: notice on 31 Jan may end on 28 Feb, not 27', () => {
    expect(noticeProblems({ noticeOn: '2021-01-31', lastWorkingDay: '2021-02-28' }, contract)).toEqual([]);
    expect(noticeProblems({ noticeOn: '2021-01-31', lastWorkingDay: '2021-02-27' }, contract)[0]?.key).toBe('employment.notice.short');
  });
  it('keeps both days inside the contract, and a last day before its end (an ending contract needs no resignation)', () => {
    expect(noticeProblems({ noticeOn: '2020-12-31', lastWorkingDay: '2021-02-15' }, contract)).toEqual([{ field: 'noticeOn', key: 'employment.notice.outsideContract' }]);
    expect(noticeProblems({ noticeOn: '2021-11-30', lastWorkingDay: '2021-12-31' }, contract)).toEqual([
      { field: 'lastWorkingDay', key: 'employment.notice.afterEnd', params: { end: '31/12/2564' } },
    ]);
    expect(noticeProblems({ noticeOn: '2021-11-30', lastWorkingDay: '2021-12-30' }, contract)).toEqual([]);
  });
  it('names days that are not days', () => {
    expect(noticeProblems({ noticeOn: '2021-02-29', lastWorkingDay: 'soon' }, contract)).toEqual([
      { field: 'noticeOn', key: 'employment.notice.noticeOn' },
      { field: 'lastWorkingDay', key: 'employment.notice.lastWorkingDay' },
    ]);
  });
});

describe('lastWorkingDay', () => {
  const contract = { end: '2021-12-31' };
  it('is the day asked for when it gives notice enough, else the earliest that does, never after the contract', () => {
    expect(lastWorkingDay(contract, '2021-03-15', '2021-05-01')).toBe('2021-05-01');
    expect(lastWorkingDay(contract, '2021-03-15', '2021-03-20')).toBe('2021-04-15');
    expect(lastWorkingDay(contract, '2021-03-15')).toBe('2021-04-15');
    expect(lastWorkingDay(contract, '2021-12-10')).toBe('2021-12-31');
  });
});

describe('contractProblems and the contract’s days', () => {
  const ok = { start: '2021-01-01', end: '2021-12-31', type: 'graduate', rate: 15000 };
  it('accepts a year, and 24 months less a day; refuses 24 months and an end before the start', () => {
    expect(contractProblems(ok)).toEqual([]);
    expect(contractProblems({ ...ok, end: '2022-12-31' })).toEqual([]);
    expect(contractProblems({ ...ok, end: '2023-01-01' })).toEqual([{ field: 'end', key: 'employment.contract.tooLong' }]);
    expect(contractProblems({ ...ok, end: '2020-12-31' })).toEqual([{ field: 'end', key: 'employment.contract.endBeforeStart' }]);
    expect(contractProblems({ ...ok, start: '2021-01-01', end: '2021-01-01' })).toEqual([]);
  });
  it('catches a year typed in the wrong era', () => {
    expect(contractProblems({ ...ok, start: '2564-01-01', end: '2564-12-31' })).toEqual([
      { field: 'start', key: 'employment.contract.year' },
      { field: 'end', key: 'employment.contract.year' },
    ]);
    expect(contractProblems({ ...ok, start: '2000-01-01', end: '2000-06-30' })).toEqual([]);
  });
  it('names a bad type, rate and days', () => {
    expect(contractProblems({ start: '2021-13-01', end: null, type: 'intern', rate: 0 }).map((p) => p.field)).toEqual(['start', 'end', 'type', 'rate']);
  });
  it('reads in the Buddhist Era', () => {
    expect(contractPeriodText(ok)).toBe('1 ม.ค. 2564 – 31 ธ.ค. 2564');
    expect(contractPeriodText(ok, 'en')).toContain('2564');
  });
});

describe('reservePromotion', () => {
  const e = (applicantId: string, rank: number, a: Partial<ReserveEntry> = {}): ReserveEntry => ({ applicantId, nationalId: `id-${applicantId}`, type: 'graduate', rank, status: 'reserve', ...a });
  const leaver: Contract = { id: 'c1', nationalId: 'x', tambonId: 't1', type: 'graduate', rate: 15000, start: '2021-01-01', end: '2021-12-31', status: 'resigned', lastWorkingDay: '2021-04-15' };
  const vacancy = vacancyOf(leaver);

  it('takes the next in rank of the same type, starting the day after the leaver’s last day, to the same end and rate', () => {
    const list = [e('c', 3), e('a', 1, { type: 'citizen' }), e('b', 2)];
    expect(reservePromotion(list, vacancy)).toEqual({ ok: true, entry: list[2], contract: { tambonId: 't1', type: 'graduate', rate: 15000, start: '2021-04-16', end: '2021-12-31' } });
  });

  it('passes over the withdrawn, the already contracted and anyone under contract elsewhere', () => {
    const list = [e('a', 1, { status: 'withdrawn' }), e('b', 2, { status: 'contracted' }), e('c', 3), e('d', 4)];
    expect(reservePromotion(list, vacancy).ok && reservePromotion(list, vacancy)).toMatchObject({ entry: { applicantId: 'c' } });
    expect(reservePromotion(list, vacancy, { heldIds: new Set(['id-c']) })).toMatchObject({ entry: { applicantId: 'd' } });
    expect(reservePromotion(list.slice(0, 2), vacancy)).toEqual({ ok: false, reason: 'noReserve' });
  });

  it('never starts in the past, and says when no time is left', () => {
    expect(reservePromotion([e('a', 1)], vacancy, { notBefore: '2021-05-03' })).toMatchObject({ contract: { start: '2021-05-03' } });
    expect(reservePromotion([e('a', 1)], { ...vacancy, lastWorkingDay: '2021-12-31' })).toEqual({ ok: false, reason: 'noTimeLeft' });
    expect(reservePromotion([e('a', 1)], { ...vacancy, lastWorkingDay: '2021-12-30' })).toMatchObject({ contract: { start: '2021-12-31', end: '2021-12-31' } });
  });

  it('property: the one promoted is the available entry of the type with the lowest rank', () => {
    const entry = fc.record({
      applicantId: fc.stringMatching(/^[a-z]{4}$/),
      nationalId: fc.stringMatching(/^[0-9]{3}$/),
      type: fc.constantFrom('citizen', 'graduate', 'student' as const),
      rank: fc.integer({ min: 1, max: 50 }),
      status: fc.constantFrom('reserve', 'contracted', 'withdrawn' as const),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (list) => {
        const r = reservePromotion(list, vacancy);
        const available = list.filter((x) => x.type === 'graduate' && x.status === 'reserve');
        if (available.length === 0) expect(r).toEqual({ ok: false, reason: 'noReserve' });
        else {
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.entry.rank).toBe(Math.min(...available.map((x) => x.rank)));
        }
      }),
    );
  });
});
