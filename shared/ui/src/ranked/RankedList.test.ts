import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import RankedProbe from './RankedProbe.test.svelte';

afterEach(cleanup);

const order = () => screen.getAllByRole('listitem').filter((li) => li.dataset['id']).map((li) => li.dataset['id']);

describe('a ranked list', () => {
  it('moves a row with its buttons and with Alt+arrows, the focus staying on the moved row, the ends refusing', async () => {
    render(RankedProbe, { props: { ids: ['a', 'b', 'c'], cut: 2 } });
    expect(order()).toEqual(['a', 'b', 'c']);
    expect((screen.getByRole('button', { name: 'up a' }) as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'down a' }));
    expect(order()).toEqual(['b', 'a', 'c']);
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'down a' })));
    await fireEvent.keyDown(screen.getByRole('button', { name: 'down a' }), { key: 'ArrowDown', altKey: true });
    expect(order()).toEqual(['b', 'c', 'a']);
    // At the bottom the down button cannot act: focus moves to the one that can.
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'up a' })));
    await fireEvent.keyDown(screen.getByRole('button', { name: 'up a' }), { key: 'ArrowDown' });
    expect(order()).toEqual(['b', 'c', 'a']);
    // The cut sits after the second row, whatever moved.
    expect(screen.getByText('reserve below').previousElementSibling?.getAttribute('data-id')).toBe('c');
  });
});
