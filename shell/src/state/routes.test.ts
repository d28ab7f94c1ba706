import { describe, expect, it } from 'vitest';
import type { RegistryEntry } from '@otou/domain';
import { resolveRoute } from './routes.ts';

const entry = (name: RegistryEntry['name'], available = true): RegistryEntry => ({
  name,
  version: '1.0.0',
  route: `/${name}`,
  labels: { th: name, en: name },
  order: 1,
  entry: `/modules/${name}/spa.js`,
  available,
  reason: available ? null : 'disabled_for_network',
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
  it('shows the admin page to module admins only', () => {
    expect(resolveRoute('/admin/modules', entries, true).kind).toBe('admin');
    expect(resolveRoute('/admin/modules', entries, false).kind).toBe('notFound');
  });
  it('shows home at the root', () => {
    expect(resolveRoute('/', [], false).kind).toBe('home');
  });
});
