import type { RouterOutputs } from '@otou/server/router';

export type TambonReportData = RouterOutputs['budget']['tambonReport'];
export type RollupData = RouterOutputs['budget']['rollup'];
export type StatusBoardData = RouterOutputs['budget']['statusBoard'];
export type MonthInfo = TambonReportData['months'][number];
