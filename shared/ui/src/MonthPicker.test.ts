import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import MonthPicker from './MonthPicker.svelte';

const months = [
  { index: 1, year: 2021, month: 1 },
  { index: 2, year: 2021, month: 2 },
];

describe('MonthPicker', () => {
  it('names months in the Buddhist Era and tells which one was chosen', async () => {
    const onchange = vi.fn();
    render(MonthPicker, { label: 'ข้อมูลถึงเดือน', months, value: 2, locale: 'th', onchange });
    const select = screen.getByRole('combobox', { name: 'ข้อมูลถึงเดือน' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['มกราคม 2564', 'กุมภาพันธ์ 2564']);
    expect(select.value).toBe('2');
    await fireEvent.change(select, { target: { value: '1' } });
    expect(onchange).toHaveBeenCalledWith(1);
  });
});
