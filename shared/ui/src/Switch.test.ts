import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import Switch from './Switch.svelte';

describe('Switch', () => {
  it('is announced as a switch with its state and asks for the opposite state when pressed', async () => {
    const onchange = vi.fn();
    render(Switch, { checked: true, label: 'งบประมาณ — เครือข่ายภาคกลางตอนบน', onchange });
    const sw = screen.getByRole('switch', { name: 'งบประมาณ — เครือข่ายภาคกลางตอนบน' });
    expect(sw.getAttribute('aria-checked')).toBe('true');
    await fireEvent.click(sw);
    expect(onchange).toHaveBeenCalledWith(false);
  });

  it('cannot be pressed while a change is being saved', () => {
    render(Switch, { checked: false, label: 'x', disabled: true });
    expect((screen.getByRole('switch') as HTMLButtonElement).disabled).toBe(true);
  });
});
