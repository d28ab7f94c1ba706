import { periodMonth, type BudgetReport, type Locale } from '@otou/domain';
import type { PeriodInfo } from './budget/read.ts';
import { reportToCsv, reportToXlsx } from './budgetExport.ts';

export interface ExportFile {
  filename: string;
  mime: string;
  /** The file's bytes, base64: small enough (tens of kB) to travel in one API answer. */
  base64: string;
}

/** A report or roll-up as a download, named after what it is and the month it runs to. */
export async function budgetExport(
  data: { report: BudgetReport; period: PeriodInfo; title: string; subtitle: string; file: string },
  format: 'xlsx' | 'csv',
  locale: Locale,
  now: Date,
): Promise<ExportFile> {
  const meta = { title: data.title, subtitle: data.subtitle, period: data.period, locale, generatedAt: now };
  const name = `${data.file}-${periodMonth(data.period, data.report.asOf).key}`;
  if (format === 'csv') return { filename: `${name}.csv`, mime: 'text/csv;charset=utf-8', base64: Buffer.from(reportToCsv(data.report, meta), 'utf8').toString('base64') };
  return { filename: `${name}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: (await reportToXlsx(data.report, meta)).toString('base64') };
}
