import { describe, expect, it } from 'vitest';
import { ReportDraft, type SavedReport } from './reportDraft.svelte.ts';

const stored = (version: number, impact = ''): SavedReport => ({ indicators: { '1': 'วิเคราะห์แล้ว' }, goalNotes: {}, impact, version });

describe('ReportDraft', () => {
  it('keeps what the author typed over a refetch, and sends the version they started from', () => {
    let saved = stored(1);
    const d = new ReportDraft(() => saved, 'rsi');
    expect(d.indicator('1')).toBe('วิเคราะห์แล้ว');
    expect(d.empty()).toEqual(['2', '3', '4']);
    d.setIndicator('2', ' บริการวิชาการ 4 องค์กร ');
    d.setGoalNote('1.3', 'ครอบคลุม 5 ตำบล');
    saved = stored(2, 'รายได้เพิ่มขึ้น'); // a colleague saved the impact meanwhile
    expect(d.impact()).toBe('รายได้เพิ่มขึ้น');
    expect(d.input()).toEqual({
      indicators: { '1': 'วิเคราะห์แล้ว', '2': 'บริการวิชาการ 4 องค์กร' },
      goalNotes: { '1.3': 'ครอบคลุม 5 ตำบล' },
      impact: 'รายได้เพิ่มขึ้น',
      version: 1,
    });
  });

  it('leaves out what was cleared, and starts from the stored version again after a reset', () => {
    const d = new ReportDraft(() => stored(5), 'rsi');
    d.setIndicator('1', '   ');
    expect(d.input().indicators).toEqual({});
    expect(d.empty()).toEqual(['1', '2', '3', '4']);
    d.reset();
    expect(d.input()).toEqual({ indicators: { '1': 'วิเคราะห์แล้ว' }, goalNotes: {}, impact: '', version: 5 });
  });

  it('asks for every indicator before a submit, not before a save, at each field', () => {
    const d = new ReportDraft(() => stored(1), 'rsi');
    expect(d.problems(false, 'en')).toEqual({});
    d.setIndicator('2', 'x'.repeat(2001));
    expect(d.problems(true, 'en')).toEqual({
      'indicators.2': ['The text is longer than 2,000 characters; please shorten it'],
      'indicators.3': ['Answer this indicator before submitting the report'],
      'indicators.4': ['Answer this indicator before submitting the report'],
    });
  });
});
