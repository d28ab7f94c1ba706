import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, type TambonForm } from '@otou/domain';
import { FormDraft, nextMark, type SavedForm } from './formDraft.svelte.ts';

const baseline: TambonForm = {
  activities: [
    { key: 'act1', type: 'a', name: 'ผ้าทอมือ' },
    { key: 'act2', type: 'e', name: 'ตลาดชุมชน', otherType: 'ตลาด' },
  ],
  goals: { act1: { '1.1': 'have', '1.3': 'expected' }, covid: { '1.12': 'have' } },
  texts: { act1: { '2': 'ผู้สูงอายุ 40 คน' } },
  links: { data: { '10': ['https://example.org/survey'] } },
};

describe('FormDraft', () => {
  it('starts from what the server holds and sends the same form back untouched', () => {
    const d = new FormDraft(() => ({ form: baseline, version: 3 }));
    expect(d.mark('act1', '1.1')).toBe('have');
    expect(d.mark('act2', '1.1')).toBe('');
    expect(d.text('act1', '2')).toBe('ผู้สูงอายุ 40 คน');
    expect(d.links('data', '10')).toBe('https://example.org/survey');
    expect(d.columns()).toEqual(['act1', 'act2', 'covid', 'data']);
    expect(d.input()).toEqual(baseline);
    expect(d.dirty).toBe(false);
  });

  it('cycles a goal cell empty → ✓ → ✗ → empty, and sends only the marked cells', () => {
    expect([nextMark(''), nextMark('have'), nextMark('expected')]).toEqual(['have', 'expected', '']);
    const d = new FormDraft(() => ({ form: EMPTY_FORM, version: 0 }));
    expect(d.cycle('covid', '1.5')).toBe('have');
    expect(d.cycle('covid', '1.5')).toBe('expected');
    d.cycle('data', '1.16');
    expect(d.input().goals).toEqual({ covid: { '1.5': 'expected' }, data: { '1.16': 'have' } });
    expect(d.cycle('covid', '1.5')).toBe('');
    expect(d.input().goals).toEqual({ data: { '1.16': 'have' } });
  });

  it('turns an expected ✗ of the carried-over form into ✓ (the next round builds on the last)', () => {
    const d = new FormDraft(() => ({ form: baseline, version: 0 }));
    d.cycle('act1', '1.3'); // ✗ → empty
    d.setMark('act1', '1.3', 'have');
    expect(d.input().goals['act1']).toEqual({ '1.1': 'have', '1.3': 'have' });
  });

  it('trims texts, reads links one a line and leaves empty answers out', () => {
    const d = new FormDraft(() => ({ form: baseline, version: 1 }));
    d.setText('act2', '5', '  ระบบจองคิว  ');
    d.setText('act1', '2', '   ');
    d.setLinks('act2', '5', ' https://a.example/1 \n\n  https://a.example/2\n');
    const f = d.input();
    expect(f.texts).toEqual({ act2: { '5': 'ระบบจองคิว' } });
    expect(f.links['act2']).toEqual({ '5': ['https://a.example/1', 'https://a.example/2'] });
  });

  it('adds activities with keys never used before, and drops a removed activity\'s cells', () => {
    const d = new FormDraft(() => ({ form: baseline, version: 1 }));
    d.removeActivity('act2');
    const key = d.addActivity('c');
    expect(key).toBe('act3'); // not act2: that was another activity, whose cells must not pass to this one
    d.setActivity(key, { name: ' คลินิกชุมชน ' });
    d.cycle(key, '1.12');
    const f = d.input();
    expect(f.activities).toEqual([baseline.activities[0], { key: 'act3', type: 'c', name: 'คลินิกชุมชน' }]);
    expect(f.goals['act3']).toEqual({ '1.12': 'have' });
    expect(Object.keys(f.goals)).not.toContain('act2');
    expect(d.columns()).toEqual(['act1', 'act3', 'covid', 'data']);
  });

  it('keeps the "other" name only while the type is จ. other', () => {
    const d = new FormDraft(() => ({ form: baseline, version: 1 }));
    d.setActivity('act2', { type: 'b' });
    expect(d.input().activities[1]).toEqual({ key: 'act2', type: 'b', name: 'ตลาดชุมชน' });
  });

  it("saves name the form's version the user started from, not a newer one a refetch brought", () => {
    let stored: SavedForm = { form: baseline, version: 4 };
    const d = new FormDraft(() => stored);
    expect(d.version('form')).toBe(4);
    d.cycle('act2', '1.4');
    stored = { form: { ...baseline, goals: {} }, version: 5 }; // a colleague saved meanwhile
    expect(d.version('form')).toBe(4);
    expect(d.mark('act2', '1.4')).toBe('have'); // what this user pressed stays
    expect(d.mark('act1', '1.1')).toBe(''); // the rest shows what is stored now
    d.adopt({ form: 5 }); // they saw the conflict and save theirs over it
    expect(d.version('form')).toBe(5);
    d.reset();
    expect(d.version('form')).toBe(5);
    expect(d.dirty).toBe(false);
  });
});
