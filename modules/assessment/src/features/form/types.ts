import type { RouterOutputs } from '@otou/server/router';

export type FormPageData = RouterOutputs['assessment']['form']['get'];
export type FormHistoryRows = RouterOutputs['assessment']['form']['history'];
export type TambonListData = RouterOutputs['assessment']['form']['list'];
export type RoundListData = RouterOutputs['assessment']['round']['list'];
export type RoundInfo = RoundListData['rounds'][number];
export type EvidenceFile = RouterOutputs['assessment']['files']['list'][number];
