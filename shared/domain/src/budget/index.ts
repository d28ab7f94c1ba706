export * from './lines.ts';
export * from './math.ts';
export * from './period.ts';
export * from './validation.ts';
export * from './window.ts';
export * from './deckExample.ts';
export * from './permissions.ts';
