import { describe, expect, it } from 'vitest';
import { basisNote, countsOn, isReportBasis } from './basis.ts';

describe('which months a figure counts', () => {
  it('official figures count approved months only', () => {
    expect(countsOn('approved', 'approved')).toBe(true);
    expect(countsOn('approved', 'submitted')).toBe(false);
    expect(countsOn('approved', 'draft')).toBe(false);
  });
  it('provisional figures add the months awaiting approval, never a draft', () => {
    expect(countsOn('provisional', 'approved')).toBe(true);
    expect(countsOn('provisional', 'submitted')).toBe(true);
    expect(countsOn('provisional', 'draft')).toBe(false);
  });
  it('knows its two names and nothing else', () => {
    expect(isReportBasis('approved')).toBe(true);
    expect(isReportBasis('provisional')).toBe(true);
    expect(isReportBasis('all')).toBe(false);
    expect(isReportBasis(undefined)).toBe(false);
  });
});

describe('what a page says about its figures', () => {
  const period = { firstYear: 2021, firstMonth: 1, months: 12 };
  it('names the basis and the months counted, consecutive months as a range', () => {
    expect(basisNote('approved', [2, 1], period, 'th')).toBe('นับเฉพาะเดือนที่อนุมัติแล้ว · เดือนที่นับ: ม.ค. 2564 – ก.พ. 2564');
    expect(basisNote('provisional', [1, 2, 3, 5], period, 'en')).toBe(
      'Provisional: includes months submitted and awaiting approval · Months counted: Jan 2564 – Mar 2564, May 2564',
    );
  });
  it('says so when no month can be counted yet', () => {
    expect(basisNote('approved', [], period, 'en')).toBe('Counts approved months only · No month can be counted yet');
  });
});
