import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '@otou/sdk';
import words from './words.ts';

// The form's own words are used by the form, its history and the list of tambons.
const sources = import.meta.glob(['../{form,history,tambons}/**/*.{ts,svelte}', '!../**/*.test.ts', '!./words.ts'], { query: '?raw', import: 'default', eager: true });

describe("the form's words", () => {
  it('has every word in Thai and English with the same placeholders, each used, none repeating a platform word', () => {
    expect(checkCatalogue(words, sources as Record<string, string>)).toEqual([]);
  });
});
