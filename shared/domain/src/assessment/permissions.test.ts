import { describe, expect, it } from 'vitest';
import type { ScopedUser } from '../scope.ts';
import { canApproveAssessment, canAssess, canGrantAssessmentException, canManageRounds, canReadAssessment, canReopenRsi, canReopenUsi, canReportRsi, canReportUsi } from './permissions.ts';

const central: ScopedUser = { role: 'central_admin', placement: { level: 'central' } };
const netAdmin: ScopedUser = { role: 'network_admin', placement: { level: 'network', networkId: 'n1' } };
const otherNetAdmin: ScopedUser = { role: 'network_admin', placement: { level: 'network', networkId: 'n2' } };
const staff: ScopedUser = { role: 'university_staff', placement: { level: 'university', networkId: 'n1', universityId: 'u1' } };
const otherStaff: ScopedUser = { role: 'university_staff', placement: { level: 'university', networkId: 'n1', universityId: 'u2' } };
const coordinator: ScopedUser = { role: 'tambon_coordinator', placement: { level: 'tambon', networkId: 'n1', universityId: 'u1', tambonId: 't1' } };
const worker: ScopedUser = { role: 'worker', placement: { level: 'tambon', networkId: 'n1', universityId: 'u1', tambonId: 't1' } };
const t1 = { networkId: 'n1', universityId: 'u1', tambonId: 't1' };
const t2 = { networkId: 'n1', universityId: 'u1', tambonId: 't2' };

describe('who does what with assessments', () => {
  it('the staff of the tambon’s university fill in and approve its form; nobody else does', () => {
    expect(canAssess(staff, t1)).toBe(true);
    expect(canApproveAssessment(staff, t1)).toBe(true);
    for (const u of [central, netAdmin, otherStaff, coordinator, worker]) {
      expect(canAssess(u, t1)).toBe(false);
      expect(canApproveAssessment(u, t1)).toBe(false);
    }
  });
  it('tambon coordinators read their own tambon only; workers read nothing', () => {
    expect(canReadAssessment(coordinator, t1)).toBe(true);
    expect(canReadAssessment(coordinator, t2)).toBe(false);
    expect(canReadAssessment(worker, t1)).toBe(false);
    expect(canReadAssessment(netAdmin, t2)).toBe(true);
    expect(canReadAssessment(otherNetAdmin, t1)).toBe(false);
    expect(canReadAssessment(central, t1)).toBe(true);
  });
  it('USI is reported by that university’s staff and reopened by its network’s admins', () => {
    expect(canReportUsi(staff, 'u1')).toBe(true);
    expect(canReportUsi(staff, { universityId: 'u1' })).toBe(true);
    expect(canReportUsi(otherStaff, 'u1')).toBe(false);
    expect(canReportUsi(netAdmin, 'u1')).toBe(false);
    expect(canReopenUsi(netAdmin, 'n1')).toBe(true);
    expect(canReopenUsi(otherNetAdmin, { networkId: 'n1' })).toBe(false);
    expect(canReopenUsi(staff, 'n1')).toBe(false);
  });
  it('RSI is reported by the network’s admins and reopened by the central office', () => {
    expect(canReportRsi(netAdmin, 'n1')).toBe(true);
    expect(canReportRsi(otherNetAdmin, 'n1')).toBe(false);
    expect(canReportRsi(central, 'n1')).toBe(false);
    expect(canReopenRsi(central)).toBe(true);
    expect(canReopenRsi(netAdmin)).toBe(false);
  });
  it('rounds, thresholds and late exceptions belong to the central office', () => {
    expect(canManageRounds(central)).toBe(true);
    expect(canGrantAssessmentException(central)).toBe(true);
    for (const u of [netAdmin, staff, coordinator]) {
      expect(canManageRounds(u)).toBe(false);
      expect(canGrantAssessmentException(u)).toBe(false);
    }
  });
  it('an empty id never matches a user placed without one', () => {
    const loose: ScopedUser = { role: 'university_staff', placement: { level: 'university' } };
    expect(canAssess(loose, { networkId: 'n1' })).toBe(false);
    expect(canReportUsi(loose, '')).toBe(false);
  });
});
