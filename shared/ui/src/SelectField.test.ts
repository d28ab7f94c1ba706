import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import SelectField from './SelectField.svelte';

const options = [
  { value: 'a', label: 'ก. สัมมาชีพ' },
  { value: 'e', label: 'จ. อื่น ๆ' },
] as const;

describe('SelectField', () => {
  it('is a labelled drop-down showing the current choice, and asks for the one picked', async () => {
    const onchange = vi.fn();
    render(SelectField, { label: 'ประเภทกิจกรรม', options, value: 'a', onchange });
    const select = screen.getByRole('combobox', { name: 'ประเภทกิจกรรม' }) as HTMLSelectElement;
    expect(select.value).toBe('a');
    await fireEvent.change(select, { target: { value: 'e' } });
    expect(onchange).toHaveBeenCalledWith('e');
  });

  it('says what is wrong with it, read out with the field', () => {
    render(SelectField, { label: 'ประเภท', options, value: 'a', onchange: () => {}, error: 'เลือกประเภท' });
    const select = screen.getByRole('combobox', { name: 'ประเภท' });
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(select.getAttribute('aria-describedby')!)?.textContent).toBe('เลือกประเภท');
  });
});
