import { describe, expect, it } from 'vitest';
import { PeriodDraft } from './periodDraft.svelte.ts';

function filled() {
  const d = new PeriodDraft(new Date('2021-02-28T10:00:00+07:00'));
  d.code = '2565';
  d.nameTh = 'โครงการปี 2565';
  d.nameEn = 'Programme 2565';
  return d;
}

describe('PeriodDraft', () => {
  it('starts in this year (BE), not active, and sends the CE year the API stores', () => {
    const d = filled();
    expect(d.firstYearBE).toBe('2564');
    d.firstYearBE = '2565';
    d.firstMonth = 10;
    expect(d.problems('th')).toEqual({});
    expect(d.input()).toEqual({ code: '2565', name_th: 'โครงการปี 2565', name_en: 'Programme 2565', firstYear: 2022, firstMonth: 10, months: 12, active: false });
  });

  it('catches a CE year and says which BE year to type', () => {
    const d = filled();
    d.firstYearBE = '2022';
    expect(d.problems('th')['firstYear']).toEqual(['ปี 2022 เป็นปี ค.ศ. กรุณากรอกปี พ.ศ. (ค.ศ. + 543) เช่น 2565']);
  });

  it('names every field that needs fixing, in the user\'s language, the way the server would', () => {
    const d = new PeriodDraft();
    d.code = 'ปี 65';
    d.months = '40';
    d.firstYearBE = '65';
    expect(d.problems('en')).toEqual({
      code: [expect.stringContaining('English letters, digits and dashes')],
      name_th: ['Give the period a name'],
      name_en: ['Give the period a name'],
      firstYear: [expect.stringContaining('2565')],
      months: [expect.stringContaining('1 to 36 months')],
    });
  });
});
