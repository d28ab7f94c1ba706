import { describe, expect, it } from 'vitest';
import type { TambonForm } from './form.ts';
import { cleanForm, formProblems, isEvidenceLink, roundProblems } from './problems.ts';
import { activity, formWith } from './testForms.ts';

const fields = (form: TambonForm) => formProblems(form).map((p) => `${p.field} ${p.key}`);
const good = (): TambonForm => ({
  activities: [activity(1), activity(2, { type: 'e', name: 'ตลาดชุมชน', otherType: 'ตลาด' })],
  goals: { act1: { '1.1': 'have', '1.2': 'expected' }, covid: { '1.12': 'have' } },
  texts: { act2: { '8': 'ผ้าทอลายใหม่' }, data: { '10': 'สำรวจ 320 ครัวเรือน' } },
  links: { act2: { '8': ['https://example.org/weave', 'http://example.org/a?b=c'] } },
});

describe('a tambon form’s problems, each at its field', () => {
  it('a well-filled form has none', () => {
    expect(formProblems(good())).toEqual([]);
    expect(formProblems({ activities: [], goals: {}, texts: {}, links: {} })).toEqual([]);
  });
  it('an activity needs a name, a type ก–จ, and for จ. "other" the name of its type', () => {
    const f = good();
    f.activities = [activity(1, { name: '   ' }), activity(2, { type: 'e' }), activity(3, { type: 'z' as never }), activity(4, { name: 'ก'.repeat(201) })];
    expect(fields(f)).toEqual([
      'activities.0.name assessment.activity.name',
      'activities.1.otherType assessment.activity.otherType',
      'activities.2.type assessment.activity.type',
      'activities.3.name assessment.activity.name',
    ]);
  });
  it('refuses more than 20 activities, duplicate keys and keys of the fixed columns', () => {
    const many = formWith({}, 21);
    expect(fields(many)).toEqual(['activities assessment.activities.tooMany']);
    const f: TambonForm = { activities: [activity(1), activity(1, { name: 'อีกกิจกรรม' }), activity(3, { key: 'covid' }), activity(4, { key: '__proto__' })], goals: {}, texts: {}, links: {} };
    expect(fields(f)).toEqual(['activities.1.key assessment.activity.duplicate', 'activities.2.key assessment.activity.key', 'activities.3.key assessment.activity.key']);
  });
  it('refuses cells of a column the form does not have, goals that do not exist and marks other than ✓/✗', () => {
    const f = good();
    f.goals = { act1: { '1.17': 'have', '1.3': 'yes' as never }, act9: { '1.1': 'have' } } as TambonForm['goals'];
    expect(fields(f)).toEqual(['goals.act1.1.17 assessment.goal.unknown', 'goals.act1.1.3 assessment.mark', 'goals.act9 assessment.column.unknown']);
  });
  it('takes text for indicators 2–14 only, at most 2,000 characters', () => {
    const f = good();
    f.texts = { act1: { '1': 'x', '15': 'x', '2': 'ก'.repeat(2001), '3': 'ก'.repeat(2000) } } as TambonForm['texts'];
    expect(fields(f)).toEqual(['texts.act1.1 assessment.indicator.unknown', 'texts.act1.2 assessment.text.tooLong', 'texts.act1.15 assessment.indicator.unknown']);
  });
  it('takes evidence links on http or https only, at most 10 a cell', () => {
    const f = good();
    f.links = {
      act1: { '2': ['javascript:alert(1)'], '3': ['ftp://example.org/x'], '4': Array.from({ length: 11 }, (_, i) => `https://example.org/${i}`), '5': ['https://example.org/' + 'a'.repeat(490)] },
      covid: { '10': ['not a link'] },
    };
    expect(fields(f)).toEqual([
      'links.act1.2 assessment.link.invalid',
      'links.act1.3 assessment.link.invalid',
      'links.act1.4 assessment.links.tooMany',
      'links.act1.5 assessment.link.invalid',
      'links.covid.10 assessment.link.invalid',
    ]);
  });
  it('knows a web address', () => {
    expect(isEvidenceLink('https://drive.google.com/file/d/abc')).toBe(true);
    expect(isEvidenceLink('http://10.0.0.1/x')).toBe(true);
    for (const bad of ['', 'https://', 'data:text/html,<b>', 'file:///etc/passwd', ' https://example.org', 'example.org', 42]) expect(isEvidenceLink(bad)).toBe(false);
  });
});

describe('a form as it is stored', () => {
  it('is trimmed, with blank cells and the cells of removed activities dropped', () => {
    const f: TambonForm = {
      activities: [activity(1, { name: '  ผ้าทอ  ', otherType: 'ไม่ใช่ประเภทอื่น' })],
      goals: { act1: { '1.1': 'have' }, act2: { '1.2': 'have' }, covid: {} },
      texts: { act1: { '2': '  ผู้สูงอายุ  ', '3': '   ' } },
      links: { act1: { '2': [] }, data: { '10': ['https://example.org'] } },
    };
    expect(cleanForm(f)).toEqual({
      activities: [{ key: 'act1', type: 'a', name: 'ผ้าทอ' }],
      goals: { act1: { '1.1': 'have' } },
      texts: { act1: { '2': 'ผู้สูงอายุ' } },
      links: { data: { '10': ['https://example.org'] } },
    });
  });
  it('leaves a clean form as it is', () => {
    expect(cleanForm(good())).toEqual(good());
  });
});

describe('a round’s problems', () => {
  const r = { kind: 'quarterly', quarter: 2, opens: '2021-07-01', closes: '2021-07-15' };
  it('a quarterly round with its quarter and a one-day round are fine', () => {
    expect(roundProblems(r)).toEqual([]);
    expect(roundProblems({ kind: 'baseline', quarter: 0, opens: '2021-01-04', closes: '2021-01-04' })).toEqual([]);
  });
  it('the last day cannot be before the first', () => {
    expect(roundProblems({ ...r, closes: '2021-06-30' })).toEqual([{ field: 'closes', key: 'assessment.roundDays' }]);
  });
  it('refuses days that do not exist, Buddhist-Era years typed as Common Era, and rounds of more than a year', () => {
    expect(roundProblems({ ...r, opens: '2021-02-29' })).toEqual([{ field: 'opens', key: 'assessment.roundDay' }]);
    expect(roundProblems({ ...r, opens: '2564-07-01', closes: '2564-07-15' }).map((p) => `${p.field} ${p.key}`)).toEqual(['opens assessment.roundYear', 'closes assessment.roundYear']);
    expect(roundProblems({ ...r, closes: '2022-06-30' })).toEqual([]); // 365 days
    expect(roundProblems({ ...r, closes: '2022-07-02' })).toEqual([{ field: 'closes', key: 'assessment.roundLong' }]);
  });
  it('a quarter belongs to quarterly rounds only, 1–4', () => {
    expect(roundProblems({ ...r, quarter: 5 })).toEqual([{ field: 'quarter', key: 'assessment.roundQuarter' }]);
    expect(roundProblems({ ...r, quarter: 0 })).toEqual([{ field: 'quarter', key: 'assessment.roundQuarter' }]);
    expect(roundProblems({ ...r, kind: 'final', quarter: 4 })).toEqual([{ field: 'quarter', key: 'assessment.roundQuarter' }]);
    expect(roundProblems({ ...r, kind: 'monthly' })).toEqual([{ field: 'kind', key: 'assessment.roundKind' }]);
  });
});
