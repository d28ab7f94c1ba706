import { describe, expect, it } from 'vitest';
import { REPORT_STATUSES, reportActionAllowed, reportMonthProblems, type ReportAction } from './reports.ts';

describe('the monthly report’s workflow', () => {
  it('the worker saves and submits a draft or a returned report; the supervisor accepts or returns a submitted one', () => {
    const table = Object.fromEntries(
      REPORT_STATUSES.map((s) => [s, (['save', 'submit', 'accept', 'return'] as ReportAction[]).filter((a) => reportActionAllowed(s, a))]),
    );
    expect(table).toEqual({ draft: ['save', 'submit'], submitted: ['accept', 'return'], returned: ['save', 'submit'], accepted: [] });
  });
});

describe('the month a report is for', () => {
  const contract = { start: '2021-01-16', end: '2021-12-31' };
  it('is a month the contract covers, once it has begun', () => {
    expect(reportMonthProblems(contract, { year: 2021, month: 1 }, '2021-01-20')).toEqual([]);
    expect(reportMonthProblems(contract, { year: 2021, month: 2 }, '2021-02-01')).toEqual([]);
    expect(reportMonthProblems(contract, { year: 2021, month: 2 }, '2021-01-31')).toEqual([{ field: 'month', key: 'employment.report.future', params: { month: '2/2564' } }]);
    expect(reportMonthProblems(contract, { year: 2020, month: 12 }, '2021-03-01')).toEqual([{ field: 'month', key: 'employment.report.outsideContract', params: { month: '12/2563' } }]);
  });
  it('ends with the last working day of a resignation', () => {
    const resigned = { ...contract, lastWorkingDay: '2021-05-31' };
    expect(reportMonthProblems(resigned, { year: 2021, month: 5 }, '2021-07-01')).toEqual([]);
    expect(reportMonthProblems(resigned, { year: 2021, month: 6 }, '2021-07-01')[0]?.key).toBe('employment.report.outsideContract');
  });
});
