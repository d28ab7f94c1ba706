import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '@otou/sdk';
import messages from './messages.ts';
import staff from './staffMessages.ts';

// The staff pages' words are used by their features only.
const sources = import.meta.glob(['./features/{positions,applicants,import,selection,contracts,agencies}/**/*.{ts,svelte}', '!./**/*.test.ts'], { query: '?raw', import: 'default', eager: true });

describe("the staff pages' words", () => {
  it('has every word in Thai and English with the same placeholders, each used, none repeating a platform word', () => {
    expect(checkCatalogue(staff, sources as Record<string, string>)).toEqual([]);
  });

  it('shares no key with the module catalogue, so neither silently replaces a word of the other', () => {
    expect(Object.keys(staff.th).filter((k) => k in messages.th)).toEqual([]);
  });
});
