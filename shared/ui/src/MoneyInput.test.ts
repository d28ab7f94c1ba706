import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import MoneyInput from './MoneyInput.svelte';

async function type(text: string, locale: 'th' | 'en' = 'th') {
  render(MoneyInput, { label: 'ผล (บาท) 1.1', locale });
  const input = screen.getByLabelText('ผล (บาท) 1.1') as HTMLInputElement;
  await fireEvent.input(input, { target: { value: text } });
  await fireEvent.blur(input);
  return input;
}

describe('MoneyInput', () => {
  it('takes Thai digits and shows the figure as it will be saved', async () => {
    const input = await type('๔๕๐๐๐');
    expect(input.value).toBe('45,000');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('refuses "1e3" once the user leaves the field, naming the fix beside it', async () => {
    const input = await type('1e3');
    expect(screen.getByRole('alert').textContent).toBe('กรุณากรอกจำนวนเงินเต็มรูป เช่น 1000 แทน 1e3');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    expect(input.value).toBe('1e3');
  });

  it('refuses "0x10" in English too', async () => {
    await type('0x10', 'en');
    expect(screen.getByRole('alert').textContent).toBe('Write the amount in ordinary digits, e.g. 16 rather than 0x10');
  });

  it('says nothing while the user is still typing', async () => {
    render(MoneyInput, { label: 'งบ', locale: 'th' });
    await fireEvent.input(screen.getByLabelText('งบ'), { target: { value: '12a' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows what the server said about the field', () => {
    render(MoneyInput, { label: 'ผล 2.4', locale: 'th', value: '90,000', error: ['รายการ 2.4 ใช้จ่ายรวม 90,000 บาท เกินงบประมาณ 80,000 บาท'] });
    expect(screen.getByRole('alert').textContent).toContain('เกินงบประมาณ 80,000 บาท');
  });

  it('holds a field\'s bounds, with the amount written as money', async () => {
    render(MoneyInput, { label: 'งบ', locale: 'th', bounds: { max: 2_000_000 } });
    const input = screen.getByLabelText('งบ');
    await fireEvent.input(input, { target: { value: '2500000' } });
    await fireEvent.blur(input);
    expect(screen.getByRole('alert').textContent).toBe('จำนวนเงินต้องไม่เกิน 2,000,000 บาท');
  });
});
