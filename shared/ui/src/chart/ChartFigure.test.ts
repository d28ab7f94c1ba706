import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import ChartFigure from './ChartFigure.svelte';

// chart.js cannot be fetched (offline, or a release replaced the file): the page must still give its figures.
vi.mock('chart.js', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('ChartFigure', () => {
  it('shows its figures as text when chart.js cannot be loaded, instead of an empty box', async () => {
    render(ChartFigure, {
      caption: 'จำนวนตำบลและเป้าหมายในแต่ละระดับ',
      summary: 'ตำบลมุ่งสู่ความยั่งยืน 12 (เป้าหมาย 750)',
      parts: () => [],
      config: { type: 'bar', data: { labels: [], datasets: [] } },
      testid: 'tiers',
    });
    const text = screen.getByTestId('tiers-text');
    expect(text.classList.contains('visually-hidden')).toBe(true);
    await vi.waitFor(() => expect(text.classList.contains('visually-hidden')).toBe(false));
    expect(text.textContent).toBe('ตำบลมุ่งสู่ความยั่งยืน 12 (เป้าหมาย 750)');
    expect(screen.getByRole('figure').querySelector('canvas')).toBeNull();
  });
});
