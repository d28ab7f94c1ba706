import { describe, expect, it } from 'vitest';
import { assessmentBasisNote, tierLabel, tierName } from './labels.ts';

describe('tier labels', () => {
  it('name the deck’s tiers with their goals, Thai first', () => {
    expect(tierLabel('sustainable', 'th')).toBe('ตำบลมุ่งสู่ความยั่งยืน (14–16 เป้าหมาย)');
    expect(tierLabel('sufficiency', 'th')).toBe('ตำบลมุ่งสู่ความพอเพียง (11–13 เป้าหมาย)');
    expect(tierLabel('survive', 'th')).toBe('ตำบลที่อยู่รอด (8–10 เป้าหมาย)');
    expect(tierLabel('unclassified', 'th')).toBe('ยังไม่จัดระดับ (น้อยกว่า 8 เป้าหมาย)');
    expect(tierLabel('survive', 'en')).toBe('Survive (8–10 goals)');
    expect(tierLabel('unclassified', 'en')).toBe('Not yet classified (fewer than 8 goals)');
    expect(tierName('sufficiency', 'en')).toBe('Sufficiency');
  });
  it('follow the thresholds in force, never fixed ranges', () => {
    const t = { sustainable: 16, sufficiency: 12, survive: 5 };
    expect(tierLabel('sustainable', 'en', t)).toBe('Sustainable (16 goals)');
    expect(tierLabel('sufficiency', 'en', t)).toBe('Sufficiency (12–15 goals)');
    expect(tierLabel('unclassified', 'th', t)).toBe('ยังไม่จัดระดับ (น้อยกว่า 5 เป้าหมาย)');
  });
});

describe('basis note', () => {
  it('says which forms the figures count, and of which round', () => {
    expect(assessmentBasisNote('approved', 'th')).toBe('นับเฉพาะแบบประเมินที่อนุมัติแล้ว');
    expect(assessmentBasisNote('provisional', 'en', { kind: 'quarterly', quarter: 1 })).toBe('Provisional: includes forms submitted and awaiting approval · Round: Quarter 1');
    expect(assessmentBasisNote('approved', 'th', { kind: 'baseline', quarter: 0 })).toBe('นับเฉพาะแบบประเมินที่อนุมัติแล้ว · รอบ: เริ่มดำเนินกิจกรรม');
  });
});
