import { z } from 'zod';
import { versionInput as version } from '../schemas.ts';
import { normaliseThaiId, thaiIdProblem } from '../thaiId.ts';
import { AREA_CODE_PATTERN, RESIDENCE_DOCUMENT_KINDS } from './eligibility.ts';
import { EMAIL_PATTERN, MAX_IMPORT_BYTES, MAX_IMPORT_TEXT, PHONE_PATTERN } from './importRow.ts';
import type { EmploymentMessageKey } from './messages.ts';
import { POSITION_LIMITS, WORKER_TYPES } from './workers.ts';

export type { InputOf } from '../budget/schemas.ts';

/**
 * The employment API's inputs, validated by the server. Every bound carries a message key from the employment
 * catalogue that names the fix. They bound shapes and sizes (what a hostile or broken client could send); rules that
 * need more than one field or the stored data — eligibility, notice, one contract per person, a rate equal to the
 * position's — are the domain's (eligibility, noticeProblems, activeContractConflict, contractProblems), run by the
 * services. Server only, like budget's and assessment's schemas: the browser bundle does not carry zod for these.
 */
const usedKeys = new Set<EmploymentMessageKey>();
const say = (key: EmploymentMessageKey) => {
  usedKeys.add(key);
  return { error: key };
};

const id = z.string(say('employment.reference')).min(1, say('employment.reference')).max(30, say('employment.reference'));
const day = (key: EmploymentMessageKey) => z.iso.date(say(key));
const type = z.enum(WORKER_TYPES, say('employment.workerType'));
const text = (max: number, key: EmploymentMessageKey) => z.string(say(key)).trim().max(max, say(key));
const required = (max: number, key: EmploymentMessageKey) => text(max, key).min(1, say(key));
const areaCode = z.string(say('employment.areaCode')).regex(AREA_CODE_PATTERN, say('employment.areaCode'));
const amount = z
  .number(say('employment.positions.rate'))
  .finite(say('employment.positions.rate'))
  .min(POSITION_LIMITS.minRate, say('employment.positions.rate'))
  .max(POSITION_LIMITS.maxRate, say('employment.positions.rate'))
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, say('employment.positions.satang'));
const reason = required(1000, 'employment.reasonRequired');

/** A 13-digit Thai national ID, dashes and spaces as typed, checked by its check digit; parsed to the bare digits. */
export const nationalIdInput = z
  .string(say('employment.nationalId.format'))
  .max(20, say('employment.nationalId.format'))
  .transform(normaliseThaiId)
  .superRefine((v, ctx) => {
    const p = thaiIdProblem(v);
    if (p) ctx.addIssue({ code: 'custom', message: say(p === 'checksum' ? 'employment.nationalId.checksum' : 'employment.nationalId.format').error });
  });

// ───────────── positions ─────────────

const position = z.object(
  {
    count: z.number(say('employment.positions.count')).int(say('employment.positions.count')).min(0, say('employment.positions.count')).max(POSITION_LIMITS.maxCount, say('employment.positions.count')),
    rate: amount,
  },
  say('employment.reference'),
);

/** The central office's positions of a programme period (or of one tambon when `tambonId` is given). */
export const savePositionsInput = z.object(
  {
    periodId: id,
    tambonId: id.optional(),
    version,
    positions: z.object({ citizen: position, graduate: position, student: position }, say('employment.reference')),
  },
  say('employment.reference'),
);

// ───────────── applicants ─────────────

export const residenceInput = z.object(
  {
    areaCode: z.string(say('employment.residence.area')).regex(AREA_CODE_PATTERN, say('employment.residence.area')),
    kind: z.enum(RESIDENCE_DOCUMENT_KINDS, say('employment.residence.kind')),
    reference: required(MAX_IMPORT_TEXT, 'employment.residence.reference'),
    issuedBy: required(MAX_IMPORT_TEXT, 'employment.residence.issuedBy'),
    issuedOn: day('employment.residence.issuedOn'),
  },
  say('employment.reference'),
);

