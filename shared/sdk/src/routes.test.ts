import { describe, expect, it } from 'vitest';
import { defineRoutes } from './routes.ts';

const routes = defineRoutes('/budget', {
  home: '',
  tambon: 'tambon/:id',
  rollup: 'rollup/:level/:id',
  national: 'rollup/national',
  status: 'status',
});

describe('defineRoutes', () => {
  it('matches a location to its route, params and query', () => {
    expect(routes.match('/budget')).toMatchObject({ name: 'home', params: {} });
    expect(routes.match('/budget/')).toMatchObject({ name: 'home' });
    const m = routes.match('/budget/tambon/abc123', '?m=3');
    expect(m).toMatchObject({ name: 'tambon', params: { id: 'abc123' } });
    expect(m?.query.get('m')).toBe('3');
    expect(routes.match('/budget/rollup/network/n1')).toMatchObject({ name: 'rollup', params: { level: 'network', id: 'n1' } });
    expect(routes.match('/budget/rollup/national')).toMatchObject({ name: 'national' });
  });

  it('finds nothing for other paths, so the module can say "not found"', () => {
    expect(routes.match('/budget/nowhere')).toBeNull();
    expect(routes.match('/budget/tambon')).toBeNull();
    expect(routes.match('/budgetary')).toBeNull();
    expect(routes.match('/assessment')).toBeNull();
  });

  it('builds links from the same table, with the query travelling along', () => {
    expect(routes.href('home')).toBe('/budget');
    expect(routes.href('tambon', { id: 'abc' })).toBe('/budget/tambon/abc');
    expect(routes.href('tambon', { id: 'abc' }, { m: 3 })).toBe('/budget/tambon/abc?m=3');
    expect(routes.href('rollup', { level: 'university', id: 'u 1' }, { m: undefined, x: '' })).toBe('/budget/rollup/university/u%201');
    expect(routes.href('status', {}, new URLSearchParams('m=7'))).toBe('/budget/status?m=7');
  });

  it('round-trips: a built link matches back to its route', () => {
    const href = routes.href('rollup', { level: 'network', id: 'n/9' }, { m: 2 });
    const [path, search] = href.split('?');
    expect(routes.match(path!, `?${search}`)).toMatchObject({ name: 'rollup', params: { level: 'network', id: 'n/9' } });
  });

  it('refuses a link with a missing param instead of producing a dead one', () => {
    // @ts-expect-error — the type already asks for the id
    expect(() => routes.href('tambon', {})).toThrow(/needs :id/);
  });
});
