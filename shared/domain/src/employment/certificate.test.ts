import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateStatus, sixMonthsServedOn, type MonthRecord } from './certificate.ts';

/** Months from (year, month) on, each accepted and passed unless `over` says otherwise. */
function months(year: number, from: number, count: number, over: Record<number, Partial<MonthRecord>> = {}): MonthRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const m = from + i;
    const at = { year: year + Math.floor((m - 1) / 12), month: ((m - 1) % 12) + 1 };
    return { ...at, report: 'accepted' as const, evaluation: 'passed' as const, ...over[i + 1] };
  });
}
const contract = [{ start: '2021-03-01', end: '2021-12-31' }];

describe('the certificate of service: six continuous months with passed evaluations', () => {
  it('six months ends the day before the same day six months on', () => {
    expect(sixMonthsServedOn('2021-03-01')).toBe('2021-08-31');
    expect(sixMonthsServedOn('2021-01-15')).toBe('2021-07-14');
    expect(sixMonthsServedOn('2020-08-31')).toBe('2021-02-27');
  });

  it('5 months 30 days is not enough; 6 months is', () => {
    const records = months(2021, 3, 6);
    const short = certificateStatus([{ start: '2021-03-01', end: '2021-08-30' }], records, '2021-12-31');
    expect(short.eligible).toBe(false);
    expect(short.missing).toContainEqual({ key: 'employment.certificate.served', params: { from: '1/3/2564', to: '30/8/2564', earliest: '31/8/2564' } });
    expect(certificateStatus([{ start: '2021-03-01', end: '2021-08-31' }], records, '2021-12-31')).toEqual({
      eligible: true,
      run: { start: '2021-03-01', end: '2021-08-31' },
      missing: [],
    });
  });

  it('a failed evaluation in month 3 resets the count to month 4', () => {
    const records = months(2021, 3, 10, { 3: { evaluation: 'failed' } });
    const onAug31 = certificateStatus(contract, records, '2021-08-31');
    expect(onAug31.eligible).toBe(false);
    expect(onAug31.missing[0]).toEqual({ key: 'employment.certificate.evaluationFailed', params: { month: '5/2564' } });
    expect(onAug31.run).toEqual({ start: '2021-06-01', end: '2021-08-31' });
    // From June, six months are complete at the end of November.
    expect(certificateStatus(contract, records, '2021-11-30')).toMatchObject({ eligible: true, run: { start: '2021-06-01', end: '2021-11-30' } });
    expect(certificateStatus(contract, records, '2021-11-29').eligible).toBe(false);
  });

  it('a missing report, or one returned and never accepted, breaks the run the same way', () => {
    const missing = months(2021, 3, 10).filter((m) => m.month !== 5);
    expect(certificateStatus(contract, missing, '2021-10-31').missing[0]).toEqual({ key: 'employment.certificate.reportMissing', params: { month: '5/2564' } });
    const returned = months(2021, 3, 10, { 3: { report: 'returned', evaluation: null } });
    expect(certificateStatus(contract, returned, '2021-10-31').missing[0]).toEqual({ key: 'employment.certificate.reportNotAccepted', params: { month: '5/2564' } });
  });

  it('a resignation ends the service on the last working day', () => {
    const resigned = [{ start: '2021-03-01', end: '2021-08-15' }];
    const r = certificateStatus(resigned, months(2021, 3, 6), '2021-12-31');
    expect(r.eligible).toBe(false);
    expect(r.missing).toContainEqual({ key: 'employment.certificate.contractTooShort', params: { end: '15/8/2564' } });
  });

  it('the month still being worked is waiting, not missing; its report waiting for acceptance keeps the run', () => {
    const r = certificateStatus(contract, months(2021, 3, 5), '2021-08-20');
    expect(r.run).toEqual({ start: '2021-03-01', end: '2021-07-31' });
    expect(r.missing).toEqual([{ key: 'employment.certificate.served', params: { from: '1/3/2564', to: '31/7/2564', earliest: '31/8/2564' } }]);
    const pending = certificateStatus(contract, months(2021, 3, 6, { 6: { report: 'submitted', evaluation: null } }), '2021-09-01');
    expect(pending.eligible).toBe(false);
    expect(pending.missing[0]).toEqual({ key: 'employment.certificate.reportNotAccepted', params: { month: '8/2564' } });
    expect(pending.run).toEqual({ start: '2021-03-01', end: '2021-07-31' });
  });

  it('a first month started late counts from the start day', () => {
    const late = [{ start: '2021-03-16', end: '2021-12-31' }];
    expect(certificateStatus(late, months(2021, 3, 7), '2021-09-14').eligible).toBe(false);
    expect(certificateStatus(late, months(2021, 3, 7), '2021-09-15').eligible).toBe(true);
  });

  it('a replacement contract starting the day after the last one continues the run; a day’s gap does not', () => {
    const records = months(2021, 1, 12);
    expect(certificateStatus([{ start: '2021-01-01', end: '2021-03-31' }, { start: '2021-04-01', end: '2021-12-31' }], records, '2021-06-30').eligible).toBe(true);
    expect(certificateStatus([{ start: '2021-01-01', end: '2021-03-30' }, { start: '2021-04-01', end: '2021-12-31' }], records, '2021-06-30').eligible).toBe(false);
  });

  it('says so when there is no service at all', () => {
    expect(certificateStatus([], [], '2021-06-30')).toEqual({ eligible: false, run: null, missing: [{ key: 'employment.certificate.noService' }] });
  });

  it('property: any single bad month within the first six makes a contract of exactly six months ineligible', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.constantFrom<Partial<MonthRecord>>({ evaluation: 'failed' }, { report: 'missing', evaluation: null }, { report: 'returned', evaluation: null }), (bad, fault) => {
        const records = months(2021, 1, 6, { [bad]: fault });
        const r = certificateStatus([{ start: '2021-01-01', end: '2021-06-30' }], records, '2021-12-31');
        expect(r.eligible).toBe(false);
        expect(r.missing.length).toBeGreaterThan(0);
      }),
    );
  });
});