/** One applicant: what the form sends and what an import row becomes. */
export const applicantFields = z.object(
  {
    nationalId: nationalIdInput,
    firstName: required(MAX_IMPORT_TEXT, 'employment.name'),
    lastName: required(MAX_IMPORT_TEXT, 'employment.name'),
    type,
    idCardAreaCode: areaCode,
    residence: residenceInput.nullable().default(null),
    phone: z.string(say('employment.phone')).trim().regex(PHONE_PATTERN, say('employment.phone')).nullable().default(null),
    email: z.string(say('employment.email')).trim().max(200, say('employment.email')).regex(EMAIL_PATTERN, say('employment.email')).nullable().default(null),
    score: z.number(say('employment.score')).min(0, say('employment.score')).max(100, say('employment.score')).nullable().default(null),
  },
  say('employment.reference'),
);

export const addApplicantInput = applicantFields.extend({ tambonId: id });

/** An import: the file as the browser read it (base64, at most MAX_IMPORT_BYTES), and whether to only check it. */
export const importApplicantsInput = z.object(
  {
    tambonId: id,
    filename: z.string(say('employment.import.file')).regex(/^[^/\\]{1,200}\.(?:xlsx|csv)$/i, say('employment.import.file')),
    base64: z.string(say('employment.import.file')).min(1, say('employment.import.file')).max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, say('employment.import.file')),
    dryRun: z.boolean(say('employment.reference')).default(false),
  },
  say('employment.reference'),
);

// ───────────── selection and contracts ─────────────

/** A signed NDA sent with a contract: at most 700 kB of PDF, so the request stays within the API's 1 MB body. */
export const MAX_NDA_BASE64 = Math.ceil((700 * 1024) / 3) * 4;

/** Applicants of one type in rank order: the first ones (as many as the tambon has positions) get contracts, the rest are the reserve. */
export const chooseInput = z.object(
  {
    tambonId: id,
    type,
    version,
    order: z
      .array(id, say('employment.selection.order'))
      .min(1, say('employment.selection.order'))
      .max(500, say('employment.selection.order'))
      .refine((ids) => new Set(ids).size === ids.length, say('employment.selection.order')),
  },
  say('employment.reference'),
);

export const createContractInput = z.object(
  {
    applicantId: id,
    tambonId: id,
    type,
    start: day('employment.contract.start'),
    end: day('employment.contract.end'),
    rate: amount,
    /** The host agency in the government-data track. */
    agencyId: id.nullable().default(null),
    /** Not used: the NDA travels with the contract (`nda`). Kept so older pages still validate. */
    ndaFileId: id.nullable().default(null),
    /** The signed NDA as the browser read it (a PDF, base64), when the agency requires one; stored on the contract. */
    nda: z
      .object(
        {
          filename: z.string(say('employment.contract.ndaFile')).regex(/^[^/\\]{1,200}\.pdf$/i, say('employment.contract.ndaFile')),
          base64: z.string(say('employment.contract.ndaFile')).min(1, say('employment.contract.ndaFile')).max(MAX_NDA_BASE64, say('employment.contract.ndaFile')),
        },
        say('employment.contract.ndaFile'),
      )
      .nullable()
      .default(null),
  },
  say('employment.reference'),
);

// ───────────── monthly reports ─────────────

const reportMonth = {
  year: z.number(say('employment.report.month')).int(say('employment.report.month')).min(2000, say('employment.report.month')).max(2200, say('employment.report.month')),
  month: z.number(say('employment.report.month')).int(say('employment.report.month')).min(1, say('employment.report.month')).max(12, say('employment.report.month')),
};

export const submitReportInput = z.object(
  {
    contractId: id,
    ...reportMonth,
    version,
    work: required(5000, 'employment.report.work'),
    training: text(2000, 'employment.report.training').default(''),
  },
  say('employment.reference'),
);

/** The supervisor accepts the report they read (its version) with the month's evaluation. */
export const acceptReportInput = z.object({ reportId: id, version, evaluation: z.enum(['passed', 'failed'], say('employment.evaluation')) }, say('employment.reference'));
export const returnReportInput = z.object({ reportId: id, version, reason }, say('employment.reference'));
/** A month's report under a contract: the one written, or an empty one to write. */
export const reportMonthInput = z.object({ contractId: id, ...reportMonth }, say('employment.reference'));
/** Payments of one contract or of one tambon: exactly one of the two. */
export const listPaymentsInput = z
  .object({ contractId: id.optional(), tambonId: id.optional() }, say('employment.reference'))
  .refine((v) => (v.contractId === undefined) !== (v.tambonId === undefined), say('employment.reference'));
export const certificateInput = z.object({ contractId: id }, say('employment.reference'));

// ───────────── resignations and agencies ─────────────

