import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import NextSteps from './NextSteps.svelte';
import UpLinks from './UpLinks.svelte';

describe('NextSteps', () => {
  it('offers the links in order, the first as the primary one, followed inside the platform; nothing when there are none', async () => {
    const onfollow = vi.fn((e: MouseEvent) => e.preventDefault());
    const links = [
      { key: 'queue', href: '/employment/queue', label: 'รายงานที่รอตรวจรับ' },
      { key: 'dashboard', href: '/employment/dashboard', label: 'ภาพรวมการจ้างงาน' },
    ];
    const { unmount } = render(NextSteps, { label: 'ทำอะไรต่อ', links, onfollow });
    const nav = screen.getByRole('navigation', { name: 'ทำอะไรต่อ' });
    expect([...nav.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href'), a.classList.contains('primary')])).toEqual([
      ['รายงานที่รอตรวจรับ', '/employment/queue', true],
      ['ภาพรวมการจ้างงาน', '/employment/dashboard', false],
    ]);
    await fireEvent.click(screen.getByTestId('next-dashboard'));
    expect(onfollow).toHaveBeenCalledTimes(1);
    unmount();
    render(NextSteps, { label: 'ทำอะไรต่อ', links: [] });
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('leads back up a drill-down, and shows nothing at the top', () => {
    const { unmount } = render(UpLinks, { label: 'กลับขึ้นไป', links: [{ key: 'national', href: '/employment/dashboard', label: 'ทั้งประเทศ' }] });
    expect(screen.getByRole('navigation', { name: 'กลับขึ้นไป' }).querySelector('a')?.textContent).toBe('↑ ทั้งประเทศ');
    unmount();
    render(UpLinks, { label: 'กลับขึ้นไป', links: [] });
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
