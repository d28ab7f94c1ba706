import { z } from 'zod';
import { DEFAULT_BASIS, REPORT_BASES } from '../budget/basis.ts';
import { rollupTarget } from '../budget/schemas.ts';
import { versionInput as version } from '../schemas.ts';
import { ACTIVITY_TYPE_CODES, FIXED_COLUMNS, FORM_LIMITS, GOAL_CODES, MARKS, TEXT_INDICATOR_CODES, type TambonForm } from './form.ts';
import type { AssessmentMessageKey } from './messages.ts';
import { ACTIVITY_KEY_PATTERN } from './problems.ts';
import { filesAddInput, filesListInput, filesRemoveInput, rsiGetInput, rsiReopenInput, rsiSaveInput, usiGetInput, usiReopenInput, usiSaveInput } from './quarterlySchemas.ts';
import { ROUND_KINDS } from './rounds.ts';

export * from './quarterlySchemas.ts';
export type { InputOf } from '../budget/schemas.ts';

/**
 * The assessment API's inputs, validated by the server. Every bound carries a message key from the assessment
 * catalogue that names the fix, so no validator's own sentence reaches a user. They bound shapes and sizes (what a
 * hostile or broken client could send); what a person can get wrong while typing — an empty activity name, a link
 * that is not a web address, a cell of a removed activity — is left to formProblems and roundProblems, which name
 * the form's own fields and report every problem at once. Server only, like budget's schemas.
 */
const usedKeys = new Set<AssessmentMessageKey>();
const say = (key: AssessmentMessageKey) => {
  usedKeys.add(key);
  return { error: key };
};

const id = z.string(say('assessment.reference')).min(1, say('assessment.reference')).max(30, say('assessment.reference'));
const reason = z.string(say('assessment.reasonRequired')).max(1000, say('assessment.reasonTooLong'));
const basis = z.enum(REPORT_BASES, say('assessment.basis')).default(DEFAULT_BASIS);
/** A calendar day as 'YYYY-MM-DD' (a real day: 2021-02-29 is refused). */
const day = z.iso.date(say('assessment.roundDay'));
const tambonRound = { tambonId: id, roundId: id };

// ───────────── rounds and settings ─────────────

export const listRoundsInput = z.object({ periodId: id.optional() }, say('assessment.reference')).default({});

export const saveRoundInput = z.object(
  {
    id: id.optional(),
    /** The version the person started from; a new round has none (0). */
    version: version.default(0),
    periodId: id,
    kind: z.enum(ROUND_KINDS, say('assessment.roundKind')),
    quarter: z.number(say('assessment.roundQuarter')).int(say('assessment.roundQuarter')).min(0, say('assessment.roundQuarter')).max(4, say('assessment.roundQuarter')),
    /** First day, Thai calendar. */
    opens: day,
    /** Last day (included), Thai calendar. */
    closes: day,
  },
  say('assessment.reference'),
);

const threshold = z.number(say('assessment.threshold.range')).int(say('assessment.threshold.range')).min(1, say('assessment.threshold.range')).max(16, say('assessment.threshold.range'));
export const saveSettingsInput = z.object({ sustainable: threshold, sufficiency: threshold, survive: threshold, version }, say('assessment.reference'));

// ───────────── the tambon form ─────────────

/** The form's lists as zod wants them (a non-empty tuple), keeping their own types so the parsed form is a TambonForm. */
const choices = <T extends string>(list: readonly T[]) => list as unknown as readonly [T, ...T[]];
/**
 * Column keys as a closed list (COLUMN_KEY_PATTERN spelled out: the fixed columns and act1…act999). A key outside it
 * is refused at its map (zod's unrecognized keys) rather than named in the error's path, which would echo whatever a
 * hostile client made up.
 */
const COLUMN_KEYS: readonly string[] = [...FIXED_COLUMNS.map((c) => c.key), ...Array.from({ length: 999 }, (_, i) => `act${i + 1}`)];
const columnKey = z.enum(choices(COLUMN_KEYS), say('assessment.column.unknown'));
/** The most columns a form has: its activities and the fixed columns. */
const MAX_COLUMNS = FORM_LIMITS.activities + FIXED_COLUMNS.length;
// Typed as a record of any key: partialRecord types its values as optional, which the form's maps are not.
const columns = <T extends z.ZodType>(cells: T) =>
  (z.partialRecord(columnKey, cells, say('assessment.column.unknown')) as unknown as z.ZodRecord<z.ZodString, T>)
    .refine((m) => Object.keys(m).length <= MAX_COLUMNS, say('assessment.column.unknown'))
    .default({});
const indicator = z.enum(choices(TEXT_INDICATOR_CODES), say('assessment.indicator.unknown'));

