import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { formatBaht } from '@otou/domain';
import DataTable from './DataTable.svelte';
import type { Column } from './types.ts';

interface Line {
  code: string;
  name: string;
  budget: number;
}
const columns: Column<Line>[] = [
  { key: 'code', label: 'รายการ', value: (r) => r.code },
  { key: 'name', label: 'ชื่อ', value: (r) => r.name },
  { key: 'budget', label: 'งบประมาณ', align: 'end', value: (r) => formatBaht(r.budget) },
];

describe('DataTable', () => {
  it('shows a row per record under its caption, with money right-aligned as on the ministry form', () => {
    render(DataTable<Line>, {
      caption: 'งบประมาณรายตำบล',
      columns,
      rows: [
        { code: '1.1', name: 'ประชาชน', budget: 540000 },
        { code: '1.2', name: 'บัณฑิต', budget: 1800000 },
      ],
      rowKey: (r: Line) => r.code,
      rowAttrs: (r: Line) => ({ 'data-line': r.code }),
    });
    const table = screen.getByRole('table', { name: 'งบประมาณรายตำบล' });
    expect(table.querySelector('tr[data-line="1.2"] [data-col="budget"]')?.textContent).toBe('1,800,000');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const cells = within(rows[2]!).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['1.2', 'บัณฑิต', '1,800,000']);
    expect(cells[2]!.classList.contains('end')).toBe(true);
  });

  it('says so when there is nothing to show', () => {
    render(DataTable<Line>, { caption: 'ว่าง', columns, rows: [], rowKey: (r: Line) => r.code, empty: 'ยังไม่มีข้อมูล' });
    expect(screen.getByRole('cell').textContent).toBe('ยังไม่มีข้อมูล');
  });
});
