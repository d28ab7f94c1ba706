import { describe, expect, it } from 'vitest';
import { RoundDraft } from './roundDraft.svelte.ts';

describe('RoundDraft', () => {
  it('sends a new baseline with quarter 0 and the days DateInputBE handed over', () => {
    const d = new RoundDraft();
    d.quarter = 3; // left over from choosing "quarterly" first: a baseline has no quarter
    d.opens = '2021-06-01';
    d.closes = '2021-06-30';
    expect(d.problems('th')).toEqual({});
    expect(d.input('p1')).toEqual({ version: 0, periodId: 'p1', kind: 'baseline', quarter: 0, opens: '2021-06-01', closes: '2021-06-30' });
  });

  it('edits a stored round from its Thai calendar days, naming its id and version', () => {
    const d = new RoundDraft();
    // Open from 00:00 Bangkok on 1 July to the end of 15 July (stored as the first instant of 16 July).
    d.edit({ id: 'r2', version: 4, kind: 'quarterly', quarter: 2, opens: '2021-06-30T17:00:00.000Z', closes: '2021-07-15T17:00:00.000Z' });
    expect(d.input('p1')).toEqual({ id: 'r2', version: 4, periodId: 'p1', kind: 'quarterly', quarter: 2, opens: '2021-07-01', closes: '2021-07-15' });
    d.clear();
    expect(d.input('p1')).toEqual({ version: 0, periodId: 'p1', kind: 'baseline', quarter: 0, opens: '', closes: '' });
  });

  it('names a day still missing, and a last day before the first, at its field', () => {
    const d = new RoundDraft();
    d.closes = '2021-06-30';
    expect(Object.keys(d.problems('en'))).toEqual(['opens']);
    d.opens = '2021-07-01';
    expect(d.problems('en')).toEqual({ closes: [expect.stringMatching(/last day/i)] });
  });
});
