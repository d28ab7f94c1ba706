import { describe, expect, it, vi } from 'vitest';
import { writable } from './platform.ts';

describe('writable (the framework-free store the shell shares with modules)', () => {
  it('tells a new listener the current value, then every change once', () => {
    const locale = writable<'th' | 'en'>('th');
    const seen = vi.fn();
    const stop = locale.subscribe(seen);
    locale.set('en');
    locale.set('en');
    locale.update((l) => (l === 'en' ? 'th' : 'en'));
    expect(seen.mock.calls.map((c) => c[0])).toEqual(['th', 'en', 'th']);
    stop();
    locale.set('en');
    expect(seen).toHaveBeenCalledTimes(3);
    expect(locale.get()).toBe('en');
  });
});
