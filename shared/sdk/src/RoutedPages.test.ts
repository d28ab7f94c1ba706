import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { defineRoutes } from './routes.ts';
import RoutedPages, { lazy } from './RoutedPages.svelte';
import PageProbe from './testing/PageProbe.svelte';
import { ModuleHarness, moduleHarness } from './testing/harness.ts';

const routes = defineRoutes('/budget', { home: '', tambon: 'tambon/:id', rollup: 'rollup/:level/:id', status: 'status' });

function at(path: string, pages: Record<string, unknown>) {
  history.replaceState(null, '', path);
  const h = moduleHarness();
  return render(ModuleHarness, h.props(RoutedPages, { routes, pages }));
}

describe('RoutedPages', () => {
  it("shows the route's page with the route's params as its props", () => {
    at('/budget/rollup/network/n1', { rollup: PageProbe });
    expect(screen.getByTestId('probe').textContent).toBe('level=network id=n1');
  });

  it('loads a lazy page when it is first opened', async () => {
    at('/budget/tambon/abc', { tambon: lazy(() => Promise.resolve({ default: PageProbe })) });
    expect((await screen.findByTestId('probe')).textContent).toBe('id=abc');
  });

  it('says "not found" for a path no route matches, and for a route without a page', () => {
    at('/budget/nowhere', { home: PageProbe });
    expect(screen.getByTestId('module-not-found')).toBeTruthy();
    at('/budget/status', { home: PageProbe });
    expect(screen.getAllByTestId('module-not-found')).toHaveLength(2);
  });
});
