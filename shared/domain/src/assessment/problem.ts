import type { Params } from '../i18n.ts';
import type { AssessmentMessageKey } from './messages.ts';

/**
 * A problem with one field of an assessment input: the field's path (e.g. `goals.act1.1.3`, `sustainable`) and a
 * message key naming the fix, with its parameters — the shape the server's fieldError takes.
 */
export interface AssessmentProblem {
  field: string;
  key: AssessmentMessageKey;
  params?: Params;
}
