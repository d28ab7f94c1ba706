import type { RouterOutputs } from '@otou/server/router';

export type TambonReportData = RouterOutputs['budget']['report']['byTambon'];
export type RollupData = RouterOutputs['budget']['rollup']['byLevel'];
export type StatusBoardData = RouterOutputs['budget']['rollup']['statusBoard'];
export type MonthInfo = TambonReportData['months'][number];
