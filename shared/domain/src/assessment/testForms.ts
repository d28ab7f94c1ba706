import { GOAL_CODES, type Activity, type GoalCode, type Mark, type TambonForm } from './form.ts';

/** Forms for tests: activities named act1…, goals marked in the columns given. Not exported from the package. */
export function activity(n: number, over: Partial<Activity> = {}): Activity {
  return { key: `act${n}`, type: 'a', name: `กิจกรรม ${n}`, ...over };
}

export function formWith(marks: Record<string, Partial<Record<GoalCode, Mark>>>, activities = 2): TambonForm {
  return { activities: Array.from({ length: activities }, (_, i) => activity(i + 1)), goals: marks, texts: {}, links: {} };
}

/** The first n goals with ✓ in one column. */
export function firstGoals(n: number, mark: Mark = 'have'): Partial<Record<GoalCode, Mark>> {
  return Object.fromEntries(GOAL_CODES.slice(0, n).map((g) => [g, mark]));
}
