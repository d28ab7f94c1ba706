import type { RouterOutputs } from '@otou/server/router';

/** A USI or RSI report as its page gets it (both have the same shape). */
export type ReportData = RouterOutputs['assessment']['usi']['get'];
