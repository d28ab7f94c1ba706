import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { FORM_BREACHES, validRoundInput, validTambonForm, validThresholds } from './arbitraries.ts';
import { isAssessmentMessageKey } from './messages.ts';
import { COLUMN_KEY_PATTERN, formProblems, roundProblems } from './problems.ts';
import { assessmentInputs, dashboardMovementInput, dashboardTiersInput, grantFormExceptionInput, listRoundsInput, saveFormInput, saveRoundInput, saveSettingsInput } from './schemas.ts';
import { thresholdProblems } from './tier.ts';

const issues = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};
const save = (form: unknown) => ({ tambonId: 'tambon1', roundId: 'round1', version: 3, form });

describe('form.save input', () => {
  it('accepts every form a person could fill in, which then has no problems either', () => {
    fc.assert(
      fc.property(validTambonForm(), fc.boolean(), (form, submit) => {
        const r = saveFormInput.safeParse({ ...save(form), submit });
        expect(r.success).toBe(true);
        expect(formProblems(form)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses each out-of-bounds edit at its field, with the message that names the fix', () => {
    fc.assert(
      fc.property(validTambonForm(), fc.constantFrom(...FORM_BREACHES), (form, breach) => {
        const found = issues(saveFormInput, save(breach.apply(form)));
        expect(found, breach.name).toContainEqual({ path: `form.${breach.path}`, message: breach.key });
      }),
      { numRuns: 300 },
    );
  });

  it('fills in what a save may leave out', () => {
    const r = saveFormInput.parse(save({ activities: [] }));
    expect(r.submit).toBe(false);
    expect(r.form).toEqual({ activities: [], goals: {}, texts: {}, links: {} });
  });

  it('refuses a missing version, a bad id and a form that is not an object', () => {
    expect(issues(saveFormInput, { ...save({ activities: [] }), version: undefined })).toContainEqual({ path: 'version', message: 'error.version' });
    expect(issues(saveFormInput, { ...save({ activities: [] }), tambonId: '' })).toContainEqual({ path: 'tambonId', message: 'assessment.reference' });
    expect(issues(saveFormInput, { ...save('x') })).toContainEqual({ path: 'form', message: 'assessment.reference' });
  });

  it('takes a column exactly when the domain calls it a column: covid, data, act1…act999', () => {
    const key = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 1200 }).map((n) => `act${n}`), fc.constantFrom('covid', 'data', 'act01', 'Act1', '__proto__', 'constructor'));
    fc.assert(
      fc.property(key, (k) => {
        const r = saveFormInput.safeParse(save({ activities: [], texts: { [k]: {} } }));
        // zod passes over a "__proto__" key without taking it: accepted, and gone.
        if (k === '__proto__') expect(r.success && Object.keys(r.data.form.texts)).toEqual([]);
        else expect(r.success, k).toBe(COLUMN_KEY_PATTERN.test(k));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a form with more columns than a form can have', () => {
    const goals = Object.fromEntries(Array.from({ length: 23 }, (_, i) => [`act${i + 1}`, {}]));
    expect(issues(saveFormInput, save({ activities: [], goals }))).toContainEqual({ path: 'form.goals', message: 'assessment.column.unknown' });
  });
});

describe('settings.save input', () => {
  it('accepts thresholds in order, which the domain accepts too', () => {
    fc.assert(
      fc.property(validThresholds(), (t) => {
        expect(saveSettingsInput.safeParse({ ...t, version: 1 }).success).toBe(true);
        expect(thresholdProblems(t)).toEqual([]);
      }),
    );
  });
  it('refuses a threshold outside 1–16 or not whole, at its field', () => {
    const field = fc.constantFrom('sustainable', 'sufficiency', 'survive');
    const bad = fc.oneof(fc.integer({ min: 17, max: 1000 }), fc.integer({ min: -1000, max: 0 }), fc.double({ min: 1.01, max: 15.99, noNaN: true }).filter((v) => !Number.isInteger(v)), fc.constant('14'));
    fc.assert(
      fc.property(validThresholds(), field, bad, (t, f, v) => {
        expect(issues(saveSettingsInput, { ...t, [f]: v, version: 1 })).toContainEqual({ path: f, message: 'assessment.threshold.range' });
      }),
    );
  });
});

describe('round.save input', () => {
  it('accepts any round a central officer could define, which the domain accepts too', () => {
    fc.assert(
      fc.property(validRoundInput(), (r) => {
        expect(saveRoundInput.safeParse({ ...r, periodId: 'p1' }).success).toBe(true);
        expect(roundProblems(r)).toEqual([]);
      }),
    );
  });
  it('refuses days that are not days, at their field', () => {
    const notADay = fc.constantFrom('2021-02-29', '2021-13-01', '01/02/2021', '2564-1-1', '', '2021-01-01T00:00:00Z');
    fc.assert(
      fc.property(validRoundInput(), fc.constantFrom('opens', 'closes'), notADay, (r, f, v) => {
        expect(issues(saveRoundInput, { ...r, periodId: 'p1', [f]: v })).toContainEqual({ path: f, message: 'assessment.roundDay' });
      }),
    );
  });
  it('refuses a kind of round that does not exist and a quarter out of 0–4', () => {
    expect(issues(saveRoundInput, { kind: 'monthly', quarter: 0, periodId: 'p1', opens: '2021-01-01', closes: '2021-01-31' })).toContainEqual({ path: 'kind', message: 'assessment.roundKind' });
    expect(issues(saveRoundInput, { kind: 'quarterly', quarter: 5, periodId: 'p1', opens: '2021-01-01', closes: '2021-01-31' })).toContainEqual({ path: 'quarter', message: 'assessment.roundQuarter' });
  });
  it('a new round needs no version; the round list needs no input', () => {
    expect(saveRoundInput.parse({ kind: 'final', quarter: 0, periodId: 'p1', opens: '2021-12-01', closes: '2021-12-31' }).version).toBe(0);
    expect(listRoundsInput.parse(undefined)).toEqual({});
  });
});

describe('other inputs', () => {
  it('a late exception runs until an instant with its offset, for a reason of at most 1,000 characters', () => {
    const ok = { tambonId: 't', roundId: 'r', until: '2021-02-10T23:59:59+07:00', reason: 'น้ำท่วม' };
    expect(grantFormExceptionInput.safeParse(ok).success).toBe(true);
    expect(issues(grantFormExceptionInput, { ...ok, until: '2021-02-10' })).toContainEqual({ path: 'until', message: 'assessment.untilDate' });
    expect(issues(grantFormExceptionInput, { ...ok, reason: 'ก'.repeat(1001) })).toContainEqual({ path: 'reason', message: 'assessment.reasonTooLong' });
  });
  it('dashboards take national, a network or a university, on the approved basis unless asked', () => {
    expect(dashboardTiersInput.parse({ target: { level: 'national' } })).toEqual({ target: { level: 'national' }, basis: 'approved' });
    expect(dashboardMovementInput.parse({ target: { level: 'network', id: 'n1' }, basis: 'provisional', fromRoundId: 'a' }).basis).toBe('provisional');
    expect(issues(dashboardTiersInput, { target: { level: 'tambon', id: 't' } })).toContainEqual({ path: 'target.level', message: 'budget.target' });
    expect(issues(dashboardTiersInput, { target: { level: 'national' }, basis: 'draft' })).toContainEqual({ path: 'basis', message: 'assessment.basis' });
  });
  it('every refusal of every input names a message key, never a validator’s sentence', () => {
    const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.array(fc.anything(), { maxLength: 3 }), fc.object());
    for (const [name, schema] of Object.entries(assessmentInputs)) {
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom('tambonId', 'roundId', 'version', 'form', 'target', 'basis', 'kind', 'opens', 'reason', 'until', 'sustainable'), junk), (input) => {
          for (const i of issues(schema, input)) expect(isAssessmentMessageKey(i.message) || i.message === 'error.version' || i.message.startsWith('budget.'), `${name}: ${i.path} ${i.message}`).toBe(true);
        }),
        { numRuns: 60 },
      );
    }
  });
});
