import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isoDay, validApplicantInput, validRate, validThaiId } from './arbitraries.ts';
import { eligibility } from './eligibility.ts';
import { MAX_IMPORT_BYTES } from './importRow.ts';
import { isEmploymentMessageKey, translateEmployment } from './messages.ts';
import {
  acceptReportInput,
  addApplicantInput,
  chooseInput,
  createContractInput,
  employmentInputs,
  importApplicantsInput,
  recordResignationInput,
  returnReportInput,
  saveAgencyInput,
  savePositionsInput,
  submitReportInput,
} from './schemas.ts';
import { positionProblems } from './workers.ts';

const issues = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('applicant.add', () => {
  it('accepts every applicant a person could enter, with the ID reduced to its digits', () => {
    fc.assert(
      fc.property(validApplicantInput(), (a) => {
        const r = addApplicantInput.safeParse({ ...a, nationalId: `${a.nationalId.slice(0, 1)}-${a.nationalId.slice(1)}` });
        expect(r.success).toBe(true);
        if (r.success) {
          expect(r.data.nationalId).toBe(a.nationalId);
          // What the schema takes, eligibility can judge: the domicile in its own tambon is always eligible.
          expect(eligibility(r.data, r.data.idCardAreaCode).eligible).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a wrong check digit with the checksum message, and a short ID with the format one', () => {
    fc.assert(
      fc.property(validThaiId(), fc.integer({ min: 1, max: 9 }), (id, shift) => {
        const bad = id.slice(0, 12) + String((Number(id[12]) + shift) % 10);
        expect(issues(addApplicantInput.shape.nationalId, bad)).toEqual([{ path: '', message: 'employment.nationalId.checksum' }]);
      }),
    );
    expect(issues(addApplicantInput.shape.nationalId, '12345')).toEqual([{ path: '', message: 'employment.nationalId.format' }]);
  });

  it('names each wrong field', () => {
    const found = issues(addApplicantInput, { tambonId: '', nationalId: 5, firstName: ' ', lastName: 'x'.repeat(201), type: 'intern', idCardAreaCode: '1907', phone: '=1', score: 101 });
    expect(found).toEqual(
      expect.arrayContaining([
        { path: 'tambonId', message: 'employment.reference' },
        { path: 'nationalId', message: 'employment.nationalId.format' },
        { path: 'firstName', message: 'employment.name' },
        { path: 'lastName', message: 'employment.name' },
        { path: 'type', message: 'employment.workerType' },
        { path: 'idCardAreaCode', message: 'employment.areaCode' },
        { path: 'phone', message: 'employment.phone' },
        { path: 'score', message: 'employment.score' },
      ]),
    );
  });
});

describe('positions.save', () => {
  it('accepts what positionProblems accepts, at the bounds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), validRate()), { minLength: 3, maxLength: 3 }), (v) => {
        const positions = { citizen: { count: v[0]![0], rate: v[0]![1] }, graduate: { count: v[1]![0], rate: v[1]![1] }, student: { count: v[2]![0], rate: v[2]![1] } };
        expect(savePositionsInput.safeParse({ periodId: 'p1', version: 0, positions }).success).toBe(true);
        expect(positionProblems(positions)).toEqual([]);
      }),
    );
  });
  it('refuses a count or rate past the bounds, at its field', () => {
    const positions = { citizen: { count: 101, rate: 9000 }, graduate: { count: 10, rate: 100_000.01 }, student: { count: 5, rate: 5000.001 } };
    expect(issues(savePositionsInput, { periodId: 'p1', version: 0, positions })).toEqual([
      { path: 'positions.citizen.count', message: 'employment.positions.count' },
      { path: 'positions.graduate.rate', message: 'employment.positions.rate' },
      { path: 'positions.student.rate', message: 'employment.positions.satang' },
    ]);
  });
});

