import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGET_ROLES, budgetModule } from '@otou/domain';
import budgetManifest from '../../modules/budget/src/manifest.ts';

const MIGRATIONS = new URL('../pb_migrations/', import.meta.url);

describe('budget roles are said once', () => {
  it("the module's manifest and the server's guard use the contract's roles", () => {
    expect(budgetModule.roles).toBe(BUDGET_ROLES);
    expect([...budgetManifest.roles].sort()).toEqual([...BUDGET_ROLES].sort());
  });

  it("PocketBase's rules (which cannot import TypeScript) name exactly the same roles", () => {
    const files = readdirSync(MIGRATIONS).filter((f) => /budget/.test(f));
    let checked = 0;
    for (const f of files) {
      const text = readFileSync(new URL(f, MIGRATIONS), 'utf8');
      const rule = /const BUDGET_ROLE =\s*'([^']*)'/.exec(text);
      if (!rule) continue;
      const roles = [...rule[1]!.matchAll(/@request\.auth\.role = "(\w+)"/g)].map((m) => m[1]);
      expect(roles.sort(), f).toEqual([...BUDGET_ROLES].sort());
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});
