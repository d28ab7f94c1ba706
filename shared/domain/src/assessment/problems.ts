import { ACTIVITY_TYPE_CODES, FIXED_COLUMNS, FORM_LIMITS, formColumns, GOAL_CODES, MARKS, TEXT_INDICATOR_CODES, type TambonForm } from './form.ts';
import type { AssessmentProblem } from './problem.ts';
import { bangkokDayStart, isRoundKind } from './rounds.ts';

/**
 * Everything wrong with a form, each problem at its field, all at once: the server refuses such a form with these
 * (nothing is written) and the form can show them as the person types. Field names follow the form's shape:
 * `activities.<i>.name`, `activities.<i>.otherType`, `goals.<column>.<goal>`, `texts.<column>.<indicator>`,
 * `links.<column>.<indicator>`; a whole column or map that should not be there is named without its cell.
 */

/**
 * How an activity's key looks: 'act1', 'act2', … (the pages number them and never reuse a number), so a key is never
 * one an object already has and never text a client made up.
 */
export const ACTIVITY_KEY_PATTERN = /^act[1-9][0-9]{0,2}$/;
/** A column of the form: an activity's key, or a fixed column ('covid', 'data'). */
export const COLUMN_KEY_PATTERN = /^(?:covid|data|act[1-9][0-9]{0,2})$/;

const has = (list: readonly string[], v: string) => list.includes(v);

