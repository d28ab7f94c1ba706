import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '@otou/sdk';
import cycle from './cycleMessages.ts';
import messages from './messages.ts';
import staff from './staffMessages.ts';

// The monthly cycle's words are used by its features only.
const sources = import.meta.glob(['./features/{home,mine,reports,queue,certificate,dashboard,exports}/**/*.{ts,svelte}', '!./**/*.test.ts'], { query: '?raw', import: 'default', eager: true });

describe("the monthly cycle's words", () => {
  it('has every word in Thai and English with the same placeholders, each used, none repeating a platform word', () => {
    expect(checkCatalogue(cycle, sources as Record<string, string>)).toEqual([]);
  });

  it('shares no key with the module\'s or the staff pages\' catalogues, so none silently replaces a word of another', () => {
    expect(Object.keys(cycle.th).filter((k) => k in messages.th || k in staff.th)).toEqual([]);
  });
});