export const recordResignationInput = z.object(
  {
    contractId: id,
    version,
    noticeOn: day('employment.notice.noticeOn'),
    lastWorkingDay: day('employment.notice.lastWorkingDay'),
    reason: text(1000, 'employment.reasonRequired').default(''),
  },
  say('employment.reference'),
);

export const saveAgencyInput = z.object(
  {
    id: id.optional(),
    version: version.default(0),
    name_th: required(200, 'employment.agency.name'),
    name_en: text(200, 'employment.agency.name').default(''),
    needs: text(2000, 'employment.agency.text').default(''),
    workplace: text(2000, 'employment.agency.text').default(''),
    qualifications: text(2000, 'employment.agency.text').default(''),
    requiresNda: z.boolean(say('employment.agency.nda')),
    /** The agency's university: the central office names it; university staff may leave it out (their own). */
    universityId: id.optional(),
    /** The agency's supervisors (users with the role agency_supervisor of that university); left out: kept as they are. */
    supervisorIds: z.array(id, say('employment.agency.supervisor')).max(50, say('employment.agency.supervisor')).optional(),
  },
  say('employment.reference'),
);

// ───────────── reads ─────────────

export const byIdInput = z.object({ id }, say('employment.reference'));
/** A new temporary password for a contract's worker account, from the contract's version the staff member saw. */
export const issuePasswordInput = z.object({ contractId: id, version }, say('employment.reference'));
export const getPositionsInput = z.object({ periodId: id.optional(), tambonId: id.optional() }, say('employment.reference'));
export const listAgenciesInput = z.object({ universityId: id.optional() }, say('employment.reference')).default({});
/** The agency supervisors of a university (the caller's own when not named) to choose from on an agency's form. */
export const supervisorCandidatesInput = z.object({ universityId: id.optional() }, say('employment.reference')).default({});
export const listApplicantsInput = z.object({ tambonId: id, type: type.optional() }, say('employment.reference'));
export const listContractsInput = z
  .object({ tambonId: id.optional(), status: z.enum(['active', 'resigned', 'ended'], say('employment.reference')).optional() }, say('employment.reference'))
  .default({});
export const importTemplateInput = z.object({ tambonId: id.optional() }, say('employment.reference')).default({});

// ───────────── dashboards and the Ministry of Labour exports ─────────────

/**
 * Where a dashboard or an export looks: one network, university or tambon, or none for the caller's own scope (the
 * centre's is the nation); the positions of a programme period (the active one when left out).
 */
export const employmentScopeInput = z
  .object({ networkId: id.optional(), universityId: id.optional(), tambonId: id.optional(), periodId: id.optional() }, say('employment.reference'))
  .refine((w) => [w.networkId, w.universityId, w.tambonId].filter((x) => x !== undefined).length <= 1, say('employment.reference'))
  .default({});
export const dashboardSummaryInput = employmentScopeInput;
export const exportOpenPositionsInput = employmentScopeInput;
export const exportTrackingInput = employmentScopeInput;

/** Every employment input schema by procedure, for the server's hostile-input and property tests. */
export const employmentInputs = {
  'positions.save': savePositionsInput,
  'applicant.add': addApplicantInput,
  'applicant.import': importApplicantsInput,
  'selection.choose': chooseInput,
  'contract.create': createContractInput,
  'report.submit': submitReportInput,
  'report.accept': acceptReportInput,
  'report.return': returnReportInput,
  'report.get': reportMonthInput,
  'payment.list': listPaymentsInput,
  'certificate.status': certificateInput,
  'resignation.record': recordResignationInput,
  'agency.save': saveAgencyInput,
  'positions.get': getPositionsInput,
  'agency.list': listAgenciesInput,
  'agency.supervisorCandidates': supervisorCandidatesInput,
  'applicant.list': listApplicantsInput,
  'applicant.get': byIdInput,
  'applicant.template': importTemplateInput,
  'contract.list': listContractsInput,
  'contract.get': byIdInput,
  'contract.nda': byIdInput,
  'contract.issuePassword': issuePasswordInput,
  'dashboard.summary': dashboardSummaryInput,
  'export.openPositions': exportOpenPositionsInput,
  'export.tracking': exportTrackingInput,
} as const;

/** The message keys these schemas refuse with: none may carry a {placeholder} (a test holds them to it). */
export const SCHEMA_MESSAGE_KEYS: ReadonlySet<EmploymentMessageKey> = usedKeys;
