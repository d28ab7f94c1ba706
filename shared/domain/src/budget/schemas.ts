import { z } from 'zod';
import { MAX_AMOUNT } from '../money.ts';
import { DEFAULT_BASIS, REPORT_BASES } from './basis.ts';
import { LEAF_LINES } from './lines.ts';
import type { BudgetMessageKey } from './messages.ts';
import { versionInput as version } from '../schemas.ts';

/**
 * The budget API's inputs, validated by the server. Every bound carries a message key from the budget catalogue
 * that names the fix, so no validator's own sentence reaches a user. Kept out of the package's index: the domain
 * package is also bundled into the browser, which must not carry zod for these.
 */
const say = (key: BudgetMessageKey) => ({ error: key });

const id = z.string(say('budget.reference')).min(1, say('budget.reference')).max(30, say('budget.reference'));
const month = z.number(say('budget.monthOutside')).int(say('budget.monthOutside')).min(1, say('budget.monthOutside')).max(36, say('budget.monthOutside'));
// Negative amounts are left to the domain's checks (planProblems, actualProblems), which name the line's field
// ("2.2.budget") and report every problem of the form at once.
const amount = z.number(say('budget.notANumber')).finite(say('budget.notANumber')).max(MAX_AMOUNT, say('budget.tooLarge'));
const line = z.enum(LEAF_LINES, say('budget.lineUnknown'));
const leafMap = <T extends z.ZodType>(value: T) => z.partialRecord(line, value, say('budget.lineUnknown'));
const reason = z.string(say('budget.reasonRequired')).max(1000, say('budget.reasonTooLong'));
const yesNo = z.boolean(say('budget.reference'));
const monthOf = z.object({ tambonId: id, periodId: id, month }, say('budget.reference'));
const basis = z.enum(REPORT_BASES, say('budget.basis')).default(DEFAULT_BASIS);

export const rollupTarget = z.discriminatedUnion(
  'level',
  [
    z.object({ level: z.literal('national') }),
    z.object({ level: z.literal('network'), id }),
    z.object({ level: z.literal('university'), id }),
  ],
  say('budget.target'),
);

const periodName = z.string(say('budget.periodName')).trim().min(1, say('budget.periodName')).max(200, say('budget.periodNameLong'));

export const savePeriodInput = z.object(
  {
    id: id.optional(),
    /** Required with `id` (an edit): the version the person started from. A new period has none. */
    version: version.optional(),
    code: z.string(say('budget.periodCode')).trim().regex(/^[A-Za-z0-9-]{1,32}$/, say('budget.periodCode')),
    name_th: periodName,
    name_en: periodName,
    /** Christian Era: the form converts the Buddhist-Era year people type. */
    firstYear: z.number(say('budget.periodYear')).int(say('budget.periodYear')).min(2000, say('budget.periodYear')).max(2200, say('budget.periodYear')),
    firstMonth: z.number(say('budget.periodFirstMonth')).int(say('budget.periodFirstMonth')).min(1, say('budget.periodFirstMonth')).max(12, say('budget.periodFirstMonth')),
    months: z.number(say('budget.periodMonths')).int(say('budget.periodMonths')).min(1, say('budget.periodMonths')).max(36, say('budget.periodMonths')),
    /** Whether this becomes the active period (and the others inactive): always an explicit choice. */
    active: z.boolean(say('budget.periodActive')),
  },
  say('budget.reference'),
);

export const savePlanInput = z.object(
  {
    tambonId: id,
    periodId: id,
    lines: z
      .array(z.object({ line, budget: amount, plan: z.array(amount, say('budget.planMonths')).max(36, say('budget.planMonths')), version }, say('budget.planLines')), say('budget.planLines'))
      .min(1, say('budget.planLines'))
      .max(9, say('budget.planLines')),
  },
  say('budget.reference'),
);

export const tambonReportInput = z.object({ tambonId: id, periodId: id.optional(), asOf: month.optional(), basis }, say('budget.reference'));
export const historyInput = z.object({ tambonId: id, periodId: id }, say('budget.reference'));

export const saveMonthInput = monthOf.extend({
  version,
  actuals: leafMap(amount),
  remarks: leafMap(z.string(say('budget.remarkTooLong')).max(500, say('budget.remarkTooLong'))).default({}),
  submit: yesNo.default(false),
});
/** The approver approves the figures they saw: the version they read. */
export const approveMonthInput = monthOf.extend({ version });
export const reopenMonthInput = monthOf.extend({ reason });
export const grantExceptionInput = monthOf.extend({ until: z.iso.datetime({ offset: true, error: 'budget.untilDate' }), reason });

export const rollupInput = z.object({ target: rollupTarget, periodId: id.optional(), asOf: month.optional(), basis }, say('budget.reference'));
export const statusBoardInput = z.object({ periodId: id.optional(), month: month.optional(), universityId: id.optional() }, say('budget.reference'));

export const recordInstalmentInput = z.object(
  {
    target: z.object({ level: z.enum(['tambon', 'university'], say('budget.target')), id }, say('budget.target')),
    periodId: id,
    number: z.union([z.literal(1), z.literal(2)], say('budget.instalmentNumber')),
    receivedOn: z.iso.date(say('budget.receivedOn')),
  },
  say('budget.reference'),
);

export const exportInput = z.object(
  {
    target: z.discriminatedUnion('level', [z.object({ level: z.literal('tambon'), id }), ...rollupTarget.options], say('budget.target')),
    periodId: id.optional(),
    asOf: month.optional(),
    basis,
    format: z.enum(['xlsx', 'csv'], say('budget.exportFormat')),
  },
  say('budget.reference'),
);

/** What a service receives once a schema has parsed the input (defaults filled in). */
export type InputOf<S extends z.ZodType> = z.output<S>;
