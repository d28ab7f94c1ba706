import { z } from 'zod';
import { versionInput as version } from '../schemas.ts';
import { EVIDENCE_MAX_BYTES } from './evidence.ts';
import { GOAL_CODES, RSI_INDICATORS, TEXT_INDICATOR_CODES, USI_INDICATORS } from './form.ts';
import type { AssessmentMessageKey } from './messages.ts';
import { COLUMN_KEY_PATTERN } from './problems.ts';

/**
 * Inputs of the USI/RSI reports and of the evidence files (assessment.usi.*, assessment.rsi.*, assessment.files.*),
 * validated by the server; every bound names its fix with a message key. Server only (exported through
 * `@otou/domain/assessment/schemas`), so the browser's bundle carries no zod for them.
 */
const say = (key: AssessmentMessageKey) => ({ error: key });

const id = z.string(say('assessment.reference')).min(1, say('assessment.reference')).max(30, say('assessment.reference'));
// Lengths are judged by quarterlyProblems, which names each field with its limit; the API's 1 MB body bounds the rest.
const text = z.string(say('assessment.reference'));
const answers = <const K extends readonly [string, ...string[]]>(keys: K) =>
  z.partialRecord(z.enum(keys, say('assessment.report.unknown')), text, say('assessment.report.unknown')).default({});
const codes = (list: readonly { code: string }[]) => list.map((i) => i.code) as [string, ...string[]];
const reason = z.string(say('assessment.report.reasonRequired'));
const submit = z.boolean(say('assessment.reference')).default(false);

const report = <const K extends readonly [string, ...string[]]>(indicators: K) => ({
  roundId: id,
  version,
  indicators: answers(indicators),
  goalNotes: answers(GOAL_CODES as unknown as readonly [string, ...string[]]),
  impact: text.default(''),
  /** Submit as well: the report is then locked until its overseer reopens it. */
  submit,
});

export const usiGetInput = z.object({ universityId: id, roundId: id }, say('assessment.reference'));
export const usiSaveInput = z.object({ universityId: id, ...report(codes(USI_INDICATORS)) }, say('assessment.reference'));
export const usiReopenInput = z.object({ universityId: id, roundId: id, reason }, say('assessment.reference'));

export const rsiGetInput = z.object({ networkId: id, roundId: id }, say('assessment.reference'));
export const rsiSaveInput = z.object({ networkId: id, ...report(codes(RSI_INDICATORS)) }, say('assessment.reference'));
export const rsiReopenInput = z.object({ networkId: id, roundId: id, reason }, say('assessment.reference'));

export const filesListInput = z.object({ tambonId: id, roundId: id }, say('assessment.reference'));
export const filesRemoveInput = z.object({ tambonId: id, roundId: id, id }, say('assessment.reference'));

/** Base64 of at most EVIDENCE_MAX_BYTES bytes (a little over, so the exact size is judged on the decoded file). */
const MAX_BASE64 = Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4 + 4;

/**
 * One evidence file for a cell of a tambon's form. The browser sends it to POST /api/assessment/evidence as
 * multipart (no base64 overhead on the wire); the server passes it on to the procedure as base64.
 */
export const filesAddInput = z.object(
  {
    tambonId: id,
    roundId: id,
    column: z.string(say('assessment.file.column')).regex(COLUMN_KEY_PATTERN, say('assessment.file.column')),
    indicator: z.enum(TEXT_INDICATOR_CODES as unknown as readonly [string, ...string[]], say('assessment.file.indicator')),
    // Its length is judged by evidenceProblems, which names the limit.
    name: z.string(say('assessment.file.missing')),
    content: z.string(say('assessment.file.missing')).max(MAX_BASE64, say('assessment.file.tooLarge')).regex(/^[A-Za-z0-9+/]*={0,2}$/, say('assessment.file.missing')),
  },
  say('assessment.reference'),
);
