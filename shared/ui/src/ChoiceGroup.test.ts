import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import ChoiceGroup from './ChoiceGroup.svelte';

const options = [
  { value: 'approved', label: 'อนุมัติแล้ว' },
  { value: 'provisional', label: 'รวมที่รออนุมัติ' },
] as const;

describe('ChoiceGroup', () => {
  it('is a named group of radio buttons with the current choice checked', () => {
    render(ChoiceGroup, { label: 'ตัวเลขที่แสดง', options, value: 'approved', onchange: () => {} });
    expect(screen.getByRole('group', { name: 'ตัวเลขที่แสดง' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'อนุมัติแล้ว' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'รวมที่รออนุมัติ' }) as HTMLInputElement).checked).toBe(false);
  });

  it('asks for the other choice when it is picked', async () => {
    const onchange = vi.fn();
    render(ChoiceGroup, { label: 'x', options, value: 'approved', onchange });
    await fireEvent.click(screen.getByRole('radio', { name: 'รวมที่รออนุมัติ' }));
    expect(onchange).toHaveBeenCalledWith('provisional');
  });
});
