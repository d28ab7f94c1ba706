import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '@otou/sdk';
import formWords from './features/form/words.ts';
import messages, { pageWords } from './messages.ts';

const sources = import.meta.glob(['./**/*.{ts,svelte}', '!./**/*.test.ts', '!./messages.ts', '!./features/form/words.ts'], { query: '?raw', import: 'default', eager: true });

describe('the module\'s words', () => {
  it('has every word in Thai and English with the same placeholders, each used, none repeating a platform word', () => {
    expect(checkCatalogue(messages, sources as Record<string, string>)).toEqual([]);
  });

  it('merges the form\'s words without one catalogue silently replacing a word of the other', () => {
    expect(Object.keys(pageWords.th).filter((k) => k in formWords.th)).toEqual([]);
  });
});