describe('the other inputs', () => {
  it('selection.choose takes a ranked list without repeats', () => {
    expect(chooseInput.safeParse({ tambonId: 't', type: 'student', version: 1, order: ['a', 'b'] }).success).toBe(true);
    expect(issues(chooseInput, { tambonId: 't', type: 'student', version: 1, order: ['a', 'a'] })).toEqual([{ path: 'order', message: 'employment.selection.order' }]);
    expect(issues(chooseInput, { tambonId: 't', type: 'student', version: 1, order: [] })).toEqual([{ path: 'order', message: 'employment.selection.order' }]);
  });

  it('contract.create takes real days and a rate in bounds', () => {
    fc.assert(
      fc.property(isoDay(), isoDay(), validRate(), (start, end, rate) => {
        expect(createContractInput.safeParse({ applicantId: 'a', tambonId: 't', type: 'citizen', start, end, rate }).success).toBe(true);
      }),
    );
    expect(issues(createContractInput, { applicantId: 'a', tambonId: 't', type: 'citizen', start: '2021-02-29', end: '31/12/2564', rate: 0 })).toEqual([
      { path: 'start', message: 'employment.contract.start' },
      { path: 'end', message: 'employment.contract.end' },
      { path: 'rate', message: 'employment.positions.rate' },
    ]);
  });

  it('report.submit needs what was done; accept needs the evaluation; return needs a reason', () => {
    expect(submitReportInput.parse({ contractId: 'c', year: 2021, month: 3, version: 0, work: ' ทำแผนที่ชุมชน ' })).toMatchObject({ work: 'ทำแผนที่ชุมชน', training: '' });
    expect(issues(submitReportInput, { contractId: 'c', year: 2021, month: 13, version: 0, work: '   ' })).toEqual([
      { path: 'month', message: 'employment.report.month' },
      { path: 'work', message: 'employment.report.work' },
    ]);
    expect(issues(submitReportInput, { contractId: 'c', year: 2021, month: 1, version: 0, work: 'x'.repeat(5001) })).toEqual([{ path: 'work', message: 'employment.report.work' }]);
    expect(issues(acceptReportInput, { reportId: 'r', version: 2, evaluation: 'ok' })).toEqual([{ path: 'evaluation', message: 'employment.evaluation' }]);
    expect(issues(returnReportInput, { reportId: 'r', version: 2, reason: '' })).toEqual([{ path: 'reason', message: 'employment.reasonRequired' }]);
  });

  it('resignation.record and agency.save', () => {
    expect(issues(recordResignationInput, { contractId: 'c', version: 1, noticeOn: '2021-03-15', lastWorkingDay: '15/4/2564' })).toEqual([
      { path: 'lastWorkingDay', message: 'employment.notice.lastWorkingDay' },
    ]);
    expect(saveAgencyInput.parse({ name_th: 'สำนักงาน ก.พ.ร.', requiresNda: true })).toMatchObject({ version: 0, needs: '', requiresNda: true });
    expect(issues(saveAgencyInput, { name_th: '', requiresNda: 'yes' })).toEqual([
      { path: 'name_th', message: 'employment.agency.name' },
      { path: 'requiresNda', message: 'employment.agency.nda' },
    ]);
  });

  it('applicant.import takes an .xlsx or .csv of at most 700 kB (its base64 fits the API’s 1 MB body)', () => {
    expect(importApplicantsInput.safeParse({ tambonId: 't', filename: 'ผู้สมัคร.xlsx', base64: 'AAAA' }).success).toBe(true);
    expect(issues(importApplicantsInput, { tambonId: 't', filename: '../x.exe', base64: '' })).toEqual([
      { path: 'filename', message: 'employment.import.file' },
      { path: 'base64', message: 'employment.import.file' },
    ]);
    const largest = 'A'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) * 4);
    expect(importApplicantsInput.safeParse({ tambonId: 't', filename: 'a.csv', base64: largest }).success).toBe(true);
    expect(issues(importApplicantsInput, { tambonId: 't', filename: 'a.csv', base64: `${largest}AAAA` })).toEqual([{ path: 'base64', message: 'employment.import.file' }]);
    // With its JSON around it, the largest file still fits the API's 1 MB request body.
    expect(JSON.stringify({ tambonId: 'x'.repeat(30), filename: 'x'.repeat(205), base64: largest, dryRun: false }).length).toBeLessThan(1024 * 1024);
    for (const locale of ['th', 'en'] as const) expect(translateEmployment(locale, 'employment.import.file')).toContain('700');
  });

  it('property: any input at all is refused only with catalogue keys, never the validator’s own words', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(employmentInputs)), fc.anything(), (schema, input) => {
        for (const i of issues(schema, input)) expect(isEmploymentMessageKey(i.message) || i.message === 'error.version', i.message).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
