import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '@otou/sdk';
import messages from './messages.ts';

const sources = import.meta.glob(['./**/*.{ts,svelte}', '!./**/*.test.ts', '!./messages.ts'], { query: '?raw', import: 'default', eager: true });

describe('the module\'s words', () => {
  it('has every word in Thai and English with the same placeholders, each used, none repeating a platform word', () => {
    expect(checkCatalogue(messages, sources as Record<string, string>)).toEqual([]);
  });
});