export const activityInput = z.object(
  {
    key: z.string(say('assessment.activity.key')).regex(ACTIVITY_KEY_PATTERN, say('assessment.activity.key')),
    type: z.enum(choices(ACTIVITY_TYPE_CODES), say('assessment.activity.type')),
    name: z.string(say('assessment.activity.name')).max(FORM_LIMITS.activityName, say('assessment.activity.name')),
    otherType: z.string(say('assessment.activity.otherType')).max(FORM_LIMITS.activityName, say('assessment.activity.otherType')).optional(),
  },
  say('assessment.activity.key'),
);

export const tambonFormInput = z.object(
  {
    activities: z.array(activityInput, say('assessment.activities.tooMany')).max(FORM_LIMITS.activities, say('assessment.activities.tooMany')),
    goals: columns(z.partialRecord(z.enum(choices(GOAL_CODES), say('assessment.goal.unknown')), z.enum(choices(MARKS), say('assessment.mark')), say('assessment.goal.unknown'))),
    texts: columns(z.partialRecord(indicator, z.string(say('assessment.text.tooLong')).max(FORM_LIMITS.text, say('assessment.text.tooLong')), say('assessment.indicator.unknown'))),
    links: columns(
      z.partialRecord(
        indicator,
        z
          .array(z.string(say('assessment.link.invalid')).max(FORM_LIMITS.link, say('assessment.link.invalid')), say('assessment.links.tooMany'))
          .max(FORM_LIMITS.links, say('assessment.links.tooMany')),
        say('assessment.indicator.unknown'),
      ),
    ),
  },
  say('assessment.reference'),
);

// The parsed form is the domain's form: the services pass it on to formProblems, goalsMet and the store as it is.
const parsedFormIsATambonForm = (f: z.output<typeof tambonFormInput>): TambonForm => f;
void parsedFormIsATambonForm;

export const getFormInput = z.object(tambonRound, say('assessment.reference'));
export const saveFormInput = z.object(
  {
    ...tambonRound,
    version,
    form: tambonFormInput,
    /** Submit as well: the form is then locked until its approver reopens it. */
    submit: z.boolean(say('assessment.reference')).default(false),
  },
  say('assessment.reference'),
);
/** The approver approves the form they saw: the version they read. */
export const approveFormInput = z.object({ ...tambonRound, version }, say('assessment.reference'));
export const reopenFormInput = z.object({ ...tambonRound, reason }, say('assessment.reference'));
/** Late entry until an instant (the page sends the end of the chosen day in Thai time, as budget's does). */
export const grantFormExceptionInput = z.object({ ...tambonRound, until: z.iso.datetime({ offset: true, error: 'assessment.untilDate' }), reason }, say('assessment.reference'));
export const formHistoryInput = z.object(tambonRound, say('assessment.reference'));
export const listFormsInput = z.object({ roundId: id.optional(), universityId: id.optional() }, say('assessment.reference'));
export const exportFormInput = z.object(tambonRound, say('assessment.reference'));

// ───────────── dashboards ─────────────

/** national, or a network or university by id (the same targets as budget's roll-ups). */
export const dashboardTarget = rollupTarget;
export const dashboardTiersInput = z.object({ target: dashboardTarget, roundId: id.optional(), basis }, say('assessment.reference'));
export const dashboardMovementInput = z.object({ target: dashboardTarget, fromRoundId: id.optional(), toRoundId: id.optional(), basis }, say('assessment.reference'));
export const dashboardGoalsInput = dashboardTiersInput;
export const dashboardCoverageInput = z.object({ target: dashboardTarget, roundId: id.optional() }, say('assessment.reference'));
export const dashboardExportInput = dashboardTiersInput;

/** Every assessment input schema by procedure, for the server's hostile-input tests and property tests. */
export const assessmentInputs = {
  'round.list': listRoundsInput,
  'round.save': saveRoundInput,
  'settings.save': saveSettingsInput,
  'form.get': getFormInput,
  'form.save': saveFormInput,
  'form.approve': approveFormInput,
  'form.reopen': reopenFormInput,
  'form.grantException': grantFormExceptionInput,
  'form.history': formHistoryInput,
  'form.list': listFormsInput,
  'form.export': exportFormInput,
  'dashboard.tiers': dashboardTiersInput,
  'dashboard.movement': dashboardMovementInput,
  'dashboard.goals': dashboardGoalsInput,
  'dashboard.coverage': dashboardCoverageInput,
  'dashboard.export': dashboardExportInput,
  'usi.get': usiGetInput,
  'usi.save': usiSaveInput,
  'usi.reopen': usiReopenInput,
  'rsi.get': rsiGetInput,
  'rsi.save': rsiSaveInput,
  'rsi.reopen': rsiReopenInput,
  'files.list': filesListInput,
  'files.add': filesAddInput,
  'files.remove': filesRemoveInput,
} as const;

/**
 * The message keys these schemas refuse with. The server translates a schema's refusal without parameters, so none of
 * them may carry a {placeholder} (a test holds them to it).
 */
export const SCHEMA_MESSAGE_KEYS: ReadonlySet<AssessmentMessageKey> = usedKeys;
