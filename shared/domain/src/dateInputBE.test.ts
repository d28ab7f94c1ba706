import { describe, expect, it } from 'vitest';
import { datePartsBE, datePartsFromText, isoDate, parseDateBE, parseYearBE } from './dateInputBE.ts';
import { kitMessages } from './kitMessages.ts';

describe('a date typed in the Buddhist Era', () => {
  it('reads day, month and BE year into the CE calendar day the API stores', () => {
    expect(parseDateBE({ day: '5', month: 3, yearBE: '2564' })).toEqual({ ok: true, value: { year: 2021, month: 3, day: 5 } });
    expect(parseDateBE({ day: '๕', month: '3', yearBE: '๒๕๖๔' })).toEqual({ ok: true, value: { year: 2021, month: 3, day: 5 } });
    expect(isoDate({ year: 2021, month: 3, day: 5 })).toBe('2021-03-05');
  });

  it('catches a Christian-Era year and says which BE year to type', () => {
    const r = parseDateBE({ day: '5', month: 3, yearBE: '2021' });
    expect(r).toEqual({ ok: false, field: 'yearBE', problem: { key: 'input.date.yearIsCE', params: { year: '2021', be: '2564' } } });
    expect(kitMessages.th['input.date.yearIsCE']).toContain('ค.ศ. + 543');
  });

  it('refuses a day the month does not have, and years far from the programme', () => {
    expect(parseDateBE({ day: '30', month: 2, yearBE: '2564' })).toMatchObject({ ok: false, field: 'day', problem: { key: 'input.date.notADay' } });
    expect(parseDateBE({ day: '29', month: 2, yearBE: '2563' })).toMatchObject({ ok: true, value: { year: 2020, month: 2, day: 29 } });
    expect(parseDateBE({ day: '1', month: 1, yearBE: '3000' })).toMatchObject({ ok: false, problem: { key: 'input.date.yearRange' } });
    expect(parseDateBE({ day: '1', month: 1, yearBE: '2566' }, { maxYearBE: 2565 })).toMatchObject({ ok: false, problem: { key: 'input.date.yearRange', params: { max: '2565' } } });
  });

  it('names the missing part; empty is no date unless one is required', () => {
    expect(parseDateBE({ day: '5', month: '', yearBE: '2564' })).toMatchObject({ ok: false, field: 'month', problem: { key: 'input.date.incomplete' } });
    expect(parseDateBE({ day: '5', month: 3, yearBE: '64' })).toMatchObject({ ok: false, field: 'yearBE' });
    expect(parseDateBE({ day: '', month: '', yearBE: '' })).toEqual({ ok: true, value: null });
    expect(parseDateBE({ day: '', month: '', yearBE: '' }, { required: true })).toMatchObject({ ok: false });
  });

  it('shows a stored date in BE parts', () => {
    expect(datePartsBE('2021-03-05')).toEqual({ day: '5', month: 3, yearBE: '2564' });
    expect(datePartsBE('2021-03-05 00:00:00.000Z')).toEqual({ day: '5', month: 3, yearBE: '2564' });
    expect(datePartsBE('')).toEqual({ day: '', month: '', yearBE: '' });
  });

  it('reads a whole date typed in one box with its year as BE: "2564-03-05" is 5 March 2564, never CE 2564', () => {
    const parts = datePartsFromText('2564-03-05')!;
    expect(parts).toEqual({ day: '5', month: 3, yearBE: '2564' });
    expect(parseDateBE(parts)).toEqual({ ok: true, value: { year: 2021, month: 3, day: 5 } });
    expect(datePartsFromText('5/3/2564')).toEqual({ day: '5', month: 3, yearBE: '2564' });
    expect(parseDateBE(datePartsFromText('2021-03-05')!)).toMatchObject({ ok: false, problem: { key: 'input.date.yearIsCE' } });
    expect(datePartsFromText('5')).toBeNull();
  });

  it('reads a year on its own the same way: BE taken, CE caught, Thai digits fine', () => {
    expect(parseYearBE('2565')).toEqual({ ok: true, be: 2565, ce: 2022 });
    expect(parseYearBE('๒๕๖๕')).toEqual({ ok: true, be: 2565, ce: 2022 });
    expect(parseYearBE('2022')).toEqual({ ok: false, problem: { key: 'input.date.yearIsCE', params: { year: '2022', be: '2565' } } });
    expect(parseYearBE('65')).toMatchObject({ ok: false, problem: { key: 'input.date.yearRange' } });
  });
});
