import { describe, expect, it } from 'vitest';
import { RSI_INDICATORS, USI_INDICATORS } from './form.ts';
import { cleanQuarterlyReport, goalCoverage, QUARTERLY_LIMITS, quarterlyIndicators, quarterlyProblems, type QuarterlyReport } from './quarterly.ts';

const all = (codes: readonly { code: string }[], text = 'ตอบแล้ว') => Object.fromEntries(codes.map((i) => [i.code, text]));
const report = (r: Partial<QuarterlyReport>): QuarterlyReport => ({ indicators: {}, goalNotes: {}, impact: '', ...r });

describe('USI and RSI reports', () => {
  it('a university answers the 14 USI indicators, a network the 4 RSI indicators', () => {
    expect(quarterlyIndicators('usi').map((i) => i.code)).toEqual(USI_INDICATORS.map((i) => i.code));
    expect(quarterlyIndicators('usi')).toHaveLength(14);
    expect(quarterlyIndicators('rsi')).toHaveLength(4);
  });

  it('a draft may be partly answered; a submitted report answers every indicator, each named where it is missing', () => {
    const partial = report({ indicators: { '1': 'วิเคราะห์แล้ว', '3': '  ' } });
    expect(quarterlyProblems('usi', partial, false)).toEqual([]);
    const missing = quarterlyProblems('usi', partial, true).map((p) => p.field);
    expect(missing).toHaveLength(13);
    expect(missing).toContain('indicators.3');
    expect(missing).not.toContain('indicators.1');
    expect(quarterlyProblems('rsi', report({ indicators: all(RSI_INDICATORS) }), true)).toEqual([]);
    // Goal notes and the impact summary may stay empty.
    expect(quarterlyProblems('usi', report({ indicators: all(USI_INDICATORS) }), true)).toEqual([]);
  });

  it('names text that is too long at its field and keys the report does not have', () => {
    const long = 'ก'.repeat(QUARTERLY_LIMITS.text + 1);
    const problems = quarterlyProblems('rsi', report({ indicators: { '2': long, '5': 'x' }, goalNotes: { '1.16': long }, impact: 'ก'.repeat(QUARTERLY_LIMITS.impact + 1) }), false);
    expect(problems).toEqual([
      { field: 'indicators', key: 'assessment.report.unknown' },
      { field: 'indicators.2', key: 'assessment.report.tooLong', params: { max: QUARTERLY_LIMITS.text } },
      { field: 'goalNotes.1.16', key: 'assessment.report.tooLong', params: { max: QUARTERLY_LIMITS.text } },
      { field: 'impact', key: 'assessment.report.tooLong', params: { max: QUARTERLY_LIMITS.impact } },
    ]);
  });

  it('is stored trimmed, without blank answers', () => {
    const r = cleanQuarterlyReport('usi', report({ indicators: { '1': '  ผล  ', '2': ' ' }, goalNotes: { '1.3': '', '1.4': ' สัมมาชีพ ' }, impact: ' ดีขึ้น ' }));
    expect(r).toEqual({ indicators: { '1': 'ผล' }, goalNotes: { '1.4': 'สัมมาชีพ' }, impact: 'ดีขึ้น' });
  });
});

describe('the 16-goal coverage of the tambons beneath a report', () => {
  it('counts per goal the tambons with ✓, with ✗ only, and neither — tambons without a form among the last', () => {
    const rows = goalCoverage(
      [
        { met: ['1.1', '1.4'], expected: ['1.7'] },
        // ✓ in one activity and ✗ in another: met (the masks say so: expected only when nowhere ✓).
        { met: ['1.4', '1.7'], expected: [] },
      ],
      5,
    );
    expect(rows).toHaveLength(16);
    const row = (g: string) => rows.find((r) => r.goal === g);
    expect(row('1.1')).toEqual({ goal: '1.1', have: 1, expected: 0, neither: 4 });
    expect(row('1.4')).toEqual({ goal: '1.4', have: 2, expected: 0, neither: 3 });
    expect(row('1.7')).toEqual({ goal: '1.7', have: 1, expected: 1, neither: 3 });
    expect(row('1.16')).toEqual({ goal: '1.16', have: 0, expected: 0, neither: 5 });
    for (const r of rows) expect(r.have + r.expected + r.neither).toBe(5);
  });

  it('never counts fewer tambons than forms', () => {
    expect(goalCoverage([{ met: ['1.2'], expected: [] }], 0)[1]).toEqual({ goal: '1.2', have: 1, expected: 0, neither: 0 });
    expect(goalCoverage([], 0).every((r) => r.have + r.expected + r.neither === 0)).toBe(true);
  });
});

