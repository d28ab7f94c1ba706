import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import EventList from './EventList.svelte';
import LateException from './LateException.svelte';

describe('EventList', () => {
  it('reads each event as when, what, who, why, and what it changed', () => {
    // `events` is also one of render's own options: the props go in `props`.
    render(EventList, {
      props: {
        locale: 'th',
        empty: 'ยังไม่มีประวัติ',
        events: [{ id: 'e1', at: '2021-02-28T03:00:00Z', action: 'reopen', actionLabel: 'เปิดให้แก้ไข', byName: 'สมศรี', reason: 'ตรวจใหม่', changes: ['1.3 · กิจกรรม 1: ✗ → ✓'] }],
      },
    });
    const item = document.querySelector('li[data-action="reopen"]') as HTMLElement;
    expect(item.textContent).toContain('28 ก.พ. 2564');
    expect(item.textContent).toContain('เปิดให้แก้ไข');
    expect(item.textContent).toContain('สมศรี');
    expect(item.textContent).toContain('— ตรวจใหม่');
    expect(item.textContent).toContain('1.3 · กิจกรรม 1: ✗ → ✓');
  });

  it('says so when nothing happened yet', () => {
    render(EventList, { props: { locale: 'en', empty: 'No history yet', events: [] } });
    expect(screen.getByText('No history yet')).toBeTruthy();
  });
});

describe('LateException', () => {
  it('asks for a day before it can be sent, then gives the day (CE, ISO) and the reason', async () => {
    const onsubmit = vi.fn();
    render(LateException, { labels: { until: 'ส่งได้ถึงวันที่', reason: 'เหตุผล', button: 'ยกเว้น' }, locale: 'th', onsubmit });
    const button = screen.getByRole('button', { name: 'ยกเว้น' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await fireEvent.input(screen.getByRole('textbox', { name: /วัน/ }), { target: { value: '5/3/2564' } });
    await fireEvent.input(screen.getByRole('textbox', { name: 'เหตุผล' }), { target: { value: 'ผู้ประสานงานเจ็บป่วย' } });
    await fireEvent.click(button);
    expect(onsubmit).toHaveBeenCalledWith('2021-03-05', 'ผู้ประสานงานเจ็บป่วย');
  });
});
