import { describe, expect, it } from 'vitest';
import { chosenBasis, chosenMonth, keptQuery, routes } from './routes.ts';

describe('budget routes', () => {
  it('a drill-down link carries the chosen month, and the page reads it back', () => {
    const href = routes.href('tambon', { id: 'abc' }, { m: 2 });
    expect(href).toBe('/budget/tambon/abc?m=2');
    const [path, search] = href.split('?');
    const m = routes.match(path!, `?${search}`);
    expect(m?.name).toBe('tambon');
    expect(chosenMonth(m!.query)).toBe(2);
  });

  it('a roll-up is national, or a network\'s or university\'s', () => {
    expect(routes.match('/budget/rollup/national')?.name).toBe('national');
    expect(routes.match('/budget/rollup/university/u1')).toMatchObject({ name: 'rollup', params: { level: 'university', id: 'u1' } });
  });

  it('ignores a month that is not one', () => {
    for (const q of ['?m=0', '?m=x', '?m=1.5', '', '?m=99']) expect(chosenMonth(new URLSearchParams(q))).toBeUndefined();
  });

  it('a drill-down keeps provisional figures provisional, and approved ones leave the address clean', () => {
    const provisional = routes.href('rollup', { level: 'university', id: 'u1' }, keptQuery(3, 'provisional'));
    expect(provisional).toBe('/budget/rollup/university/u1?m=3&b=provisional');
    expect(chosenBasis(routes.match('/budget/rollup/university/u1', '?m=3&b=provisional')!.query)).toBe('provisional');
    expect(routes.href('tambon', { id: 'abc' }, keptQuery(3, 'approved'))).toBe('/budget/tambon/abc?m=3');
    for (const q of ['', '?b=all', '?b=approved']) expect(chosenBasis(new URLSearchParams(q))).toBe('approved');
  });
});
