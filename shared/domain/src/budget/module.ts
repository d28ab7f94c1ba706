import type { ModuleManifest } from '../modules.ts';
import type { Role } from '../roles.ts';

/** Who works with budgets: the server's guard, the module's manifest and the navigation all read this list. */
export const BUDGET_ROLES: Role[] = ['central_admin', 'network_admin', 'university_staff', 'tambon_coordinator'];

/**
 * The budget module's contract with the platform. The module's manifest spreads it (adding its version) and the
 * server guards every budget procedure with its roles, so the two can never disagree.
 */
export const budgetModule = {
  name: 'budget',
  route: '/budget',
  labels: { th: 'งบประมาณและความก้าวหน้า', en: 'Budget & progress' },
  description: {
    th: 'รายงานความก้าวหน้ารายเดือน แผนและผลการใช้จ่ายงบประมาณรายตำบล',
    en: 'Monthly plan-vs-actual progress reports per tambon',
  },
  roles: BUDGET_ROLES,
  api: { budget: '^1.0.0', org: '^1.0.0' },
  order: 20,
} as const satisfies Omit<ModuleManifest, 'version'>;
