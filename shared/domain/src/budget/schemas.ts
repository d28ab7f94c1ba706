import { z } from 'zod';
import { LEAF_LINES } from './lines.ts';

/**
 * The budget API's inputs, validated by the server. Kept out of the package's index: the domain package is also
 * bundled into the browser, which must not carry zod for these.
 */
const id = z.string().min(1).max(30);
const month = z.number().int().min(1).max(36);
const amount = z.number({ error: 'budget.notANumber' }).finite({ error: 'budget.notANumber' });
const leafMap = <T extends z.ZodType>(value: T) => z.partialRecord(z.enum(LEAF_LINES), value);
const monthOf = z.object({ tambonId: id, periodId: id, month });

export const rollupTarget = z.discriminatedUnion('level', [
  z.object({ level: z.literal('national') }),
  z.object({ level: z.literal('network'), id }),
  z.object({ level: z.literal('university'), id }),
]);

export const savePeriodInput = z.object({
  id: id.optional(),
  code: z.string().trim().regex(/^[A-Za-z0-9-]{1,32}$/, { error: 'budget.periodCode' }),
  name_th: z.string().trim().min(1, { error: 'budget.periodName' }).max(200),
  name_en: z.string().trim().min(1, { error: 'budget.periodName' }).max(200),
  firstYear: z.number().int().min(2000).max(2200),
  firstMonth: z.number().int().min(1).max(12),
  months: z.number().int().min(1, { error: 'budget.periodMonths' }).max(36, { error: 'budget.periodMonths' }),
  active: z.boolean(),
});

export const savePlanInput = z.object({
  tambonId: id,
  periodId: id,
  lines: z.array(z.object({ line: z.enum(LEAF_LINES), budget: amount, plan: z.array(amount).max(36) })).min(1).max(9),
});

export const tambonReportInput = z.object({ tambonId: id, periodId: id.optional(), asOf: month.optional() });
export const historyInput = z.object({ tambonId: id, periodId: id });

export const saveMonthInput = monthOf.extend({
  actuals: leafMap(amount),
  remarks: leafMap(z.string().max(500)).default({}),
  submit: z.boolean().default(false),
});
export const approveMonthInput = monthOf;
export const reopenMonthInput = monthOf.extend({ reason: z.string().max(1000) });
export const grantExceptionInput = monthOf.extend({ until: z.iso.datetime({ offset: true }), reason: z.string().max(1000) });

export const rollupInput = z.object({ target: rollupTarget, periodId: id.optional(), asOf: month.optional() });
export const statusBoardInput = z.object({ periodId: id.optional(), month: month.optional(), universityId: id.optional() });

export const recordInstalmentInput = z.object({
  target: z.object({ level: z.enum(['tambon', 'university']), id }),
  periodId: id,
  number: z.union([z.literal(1), z.literal(2)]),
  receivedOn: z.iso.date(),
});

export const exportInput = z.object({
  target: z.discriminatedUnion('level', [z.object({ level: z.literal('tambon'), id }), ...rollupTarget.options]),
  periodId: id.optional(),
  asOf: month.optional(),
  format: z.enum(['xlsx', 'csv']),
});

/** What a service receives once a schema has parsed the input (defaults filled in). */
export type InputOf<S extends z.ZodType> = z.output<S>;
