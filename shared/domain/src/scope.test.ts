import { describe, expect, it } from 'vitest';
import { canManageModulesOf, canSee, placementProblem, type ScopedUser } from './scope.ts';

const huaiHaeng = { networkId: 'n-central-upper', universityId: 'u-chula', tambonId: 't-190204' };
const otherTambonSameUni = { networkId: 'n-central-upper', universityId: 'u-chula', tambonId: 't-190205' };
const otherUni = { networkId: 'n-central-upper', universityId: 'u-tu', tambonId: 't-130101' };
const otherNetwork = { networkId: 'n-north-upper', universityId: 'u-cmu', tambonId: 't-500101' };

const user = (role: ScopedUser['role'], placement: ScopedUser['placement']): ScopedUser => ({ role, placement });
const central = user('central_admin', { level: 'central' });
const network = user('network_admin', { level: 'network', networkId: 'n-central-upper' });
const university = user('university_staff', { level: 'university', networkId: 'n-central-upper', universityId: 'u-chula' });
const coordinator = user('tambon_coordinator', { level: 'tambon', ...huaiHaeng });

describe('who sees what', () => {
  it('central sees every tambon', () => {
    for (const t of [huaiHaeng, otherUni, otherNetwork]) expect(canSee(central, t)).toBe(true);
  });
  it('a network sees its own universities only', () => {
    expect([huaiHaeng, otherUni, otherNetwork].map((t) => canSee(network, t))).toEqual([true, true, false]);
  });
  it('a university sees its own tambons only', () => {
    expect([huaiHaeng, otherTambonSameUni, otherUni, otherNetwork].map((t) => canSee(university, t))).toEqual([true, true, false, false]);
  });
  it('a tambon coordinator sees their tambon only', () => {
    expect([huaiHaeng, otherTambonSameUni].map((t) => canSee(coordinator, t))).toEqual([true, false]);
  });
  it('a university-level record is not visible to a tambon coordinator', () => {
    expect(canSee(coordinator, { networkId: 'n-central-upper', universityId: 'u-chula' })).toBe(false);
  });
  it('a placement with no ids sees nothing below central', () => {
    expect(canSee(user('university_staff', { level: 'university' }), huaiHaeng)).toBe(false);
  });
});

describe('who switches modules on and off', () => {
  it('the central admin for any network; a network admin for their own only', () => {
    expect(canManageModulesOf(central, 'n-north-upper')).toBe(true);
    expect(canManageModulesOf(network, 'n-central-upper')).toBe(true);
    expect(canManageModulesOf(network, 'n-north-upper')).toBe(false);
    expect(canManageModulesOf(university, 'n-central-upper')).toBe(false);
  });
});

describe('placements', () => {
  it('rejects a role at the wrong level and incomplete placements', () => {
    expect(placementProblem('network_admin', { level: 'university', universityId: 'u', networkId: 'n' })).toMatch(/cannot be placed/);
    expect(placementProblem('tambon_coordinator', { level: 'tambon', networkId: 'n' })).toMatch(/needs a tambon/);
    expect(placementProblem('judge', { level: 'network', networkId: 'n' })).toBeNull();
  });
});
