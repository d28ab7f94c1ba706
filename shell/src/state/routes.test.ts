import { describe, expect, it } from 'vitest';
import type { RegistryEntry } from '@otou/domain';
import { resolveRoute } from './routes.ts';

const entry = (name: RegistryEntry['name'], available = true, reason: RegistryEntry['reason'] = available ? null : 'disabled_for_network'): RegistryEntry => ({
  name,
  version: '1.0.0',
  route: `/${name}`,
  labels: { th: name, en: name },
  order: 1,
  entry: `/modules/${name}/spa.js`,
  available,
  reason,
  fallback: null,
  fallbackVersion: null,
  confirmed: true,
});

describe('shell routes', () => {
  const entries = [entry('budget'), entry('pitching', false)];
  it('opens an available module at its route and below it', () => {
    expect(resolveRoute('/budget', entries, false)).toMatchObject({ kind: 'module', entry: { name: 'budget' } });
    expect(resolveRoute('/budget/reports/2564-02', entries, false)).toMatchObject({ kind: 'module', entry: { name: 'budget' } });
    expect(resolveRoute('/budget/', entries, false)).toMatchObject({ kind: 'module' });
  });
  it('shows not found for a switched-off module and for look-alike paths', () => {
    expect(resolveRoute('/pitching', entries, false)).toEqual({ kind: 'notFound', path: '/pitching' });
    expect(resolveRoute('/budgetx', entries, false).kind).toBe('notFound');
  });
  it('shows the admin pages to module admins only', () => {
    expect(resolveRoute('/admin/modules', entries, true)).toEqual({ kind: 'admin', page: 'modules' });
    expect(resolveRoute('/admin/releases/', entries, true)).toEqual({ kind: 'admin', page: 'releases' });
    expect(resolveRoute('/admin/health', entries, true)).toEqual({ kind: 'admin', page: 'health' });
    expect(resolveRoute('/admin/history', entries, false).kind).toBe('notFound');
    expect(resolveRoute('/admin/modules', entries, false).kind).toBe('notFound');
    expect(resolveRoute('/admin/nothing', entries, true).kind).toBe('notFound');
  });
  it('keeps a module whose version needs an API the server lacks at its route, for the explanation', () => {
    const list = [entry('training', false, 'api_mismatch'), entry('pitching', false, 'role_not_allowed')];
    expect(resolveRoute('/training/x', list, false)).toMatchObject({ kind: 'module', entry: { name: 'training', reason: 'api_mismatch' } });
    expect(resolveRoute('/pitching', list, false).kind).toBe('notFound');
  });
  it('shows home at the root', () => {
    expect(resolveRoute('/', [], false).kind).toBe('home');
  });
});
