import { describe, expect, it } from 'vitest';
import { assessmentMessages, formChanges, type AssessmentMessageKey, type TambonForm } from '@otou/domain';
import { createWords, type Messages } from '@otou/sdk';
import { cellOf, columnNamer, describeChange, describeFile, isAchieved } from './changes.ts';
import words from './words.ts';

// The form's words and the domain's, as useWords(words, assessmentMessages) gives a component.
type Key = keyof (typeof words)['th'] | AssessmentMessageKey;
const catalogues = [words, assessmentMessages] as Messages<Key>[];
const t = createWords<Key>(() => 'th', ...catalogues);
const en = createWords<Key>(() => 'en', ...catalogues);

const before: TambonForm = {
  activities: [
    { key: 'act1', type: 'a', name: 'ผ้าทอมือ' },
    { key: 'act2', type: 'b', name: 'โฮมสเตย์' },
  ],
  goals: { act1: { '1.7': 'expected', '1.1': 'have' } },
  texts: { act1: { '2': 'ผู้สูงอายุ 30 คน' } },
  links: {},
};
const after: TambonForm = {
  activities: [
    { key: 'act1', type: 'e', name: 'ผ้าทอมือ', otherType: 'หัตถกรรม' },
    { key: 'act3', type: 'c', name: 'คลินิกชุมชน' },
  ],
  goals: { act1: { '1.7': 'have' }, covid: { '1.12': 'expected' } },
  texts: { act1: { '2': 'ผู้สูงอายุ 45 คน' } },
  links: { data: { '10': ['https://a.example/1', 'https://a.example/2'] } },
};

describe('a change in words', () => {
  const name = columnNamer(t, 'th', after.activities, before.activities);
  const said = formChanges(before, after).map((c) => describeChange(c, t, name));

  it('names each changed cell by goal or indicator and column, before → after, as the form shows marks', () => {
    expect(said).toContain('1.7 · กิจกรรม 1: ✗ → ✓');
    expect(said).toContain('1.1 · กิจกรรม 1: ✓ → ว่าง');
    expect(said).toContain('1.12 · กิจกรรมเฝ้าระวัง COVID: ว่าง → ✗');
    expect(said).toContain('ข้อ 2 · กิจกรรม 1: ผู้สูงอายุ 30 คน → ผู้สูงอายุ 45 คน');
    expect(said).toContain('ลิงก์หลักฐานข้อ 10 · Community Data: ว่าง → https://a.example/1 · https://a.example/2');
  });

  it('names activities added, removed (by their place before) and retyped by the letters ก–จ', () => {
    expect(said).toContain('ลบกิจกรรม 2: โฮมสเตย์');
    expect(said).toContain('เพิ่มกิจกรรม 2: คลินิกชุมชน');
    expect(said).toContain('กิจกรรม 1 ประเภท: ก → จ');
    expect(said).toContain('กิจกรรม 1 ประเภทอื่น ๆ: ว่าง → หัตถกรรม');
  });

  it('shortens a long answer, and speaks English when asked', () => {
    const long = describeChange({ column: 'act1', row: '5', kind: 'text', before: null, after: 'ก'.repeat(200) }, t, name);
    expect(long.length).toBeLessThan(100);
    expect(long.endsWith('…')).toBe(true);
    expect(describeChange({ column: 'covid', row: '1.3', kind: 'goal', before: 'expected', after: 'have' }, en, columnNamer(en, 'en', []))).toBe('1.3 · COVID surveillance: ✗ → ✓');
  });

  it('marks only ✗ → ✓ as achieved, and places each change at the field of its cell', () => {
    const changes = formChanges(before, after);
    expect(changes.filter(isAchieved).map((c) => cellOf(c))).toEqual(['goals.act1.1.7']);
    expect(cellOf({ kind: 'text', column: 'act1', row: '2' })).toBe('texts.act1.2');
  });

  it('names the file of a file event in its cell, and nothing for an event without one', () => {
    expect(describeFile({ name: 'รายชื่อ.pdf', column: 'act1', indicator: '2' }, t, name)).toEqual(['ข้อ 2 · กิจกรรม 1: รายชื่อ.pdf']);
    expect(describeFile(null, t, name)).toEqual([]);
  });
});
