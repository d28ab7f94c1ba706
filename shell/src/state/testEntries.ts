import type { RegistryEntry } from '@otou/domain';

/** For the shell's tests: budget 1.3.0 active for the user's network, not yet confirmed, with 1.2.0 its last good version. */
export const budgetEntry: RegistryEntry = {
  name: 'budget',
  version: '1.3.0',
  route: '/budget',
  labels: { th: 'งบประมาณ', en: 'Budget' },
  order: 1,
  entry: '/modules/budget/1.3.0/spa.js',
  fallback: '/modules/budget/1.2.0/spa.js',
  fallbackVersion: '1.2.0',
  confirmed: false,
  available: true,
  reason: null,
};
