import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import ConfirmButton from './ConfirmButton.svelte';

const props = { label: 'ตั้งเป็นช่วงที่ใช้งาน', question: 'ใช้ช่วงโครงการ 2565 ทั่วประเทศ?', confirmLabel: 'ยืนยัน', cancelLabel: 'ยกเลิก' };

describe('ConfirmButton', () => {
  it('asks before acting; one click does nothing yet', async () => {
    const onconfirm = vi.fn();
    render(ConfirmButton, { ...props, onconfirm });
    await fireEvent.click(screen.getByRole('button', { name: 'ตั้งเป็นช่วงที่ใช้งาน' }));
    expect(onconfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('ใช้ช่วงโครงการ 2565 ทั่วประเทศ?');
    await fireEvent.click(screen.getByRole('button', { name: 'ยืนยัน' }));
    expect(onconfirm).toHaveBeenCalledTimes(1);
  });

  it('can be called off', async () => {
    const onconfirm = vi.fn();
    render(ConfirmButton, { ...props, onconfirm });
    await fireEvent.click(screen.getByRole('button', { name: 'ตั้งเป็นช่วงที่ใช้งาน' }));
    await fireEvent.click(screen.getByRole('button', { name: 'ยกเลิก' }));
    expect(onconfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'ตั้งเป็นช่วงที่ใช้งาน' })).toBeTruthy();
  });
});
