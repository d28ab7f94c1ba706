import { describe, expect, it } from 'vitest';
import { formatBaht, formatDate, formatFiscalYear, formatMonthYear, formatPercent, formatPercentValue, monthHeading, percentOfRatio } from './format.ts';
import { fiscalYear } from './calendar.ts';

describe('Buddhist-Era dates', () => {
  it('prints the deck\'s date in Thai with the BE year', () => {
    expect(formatDate(new Date('2020-12-03T03:00:00Z'), 'th', 'long')).toBe('3 ธันวาคม 2563');
    expect(formatDate(new Date('2020-12-03T03:00:00Z'), 'th')).toBe('3 ธ.ค. 2563');
  });
  it('keeps the BE year in English', () => {
    expect(formatDate(new Date('2020-12-03T03:00:00Z'), 'en')).toMatch(/^3 Dec 2563( BE)?$/);
  });
  it('uses the day in Thailand, not the machine\'s zone', () => {
    expect(formatDate(new Date('2021-02-28T17:00:00Z'), 'th', 'long')).toBe('1 มีนาคม 2564');
  });
  it('names reporting months', () => {
    expect(formatMonthYear(2021, 1, 'th')).toBe('มกราคม 2564');
    expect(formatMonthYear(2021, 2, 'th', 'short')).toBe('ก.พ. 2564');
  });
  it('heads month columns with the Buddhist-Era year in both languages, never the Christian one', () => {
    expect(monthHeading(2021, 1, 'th')).toBe('ม.ค. 2564');
    expect(monthHeading(2021, 1, 'en')).toBe('Jan 2564');
    expect(monthHeading(2020, 12, 'en')).toBe('Dec 2563');
    expect(monthHeading(2021, 1, 'en')).not.toContain('2021');
    expect(monthHeading(2021, 2, 'th', 'twoDigit')).toBe('ก.พ. 64');
  });
  it('names fiscal years', () => {
    expect(formatFiscalYear(fiscalYear(2564), 'th')).toBe('ปีงบประมาณ 2564');
    expect(formatFiscalYear(fiscalYear(2564), 'en')).toContain('Oct 2020 – Sep 2021');
  });
});

describe('baht', () => {
  it('separates thousands like the ministry form', () => {
    expect(formatBaht(3483000)).toBe('3,483,000');
    expect(formatBaht(35500.5)).toBe('35,500.5');
    expect(formatBaht(2976500, 'th', true)).toBe('2,976,500 บาท');
    expect(formatBaht(2976500, 'en', true)).toBe('THB 2,976,500');
  });
  it('prints shares with two decimals', () => {
    expect(formatPercent(506500 / 568000)).toBe('89.17%');
    expect(formatPercentValue(1234.5, 'en')).toBe('1,234.50');
  });
  it('never rounds a share up to a completion that has not happened, and rounds half up otherwise', () => {
    expect(formatPercent(0.99995)).toBe('99.99%');
    expect(formatPercent(0.999999)).toBe('99.99%');
    expect(formatPercent(35_500 / 64_000)).toBe('55.47%');
    expect(formatPercent(2 / 3)).toBe('66.67%');
    expect(formatPercent(79_999 / 80_000)).toBe('99.99%');
    expect(formatPercent(1)).toBe('100.00%');
    expect(percentOfRatio(0.29)).toBe(29);
    expect(percentOfRatio(0.57)).toBe(57);
    expect(percentOfRatio(0.891725)).toBe(89.17);
  });
});
