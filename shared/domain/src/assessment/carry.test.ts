import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validTambonForm } from './arbitraries.ts';
import { achieved, carryOver, formChanges } from './carry.ts';
import { formColumns, GOAL_CODES, TEXT_INDICATOR_CODES, type TambonForm } from './form.ts';
import { goalsMet, tierOf } from './tier.ts';
import { activity, firstGoals, formWith } from './testForms.ts';

const prevForm = (): TambonForm => ({
  activities: [activity(1), activity(2, { type: 'e', name: 'ตลาดชุมชน', otherType: 'ตลาด' })],
  goals: { act1: { '1.1': 'have', '1.2': 'expected' }, act2: { '1.3': 'expected' }, covid: { '1.12': 'have' } },
  texts: { act1: { '2': 'ผู้สูงอายุ 40 คน' } },
  links: { act1: { '2': ['https://example.org/a'] } },
});

describe('carry-over: a new round starts from the previous one', () => {
  it('copies the previous form whole', () => {
    const prev = prevForm();
    expect(carryOver(prev)).toEqual(prev);
    expect(formChanges(prev, carryOver(prev))).toEqual([]);
  });
  it('is a copy: editing the new round leaves the previous one as it was', () => {
    const prev = prevForm();
    const next = carryOver(prev);
    next.goals.act1!['1.2'] = 'have';
    next.links.act1!['2']!.push('https://example.org/b');
    next.activities[0]!.name = 'เปลี่ยนชื่อ';
    expect(prev).toEqual(prevForm());
  });
  it('starts empty without a previous round', () => {
    expect(carryOver(null)).toEqual({ activities: [], goals: {}, texts: {}, links: {} });
  });
});

describe('what changed since the previous round, cell by cell', () => {
  it('an expected ✗ that became ✓ is achieved', () => {
    const prev = prevForm();
    const next = carryOver(prev);
    next.goals.act1!['1.2'] = 'have';
    next.goals.act2!['1.3'] = 'have';
    const changes = formChanges(prev, next);
    expect(changes).toEqual([
      { column: 'act1', row: '1.2', kind: 'goal', before: 'expected', after: 'have' },
      { column: 'act2', row: '1.3', kind: 'goal', before: 'expected', after: 'have' },
    ]);
    expect(achieved(changes)).toEqual(changes);
    expect(goalsMet(next).length - goalsMet(prev).length).toBe(2);
  });
  it('a ✓ that is new or taken back, or ✓ → ✗, is a change but not an achievement', () => {
    const prev = prevForm();
    const next = carryOver(prev);
    next.goals.act1!['1.1'] = 'expected';
    delete next.goals.covid!['1.12'];
    next.goals.data = { '1.16': 'have' };
    const changes = formChanges(prev, next);
    expect(changes).toEqual([
      { column: 'act1', row: '1.1', kind: 'goal', before: 'have', after: 'expected' },
      { column: 'covid', row: '1.12', kind: 'goal', before: 'have', after: null },
      { column: 'data', row: '1.16', kind: 'goal', before: null, after: 'have' },
    ]);
    expect(achieved(changes)).toEqual([]);
  });
  it('texts and links change per indicator; blank text is no text', () => {
    const prev = prevForm();
    const next = carryOver(prev);
    next.texts.act1!['2'] = 'ผู้สูงอายุ 45 คน';
    next.texts.covid = { '10': '   ' };
    next.links.act1!['2'] = ['https://example.org/a', 'https://example.org/b'];
    expect(formChanges(prev, next)).toEqual([
      { column: 'act1', row: '2', kind: 'text', before: 'ผู้สูงอายุ 40 คน', after: 'ผู้สูงอายุ 45 คน' },
      { column: 'act1', row: '2', kind: 'links', before: 'https://example.org/a', after: 'https://example.org/a\nhttps://example.org/b' },
    ]);
  });
  it('an activity added shows as added, with its cells', () => {
    const prev = prevForm();
    const next = carryOver(prev);
    next.activities.push(activity(3, { type: 'c', name: 'คลินิกชุมชน' }));
    next.goals.act3 = { '1.12': 'expected' };
    expect(formChanges(prev, next)).toEqual([
      { column: 'act3', row: 'activity', kind: 'activity', before: null, after: 'คลินิกชุมชน' },
      { column: 'act3', row: '1.12', kind: 'goal', before: null, after: 'expected' },
    ]);
  });
  it('an activity removed takes its cells with it, and its goals stop counting', () => {
    const prev = prevForm();
    const next = carryOver(prev);
    next.activities = next.activities.filter((a) => a.key !== 'act1');
    const changes = formChanges(prev, next);
    expect(changes).toEqual([
      { column: 'act1', row: 'activity', kind: 'activity', before: 'กิจกรรม 1', after: null },
      { column: 'act1', row: '1.1', kind: 'goal', before: 'have', after: null },
      { column: 'act1', row: '1.2', kind: 'goal', before: 'expected', after: null },
      { column: 'act1', row: '2', kind: 'text', before: 'ผู้สูงอายุ 40 คน', after: null },
      { column: 'act1', row: '2', kind: 'links', before: 'https://example.org/a', after: null },
    ]);
    expect(goalsMet(next)).toEqual(['1.12']);
  });
  it('an activity renamed or retyped keeps its key, so its cells are the same cells', () => {
    const prev = prevForm();
    const next = carryOver(prev);
    next.activities[1] = { key: 'act2', type: 'd', name: 'ตลาดชุมชนสีเขียว' };
    expect(formChanges(prev, next)).toEqual([
      { column: 'act2', row: 'activity', kind: 'activity', before: 'ตลาดชุมชน', after: 'ตลาดชุมชนสีเขียว' },
      { column: 'act2', row: 'type', kind: 'activity', before: 'e', after: 'd' },
      { column: 'act2', row: 'otherType', kind: 'activity', before: 'ตลาด', after: null },
    ]);
  });
  it('a first round lists everything as new', () => {
    const form = formWith({ act1: firstGoals(2) }, 1);
    expect(formChanges(null, form).map((c) => `${c.column}:${c.row}:${c.after}`)).toEqual(['act1:activity:กิจกรรม 1', 'act1:1.1:have', 'act1:1.2:have']);
  });
  it('two ✗ turned ✓ move a tambon from Survive to Sufficiency', () => {
    const prev = formWith({ act1: { ...firstGoals(9), '1.10': 'expected', '1.11': 'expected' } }, 1);
    const next = carryOver(prev);
    next.goals.act1!['1.10'] = 'have';
    next.goals.act1!['1.11'] = 'have';
    expect(tierOf(goalsMet(prev).length)).toBe('survive');
    expect(tierOf(goalsMet(next).length)).toBe('sufficiency');
    expect(achieved(formChanges(prev, next)).map((c) => c.row)).toEqual(['1.10', '1.11']);
  });
});