/** An evidence link: a web address on http or https, within the length limit. */
export function isEvidenceLink(v: unknown): boolean {
  if (typeof v !== 'string' || v.length > FORM_LIMITS.link || v.trim() !== v) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

const isPlainMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function activityProblems(form: TambonForm): AssessmentProblem[] {
  const problems: AssessmentProblem[] = [];
  if (form.activities.length > FORM_LIMITS.activities) problems.push({ field: 'activities', key: 'assessment.activities.tooMany' });
  const seen = new Set<string>();
  form.activities.forEach((a, i) => {
    const at = `activities.${i}`;
    if (typeof a.key !== 'string' || !ACTIVITY_KEY_PATTERN.test(a.key)) problems.push({ field: `${at}.key`, key: 'assessment.activity.key' });
    else if (seen.has(a.key)) problems.push({ field: `${at}.key`, key: 'assessment.activity.duplicate', params: { key: a.key } });
    else seen.add(a.key);
    const name = typeof a.name === 'string' ? a.name.trim() : '';
    if (name === '' || name.length > FORM_LIMITS.activityName) problems.push({ field: `${at}.name`, key: 'assessment.activity.name' });
    if (!has(ACTIVITY_TYPE_CODES, a.type)) problems.push({ field: `${at}.type`, key: 'assessment.activity.type' });
    const other = typeof a.otherType === 'string' ? a.otherType.trim() : '';
    if ((a.type === 'e' && other === '') || other.length > FORM_LIMITS.activityName || (a.otherType !== undefined && typeof a.otherType !== 'string'))
      problems.push({ field: `${at}.otherType`, key: 'assessment.activity.otherType' });
  });
  return problems;
}

/** Cells of a map (goals, texts, links): only the form's columns, only known rows, each value checked by `check`. */
function cellProblems(
  map: string,
  cells: unknown,
  columns: readonly string[],
  rows: readonly string[],
  unknownRow: AssessmentProblem['key'],
  check: (v: unknown, field: string) => AssessmentProblem | null,
): AssessmentProblem[] {
  const problems: AssessmentProblem[] = [];
  if (!isPlainMap(cells)) return [{ field: map, key: 'assessment.column.unknown' }];
  for (const [column, row] of Object.entries(cells)) {
    if (!has(columns, column) || !isPlainMap(row)) {
      problems.push({ field: `${map}.${column}`, key: 'assessment.column.unknown' });
      continue;
    }
    for (const [code, v] of Object.entries(row)) {
      const field = `${map}.${column}.${code}`;
      if (!has(rows, code)) problems.push({ field, key: unknownRow });
      else {
        const p = check(v, field);
        if (p) problems.push(p);
      }
    }
  }
  return problems;
}

export function formProblems(form: TambonForm): AssessmentProblem[] {
  const columns = formColumns({ activities: form.activities.filter((a) => typeof a?.key === 'string') });
  return [
    ...activityProblems(form),
    ...cellProblems('goals', form.goals, columns, GOAL_CODES, 'assessment.goal.unknown', (v, field) => (has(MARKS, v as string) ? null : { field, key: 'assessment.mark' })),
    ...cellProblems('texts', form.texts, columns, TEXT_INDICATOR_CODES, 'assessment.indicator.unknown', (v, field) =>
      typeof v === 'string' && v.length <= FORM_LIMITS.text ? null : { field, key: 'assessment.text.tooLong' },
    ),
    ...cellProblems('links', form.links, columns, TEXT_INDICATOR_CODES, 'assessment.indicator.unknown', (v, field) => {
      if (!Array.isArray(v) || v.length > FORM_LIMITS.links) return { field, key: 'assessment.links.tooMany' };
      return v.every(isEvidenceLink) ? null : { field, key: 'assessment.link.invalid' };
    }),
  ];
}

/**
 * A form as it is stored: names and texts trimmed, empty cells, blank texts and empty link lists dropped, and the
 * cells of a column the form no longer has (an activity removed) dropped with it. Call it on a form without
 * problems (formProblems) — it does not judge, it tidies.
 */
export function cleanForm(form: TambonForm): TambonForm {
  const columns = formColumns(form);
  const clean = <V>(m: Record<string, Partial<Record<string, V>>>, keep: (v: V) => V | null) => {
    const out: Record<string, Partial<Record<string, V>>> = {};
    for (const column of columns) {
      if (!Object.hasOwn(m, column)) continue;
      const cells: Partial<Record<string, V>> = {};
      for (const [k, v] of Object.entries(m[column] ?? {})) {
        const kept = v === undefined ? null : keep(v as V);
        if (kept !== null) cells[k] = kept;
      }
      if (Object.keys(cells).length > 0) out[column] = cells;
    }
    return out;
  };
  return {
    activities: form.activities.map((a) => {
      const otherType = a.type === 'e' ? a.otherType?.trim() : undefined;
      return { key: a.key, type: a.type, name: a.name.trim(), ...(otherType ? { otherType } : {}) };
    }),
    goals: clean(form.goals, (v) => v) as TambonForm['goals'],
    texts: clean(form.texts, (v: string) => (v.trim() === '' ? null : v.trim())) as TambonForm['texts'],
    links: clean(form.links, (v: string[]) => (v.length === 0 ? null : [...v])) as TambonForm['links'],
  };
}

/** The years a round's days may fall in (CE): wide enough for any programme, narrow enough to catch a typed CE/BE slip. */
export const ROUND_YEARS = { min: 2000, max: 2200 } as const;
/** A round is open for weeks; more than a year is a typing slip. */
export const ROUND_MAX_DAYS = 366;

/**
 * What is wrong with a round the central office defines: a quarter only for a quarterly round (1–4), real days in a
 * sane range, the last day not before the first, open for at most a year. Days are 'YYYY-MM-DD', both included.
 */
export function roundProblems(r: { kind: unknown; quarter: unknown; opens: unknown; closes: unknown }): AssessmentProblem[] {
  const problems: AssessmentProblem[] = [];
  if (!isRoundKind(r.kind)) problems.push({ field: 'kind', key: 'assessment.roundKind' });
  else if (r.kind === 'quarterly' ? !(Number.isInteger(r.quarter) && (r.quarter as number) >= 1 && (r.quarter as number) <= 4) : r.quarter !== 0)
    problems.push({ field: 'quarter', key: 'assessment.roundQuarter' });
  const day = (field: 'opens' | 'closes') => {
    const v = r[field];
    const at = typeof v === 'string' ? bangkokDayStart(v) : null;
    if (!at) {
      problems.push({ field, key: 'assessment.roundDay' });
      return null;
    }
    const year = Number((v as string).slice(0, 4));
    if (year < ROUND_YEARS.min || year > ROUND_YEARS.max) {
      problems.push({ field, key: 'assessment.roundYear' });
      return null;
    }
    return at.getTime();
  };
  const opens = day('opens');
  const closes = day('closes');
  if (opens !== null && closes !== null) {
    if (closes < opens) problems.push({ field: 'closes', key: 'assessment.roundDays' });
    else if ((closes - opens) / 86_400_000 + 1 > ROUND_MAX_DAYS) problems.push({ field: 'closes', key: 'assessment.roundLong' });
  }
  return problems;
}
