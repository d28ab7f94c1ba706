import { describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import HomeCrumb from './HomeCrumb.svelte';
import { defineRoutes } from './routes.ts';
import { ModuleHarness, moduleHarness } from './testing/harness.ts';

const routes = defineRoutes('/budget', { home: '', tambon: 'tambon/:id' });

function at(path: string, query?: Record<string, string | null>) {
  cleanup();
  history.replaceState(null, '', path);
  return render(ModuleHarness, moduleHarness().props(HomeCrumb, { routes, query }));
}

describe('HomeCrumb', () => {
  it("leads from a page back to the module's home by the module's name, keeping what it is asked to keep", () => {
    at('/budget/tambon/abc?m=3', { m: '3' });
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('/budget?m=3');
    expect(link.textContent).toMatch(/^← \S/);
    expect(screen.getByRole('navigation').getAttribute('aria-label')).toBe(link.textContent!.slice(2));
  });

  it('is not shown on the home itself', () => {
    at('/budget');
    expect(screen.queryByRole('link')).toBeNull();
  });
});
