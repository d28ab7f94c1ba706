import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { formatBaht } from '@otou/domain';
import DataTable from './DataTable.svelte';
import { pinStyles, type Column } from './types.ts';

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
    expect(cells[2]!.classList.contains('num')).toBe(true);
  });

  it('says so when there is nothing to show', () => {
    render(DataTable<Line>, { caption: 'ว่าง', columns, rows: [], rowKey: (r: Line) => r.code, empty: 'ยังไม่มีข้อมูล' });
    expect(screen.getByRole('cell').textContent).toBe('ยังไม่มีข้อมูล');
  });
});

describe('pinned columns', () => {
  it('keep the row names at the start and the to-date figures at the end while the months scroll', () => {
    const cols: Column<Line>[] = [
      { key: 'name', label: 'รายการ', header: true, pin: 'start', width: '14rem', value: (r) => r.name },
      ...Array.from({ length: 12 }, (_, i): Column<Line> => ({ key: `m${i}`, label: `เดือน ${i + 1}`, align: 'end', value: () => 0 })),
      { key: 'toDate', label: 'ผลสะสม', align: 'end', pin: 'end', width: '8rem', value: (r) => r.budget },
      { key: 'pct', label: '%', align: 'end', pin: 'end', width: '4rem', value: () => '89.17' },
    ];
    render(DataTable<Line>, { caption: 'รายงาน', columns: cols, rows: [{ code: '1.1', name: 'ประชาชน', budget: 5 }], rowKey: (r: Line) => r.code });
    const row = screen.getAllByRole('row')[1]!;
    const name = within(row).getByRole('rowheader');
    expect(name.dataset['pin']).toBe('start');
    expect(name.style.getPropertyValue('--pin-offset')).toBe('0px');
    const [toDate, pct] = [row.querySelector('[data-col="toDate"]') as HTMLElement, row.querySelector('[data-col="pct"]') as HTMLElement];
    expect(toDate.dataset['pin']).toBe('end');
    expect(toDate.style.getPropertyValue('--pin-offset')).toBe('calc(4rem)');
    expect(pct.style.getPropertyValue('--pin-offset')).toBe('0px');
    expect(row.querySelector('[data-col="m3"]')?.hasAttribute('data-pin')).toBe(false);
    expect(screen.getByRole('region', { name: 'รายงาน' }).tabIndex).toBe(0);
  });

  it('a pinned column without a width is a mistake the table names', () => {
    expect(() => pinStyles([{ pin: 'end' }])).toThrow(/needs a width/);
    expect(pinStyles([{ pin: 'start', width: '2rem' }, { pin: 'start', width: '3rem' }, {}])[1]).toContain('--pin-offset:calc(2rem)');
  });
});
