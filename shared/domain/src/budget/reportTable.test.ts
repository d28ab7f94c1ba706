import { describe, expect, it } from 'vitest';
import { deckLeafFigures, DECK_PERIOD } from './deckExample.ts';
import { computeReport, type LeafFigures } from './math.ts';
import { reportTable } from './reportTable.ts';

const report = computeReport(deckLeafFigures(), 12, 2);
const th = reportTable(report, DECK_PERIOD, 'th');
const en = reportTable(report, DECK_PERIOD, 'en');
const row = (t: typeof th, code: string, kind: 'plan' | 'actual') => t.rows.find((r) => r.code === code && r.kind === kind)!;

describe('the report table, drawn alike on screen and in the downloads', () => {
  it('heads its columns in the user language, months in the Buddhist Era in both', () => {
    expect(th.header.slice(0, 6)).toEqual(['โครงการ/กิจกรรม', 'งบทั้งหมด', 'คงเหลือ', 'แผน/ผล', 'ม.ค. 2564', 'ก.พ. 2564']);
    expect(th.header.slice(-3)).toEqual(['รวมแผน/ผล ถึงเดือนรายงาน', '%', 'คำชี้แจง']);
    expect(en.header.slice(0, 6)).toEqual(['Project/activity', 'Total budget', 'Remaining', 'Plan/Actual', 'Jan 2564', 'Feb 2564']);
    expect(en.header.join(' ')).not.toContain('2021');
    expect(th.header).toHaveLength(4 + 12 + 3);
    expect(th.cols).toMatchObject({ firstMonth: 4, toDate: 16, percent: 17, remark: 18 });
  });

  it('prints every line as a plan row over an actual row, total first', () => {
    expect(th.rows).toHaveLength(2 * report.rows.length);
    expect(th.rows.slice(0, 2).map((r) => [r.code, r.kind])).toEqual([['total', 'plan'], ['total', 'actual']]);
    expect(row(th, '2.1', 'plan').cells[0]!.text).toBe('2.1 การพัฒนาสัมมาชีพและสร้างอาชีพใหม่');
    expect(row(en, 'total', 'plan').cells[0]!.text).toBe('Total');
    expect(row(th, '2.1', 'plan').cells[th.cols.kind]!.text).toBe('แผน');
    expect(row(en, '2.1', 'actual').cells[en.cols.kind]!.text).toBe('Actual');
  });

  it('keeps numbers as numbers for a spreadsheet and writes them as the ministry does on screen', () => {
    const total = row(th, 'total', 'actual');
    expect(total.cells[th.cols.toDate]).toEqual({ value: 506_500, text: '506,500' });
    expect(row(th, 'total', 'plan').cells[th.cols.budget]).toEqual({ value: 3_483_000, text: '3,483,000' });
    // Nothing planned in January for line 2.4: a 0 in the sheet, empty on screen.
    expect(row(th, '2.4', 'plan').cells[th.cols.firstMonth]).toEqual({ value: 0, text: '' });
    // Months not reported are empty, not 0.
    expect(row(th, '2.1', 'actual').cells[th.cols.firstMonth + 2]).toEqual({ value: null, text: '' });
  });

  it('flags a line that spent more to date than planned to date, though within its whole budget, and only those', () => {
    // The deck's figures: every line is at or under its plan to date.
    expect(th.rows.filter((r) => r.overPlan)).toEqual([]);
    const figures: LeafFigures[] = deckLeafFigures().map((f) => (f.code === '2.2' ? { ...f, actual: [16_000, 16_000.01, ...f.actual.slice(2)] } : f));
    const over = reportTable(computeReport(figures, 12, 2), DECK_PERIOD, 'th');
    expect(over.rows.filter((r) => r.overPlan).map((r) => r.code)).toEqual(['2.2']);
    // Exactly on plan is not over it.
    const onPlan = deckLeafFigures().map((f) => (f.code === '2.2' ? { ...f, actual: [16_000, 16_000, ...f.actual.slice(2)] } : f));
    expect(reportTable(computeReport(onPlan, 12, 2), DECK_PERIOD, 'th').rows.some((r) => r.overPlan)).toBe(false);
  });

  it('shows the percentage achieved at two decimals as the deck rounds it', () => {
    expect(row(th, 'total', 'actual').cells[th.cols.percent]).toEqual({ value: 89.17, text: '89.17' });
    // 35,500 / 64,000 = 55.46875 %
    expect(row(th, '2.1', 'actual').cells[th.cols.percent]!.text).toBe('55.47');
    expect(row(th, 'total', 'plan').cells[th.cols.percent]!.text).toBe('100.00');
    expect(row(th, '2.4', 'actual').cells[th.cols.percent]).toEqual({ value: null, text: '' });

    const almost: LeafFigures[] = [{ code: '1.1', budget: 80_000, plan: [80_000], actual: [79_999] }];
    const t = reportTable(computeReport(almost, 1, 1), { firstYear: 2021, firstMonth: 1, months: 1 }, 'en');
    expect(row(t, '1.1', 'actual').cells[t.cols.percent]).toEqual({ value: 99.99, text: '99.99' });
  });

  it('refuses a report and a period that do not match', () => {
    expect(() => reportTable(report, { ...DECK_PERIOD, months: 6 }, 'th')).toThrow(RangeError);
  });
});
