import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import DateInputBE from './DateInputBE.svelte';

function field(value = '') {
  const r = render(DateInputBE, { label: 'ส่งได้ถึงวันที่', locale: 'th', name: 'until', value });
  const group = screen.getByRole('group', { name: 'ส่งได้ถึงวันที่' });
  return {
    r,
    day: within(group).getByLabelText('วัน') as HTMLInputElement,
    month: within(group).getByLabelText('เดือน') as HTMLSelectElement,
    year: within(group).getByLabelText('ปี (พ.ศ.)') as HTMLInputElement,
  };
}

describe('DateInputBE', () => {
  it('shows a stored date in the Buddhist Era', () => {
    const f = field('2021-03-05');
    expect(f.day.value).toBe('5');
    expect(f.month.selectedOptions[0]?.textContent).toBe('มีนาคม');
    expect(f.year.value).toBe('2564');
  });

  it('catches a Christian-Era year when the user leaves the field, and says which BE year to type', async () => {
    const f = field();
    await fireEvent.input(f.day, { target: { value: '5' } });
    await fireEvent.change(f.month, { target: { value: '3' } });
    await fireEvent.input(f.year, { target: { value: '2021' } });
    await fireEvent.focusOut(f.year, { relatedTarget: document.body });
    expect(screen.getByRole('alert').textContent).toBe('ปี 2021 เป็นปี ค.ศ. กรุณากรอกปี พ.ศ. (ค.ศ. + 543) เช่น 2564');
    expect(f.year.getAttribute('aria-invalid')).toBe('true');
  });

  it('reads "2564-03-05" typed into the day box as 5 March 2564 BE', async () => {
    const f = field();
    await fireEvent.input(f.day, { target: { value: '2564-03-05' } });
    expect(f.day.value).toBe('5');
    expect(f.year.value).toBe('2564');
    expect(f.month.value).toBe('3');
    await fireEvent.focusOut(f.day, { relatedTarget: document.body });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