describe('change detection, over any two forms', () => {
  /** Every cell of both forms, compared one by one: what formChanges must find, no more and no less. */
  const differingCells = (a: TambonForm, b: TambonForm) => {
    const cols = new Set([...formColumns(a), ...formColumns(b)]);
    const has = (f: TambonForm, c: string) => formColumns(f).includes(c);
    const out: string[] = [];
    for (const c of cols) {
      for (const g of GOAL_CODES) if ((has(a, c) ? a.goals[c]?.[g] : undefined) !== (has(b, c) ? b.goals[c]?.[g] : undefined)) out.push(`${c}|${g}|goal`);
      for (const i of TEXT_INDICATOR_CODES) {
        const text = (f: TambonForm) => (has(f, c) && f.texts[c]?.[i]?.trim() ? f.texts[c]?.[i] : undefined);
        if (text(a) !== text(b)) out.push(`${c}|${i}|text`);
        const la = has(a, c) ? (a.links[c]?.[i] ?? []).join('\n') : '';
        const lb = has(b, c) ? (b.links[c]?.[i] ?? []).join('\n') : '';
        if (la !== lb) out.push(`${c}|${i}|links`);
      }
    }
    return out.sort();
  };
  it('finds exactly the cells that differ, and none between a form and its carry-over', () => {
    fc.assert(
      fc.property(validTambonForm(), validTambonForm(), (prev, next) => {
        expect(formChanges(prev, carryOver(prev))).toEqual([]);
        const found = formChanges(prev, next).filter((c) => c.kind !== 'activity').map((c) => `${c.column}|${c.row}|${c.kind}`).sort();
        expect(found).toEqual(differingCells(prev, next));
      }),
      { numRuns: 300 },
    );
  });
  it('an achievement is always ✗ before and ✓ after, in a column both rounds have', () => {
    fc.assert(
      fc.property(validTambonForm(), validTambonForm(), (prev, next) => {
        for (const c of achieved(formChanges(prev, next))) {
          expect(prev.goals[c.column]?.[c.row as '1.1']).toBe('expected');
          expect(next.goals[c.column]?.[c.row as '1.1']).toBe('have');
          expect(formColumns(prev).includes(c.column) && formColumns(next).includes(c.column)).toBe(true);
        }
      }),
    );
  });
});
