export * from './problem.ts';
export * from './messages.ts';
export * from './tier.ts';
export * from './rounds.ts';
export * from './carry.ts';
export * from './movement.ts';
export * from './permissions.ts';
