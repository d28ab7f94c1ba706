import { describe, expect, it } from 'vitest';
import { FORM_LIMITS } from './form.ts';
import { assessmentMessages, translateAssessment, type AssessmentMessageKey } from './messages.ts';
import { ROUND_MAX_DAYS } from './problems.ts';
import { SCHEMA_MESSAGE_KEYS } from './schemas.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the assessment catalogue', () => {
  it('says everything in Thai and English, with the same placeholders', () => {
    expect(Object.keys(assessmentMessages.en).sort()).toEqual(Object.keys(assessmentMessages.th).sort());
    for (const k of Object.keys(assessmentMessages.th) as AssessmentMessageKey[]) {
      expect(assessmentMessages.en[k].trim(), k).not.toBe('');
      expect(placeholders(assessmentMessages.en[k]), k).toEqual(placeholders(assessmentMessages.th[k]));
    }
  });

  it('the keys the schemas use carry no placeholder: the server translates a schema’s refusal without parameters', () => {
    const used = [...SCHEMA_MESSAGE_KEYS];
    expect(used.length).toBeGreaterThan(10);
    for (const k of used) {
      expect(assessmentMessages.th[k], k).toBeDefined();
      expect(placeholders(assessmentMessages.th[k]), k).toEqual([]);
    }
  });

  it('states the limits the checks apply, so a limit changed in one place is caught here', () => {
    const says = (k: AssessmentMessageKey, n: number) => {
      for (const locale of ['th', 'en'] as const) expect(translateAssessment(locale, k), `${locale} ${k}`).toContain(n.toLocaleString('en-US'));
    };
    says('assessment.activities.tooMany', FORM_LIMITS.activities);
    says('assessment.activity.name', FORM_LIMITS.activityName);
    says('assessment.activity.otherType', FORM_LIMITS.activityName);
    says('assessment.text.tooLong', FORM_LIMITS.text);
    says('assessment.links.tooMany', FORM_LIMITS.links);
    says('assessment.link.invalid', FORM_LIMITS.link);
    says('assessment.roundLong', ROUND_MAX_DAYS);
    says('assessment.reasonTooLong', 1000);
  });
});
