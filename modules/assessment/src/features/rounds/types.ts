import type { RouterOutputs } from '@otou/server/router';

export type RoundList = RouterOutputs['assessment']['round']['list'];
export type ListedRound = RoundList['rounds'][number];
export type RoundWindow = ListedRound['window'];
