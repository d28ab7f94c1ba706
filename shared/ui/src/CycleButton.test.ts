import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import CycleButton from './CycleButton.svelte';
import GridProbe from './GridProbe.test.svelte';

const options = [
  { value: '', symbol: '', label: 'ว่าง' },
  { value: 'have', symbol: '✓', label: 'มีอยู่แล้ว' },
  { value: 'expected', symbol: '✗', label: 'คาดว่าจะเกิด' },
] as const;

describe('CycleButton', () => {
  it('is a button named by where it is and what it holds, showing the symbol', () => {
    render(CycleButton, { label: '1.3 · กิจกรรม 1', options, value: 'expected', onchange: () => {} });
    const b = screen.getByRole('button', { name: '1.3 · กิจกรรม 1: คาดว่าจะเกิด' });
    expect(b.textContent?.trim()).toBe('✗');
  });

  it('moves to the next state on a press, and from the last back to the first', async () => {
    const onchange = vi.fn();
    const { rerender } = render(CycleButton, { label: 'x', options, value: 'have', onchange });
    await fireEvent.click(screen.getByRole('button'));
    expect(onchange).toHaveBeenLastCalledWith('expected');
    await rerender({ label: 'x', options, value: 'expected', onchange });
    await fireEvent.click(screen.getByRole('button'));
    expect(onchange).toHaveBeenLastCalledWith('');
  });
});

describe('moveInGrid', () => {
  it('moves focus to the neighbouring cell with the arrow keys and stays put at the edge', async () => {
    render(GridProbe);
    const cell = (r: number, c: number) => screen.getByRole('button', { name: `r${r}c${c}: ว่าง` });
    cell(0, 0).focus();
    await fireEvent.keyDown(cell(0, 0), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell(0, 1));
    await fireEvent.keyDown(cell(0, 1), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell(1, 1));
    await fireEvent.keyDown(cell(1, 1), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell(1, 1));
    await fireEvent.keyDown(cell(1, 1), { key: 'ArrowLeft', shiftKey: true });
    expect(document.activeElement).toBe(cell(1, 1));
  });
});
