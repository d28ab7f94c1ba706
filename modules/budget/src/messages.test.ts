import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '@otou/sdk';
import messages from './messages.ts';

const sources = import.meta.glob(['./**/*.{ts,svelte}', '!./**/*.test.ts', '!./messages.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

describe('the budget module\'s words', () => {
  it('every key in Thai and English with the same placeholders, every key used, no platform word repeated', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    expect(checkCatalogue(messages, sources)).toEqual([]);
  });
});
