import { DECK_ACTUALS, DECK_PERIOD, DECK_PLAN, LEAF_LINES } from '@otou/domain';
import type { Upsert } from './batch.ts';
import { instalmentId, lineId, periodId, reportId } from '../services/budget/ids.ts';

export { lineId, periodId, reportId };
export const DEMO_PERIOD_CODE = '2564';

export function periodWrite(): Upsert {
  return {
    collection: 'budget_periods',
    body: {
      id: periodId(DEMO_PERIOD_CODE),
      code: DEMO_PERIOD_CODE,
      name_th: 'โครงการ ๑ ตำบล ๑ มหาวิทยาลัย ม.ค.–ธ.ค. 2564',
      name_en: 'One Tambon One University, Jan–Dec 2564 BE',
      first_year: DECK_PERIOD.firstYear,
      first_month: DECK_PERIOD.firstMonth,
      months: DECK_PERIOD.months,
      active: true,
    },
  };
}

/** Every leaf line of a tambon with the deck's budget and monthly plan. */
export function planWrites(tambon: string, period: string): Upsert[] {
  return LEAF_LINES.map((line) => ({
    collection: 'budget_lines',
    body: { id: lineId(tambon, period, line), tambon, period, line, budget: DECK_PLAN[line].budget, plan: DECK_PLAN[line].plan },
  }));
}

export function approvedReportWrite(tambon: string, period: string, month: number, by: { submitter: string; approver: string }): Upsert {
  const at = `2021-${String(month + 1).padStart(2, '0')}-01 03:00:00.000Z`;
  return {
    collection: 'budget_reports',
    body: {
      id: reportId(tambon, period, month),
      tambon,
      period,
      month,
      actuals: DECK_ACTUALS[month] ?? {},
      remarks: {},
      status: 'approved',
      submitted_by: by.submitter,
      submitted_at: at,
      approved_by: by.approver,
      approved_at: at,
      reopened: false,
    },
  };
}

export function instalmentWrite(tambon: string, period: string, number: 1 | 2, amount: number, receivedOn: string | null): Upsert {
  return {
    collection: 'budget_instalments',
    body: { id: instalmentId(tambon, period, number), tambon, period, number, amount, received_on: receivedOn ?? '' },
  };
}

export const TAMBON_BUDGET = LEAF_LINES.reduce((a, l) => a + DECK_PLAN[l].budget, 0);
