import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validThaiId } from './arbitraries.ts';
import { formatThaiId, maskNationalId, selectionOutcome } from './selection.ts';

describe('selection: the first get contracts, the next are the ranked reserve', () => {
  it('splits at the number of open positions', () => {
    expect(selectionOutcome(['a', 'b', 'c', 'd'], 2)).toEqual({
      ok: true,
      outcome: { chosen: [{ applicantId: 'a', rank: 1 }, { applicantId: 'b', rank: 2 }], reserve: [{ applicantId: 'c', rank: 1 }, { applicantId: 'd', rank: 2 }] },
    });
    expect(selectionOutcome(['a'], 5)).toMatchObject({ outcome: { chosen: [{ applicantId: 'a' }], reserve: [] } });
    expect(selectionOutcome(['a', 'b'], 0)).toMatchObject({ outcome: { chosen: [], reserve: [{ applicantId: 'a' }, { applicantId: 'b' }] } });
  });

  it('refuses a list with someone not eligible, naming their rank', () => {
    expect(selectionOutcome(['a', 'x', 'b'], 2, new Set(['a', 'b']))).toEqual({ ok: false, problems: [{ field: 'order.1', key: 'employment.selection.ineligible', params: { rank: 2 } }] });
  });

  it('property: everyone is either chosen or in reserve, in the order given', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 40 }), fc.integer({ min: 0, max: 30 }), (order, open) => {
        const r = selectionOutcome(order, open);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect([...r.outcome.chosen, ...r.outcome.reserve].map((e) => e.applicantId)).toEqual(order);
        expect(r.outcome.chosen.length).toBe(Math.min(open, order.length));
      }),
    );
  });
});

describe('national IDs on pages', () => {
  it('are grouped as on the card, and masked to the last three digits in lists', () => {
    expect(formatThaiId('1101700230708')).toBe('1-1017-00230-70-8');
    expect(maskNationalId('1-1017-00230-70-8')).toBe('x-xxxx-xxxxx-70-8');
    expect(maskNationalId('123')).toBe('x-xxxx-xxxxx-xx-x');
  });
  it('property: a masked ID never shows more than its last three digits', () => {
    fc.assert(
      fc.property(validThaiId(), (id) => {
        expect(maskNationalId(id).replace(/\D/g, '')).toBe(id.slice(10));
      }),
    );
  });
});
