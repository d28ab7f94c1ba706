import { describe, expect, it } from 'vitest';
import { dashboardTarget, drillQuery } from './target.ts';

const q = (s: string) => new URLSearchParams(s);

describe('dashboardTarget', () => {
  it('shows the level a person oversees when they have not drilled down', () => {
    expect(dashboardTarget(q(''), { level: 'central' })).toEqual({ level: 'national' });
    expect(dashboardTarget(q('?r=r1'), { level: 'network', networkId: 'n1' })).toEqual({ level: 'network', id: 'n1' });
    expect(dashboardTarget(q(''), { level: 'university', networkId: 'n1', universityId: 'u1' })).toEqual({ level: 'university', id: 'u1' });
    expect(dashboardTarget(q(''), { level: 'tambon', tambonId: 't1' })).toBeNull();
  });

  it('follows a drill-down: a university inside a network shows the university', () => {
    expect(dashboardTarget(q('?n=n1'), { level: 'central' })).toEqual({ level: 'network', id: 'n1' });
    expect(dashboardTarget(q('?n=n1&u=u2'), { level: 'central' })).toEqual({ level: 'university', id: 'u2' });
  });
});

describe('drillQuery', () => {
  it('keeps the round and basis, and the network a university was reached from', () => {
    expect(drillQuery(q('?r=r2&b=provisional'), 'network', 'n1')).toEqual({ r: 'r2', b: 'provisional', n: 'n1', u: null });
    expect(drillQuery(q('?r=r2&n=n1'), 'university', 'u3')).toEqual({ r: 'r2', b: null, n: 'n1', u: 'u3' });
  });
});
