import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '@otou/domain';
import { ThresholdDraft, type SavedThresholds } from './thresholdDraft.svelte.ts';

describe('ThresholdDraft', () => {
  it('shows the stored thresholds until typed over, and sends the version the user started from', () => {
    let saved: SavedThresholds = { thresholds: { ...DEFAULT_THRESHOLDS }, version: 2 };
    const d = new ThresholdDraft(() => saved);
    expect(d.value('sustainable')).toBe('14');
    d.set('sustainable', '๑๕'); // Thai digits are read as numbers
    saved = { thresholds: { sustainable: 13, sufficiency: 10, survive: 7 }, version: 3 }; // someone saved meanwhile
    expect(d.value('sufficiency')).toBe('10');
    expect(d.problems('th')).toEqual({});
    expect(d.input()).toEqual({ sustainable: 15, sufficiency: 10, survive: 7, version: 2 });
  });

  it('names the field out of range, and a tier not above the next, in the order of the tiers', () => {
    const d = new ThresholdDraft(() => ({ thresholds: { ...DEFAULT_THRESHOLDS }, version: 1 }));
    d.set('survive', '17');
    expect(d.problems('en')).toEqual({ survive: ['A threshold is a whole number of goals from 1 to 16'] });
    d.set('survive', '11');
    expect(d.problems('en')).toEqual({ sufficiency: ['Order the thresholds from high to low: Sustainable above Sufficiency above Survive'] });
    d.set('survive', 'แปด');
    expect(Object.keys(d.problems('th'))).toEqual(['survive']);
  });
});
