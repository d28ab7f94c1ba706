import type { Params } from '../i18n.ts';
import type { EmploymentMessageKey } from './messages.ts';

/** A problem with one field of an employment input: the field's path and a message key naming the fix. */
export interface EmploymentProblem {
  field: string;
  key: EmploymentMessageKey;
  params?: Params;
}
