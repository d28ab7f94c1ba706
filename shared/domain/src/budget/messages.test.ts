import { describe, expect, it } from 'vitest';
import { platformMessages } from '../i18n.ts';
import { budgetMessages, isBudgetMessageKey, translateBudget } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the budget module's server-raised catalogue", () => {
  it('has every key in Thai and English with the same placeholders', () => {
    expect(Object.keys(budgetMessages.en).sort()).toEqual(Object.keys(budgetMessages.th).sort());
    for (const [key, th] of Object.entries(budgetMessages.th)) {
      expect(placeholders(budgetMessages.en[key as keyof typeof budgetMessages.en]), key).toEqual(placeholders(th));
      expect(th.trim(), key).not.toBe('');
    }
  });

  it('owns the budget messages: the platform catalogue keeps none', () => {
    expect(Object.keys(platformMessages.th).filter((k) => k.startsWith('budget.'))).toEqual([]);
    expect(Object.keys(budgetMessages.th).every((k) => k.startsWith('budget.'))).toBe(true);
  });

  it('translates with the locale number format', () => {
    expect(isBudgetMessageKey('budget.overspend')).toBe(true);
    expect(isBudgetMessageKey('error.forbidden')).toBe(false);
    expect(translateBudget('en', 'budget.overspend', { line: '2.4', spent: 90_000, budget: 80_000, over: 10_000 })).toBe(
      'Line 2.4 would spend THB 90,000 in all, THB 10,000 over its budget of THB 80,000; check the actuals',
    );
  });
});
