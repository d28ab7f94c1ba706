import { describe, expect, it } from 'vitest';
import { moduleAvailability } from './modules.ts';
import { moduleManifestSchema } from './manifestSchema.ts';

const budget = { roles: ['central_admin', 'network_admin', 'university_staff', 'tambon_coordinator'] as const, api: { budget: '^1.0.0', org: '^1.0.0' } };

describe('which modules a user gets', () => {
  it('enabled for the network and allowed for the role', () => {
    expect(moduleAvailability({ ...budget, roles: [...budget.roles] }, { role: 'university_staff', level: 'university' }, true)).toBeNull();
  });
  it('disabled for the network hides it from the network\'s users but not from central', () => {
    const m = { ...budget, roles: [...budget.roles] };
    expect(moduleAvailability(m, { role: 'university_staff', level: 'university' }, false)).toBe('disabled_for_network');
    expect(moduleAvailability(m, { role: 'central_admin', level: 'central' }, false)).toBeNull();
  });
  it('a role the module does not serve never sees it', () => {
    expect(moduleAvailability({ ...budget, roles: [...budget.roles] }, { role: 'worker', level: 'tambon' }, true)).toBe('role_not_allowed');
  });
  it('a module needing a router contract this server does not serve is held back', () => {
    expect(moduleAvailability({ roles: ['worker'], api: { budget: '^2.0.0' } }, { role: 'worker', level: 'tambon' }, true)).toBe('api_mismatch');
    expect(moduleAvailability({ roles: ['worker'], api: { budget: '^1.0.0' } }, { role: 'worker', level: 'tambon' }, true, { budget: '2.0.0' })).toBe('api_mismatch');
    expect(moduleAvailability({ roles: ['worker'], api: { budget: '^1.0.0' } }, { role: 'worker', level: 'tambon' }, true)).toBeNull();
  });
  it('rejects a manifest with a bad route or version, naming the field', () => {
    const r = moduleManifestSchema.safeParse({ name: 'budget', version: 'one', route: 'budget', labels: { th: 'ก', en: 'a' }, description: { th: '', en: '' }, roles: ['worker'], api: { budget: '^1.0.0' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(['route', 'version']);
  });
});
