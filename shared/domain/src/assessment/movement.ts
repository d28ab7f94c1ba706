import { tierRank, type Tier } from './tier.ts';

/**
 * How a tambon moved between two rounds. 'new': assessed in the later round only; 'none': not assessed in the
 * later round, so there is nothing to say about where it stands now.
 */
export const MOVEMENTS = ['up', 'down', 'same', 'new', 'none'] as const;
export type Movement = (typeof MOVEMENTS)[number];

export function movementOf(from: Tier | null, to: Tier | null): Movement {
  if (to === null) return 'none';
  if (from === null) return 'new';
  const d = tierRank(to) - tierRank(from);
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
}
