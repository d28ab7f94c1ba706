import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaCode, isoDay, validThaiId } from './arbitraries.ts';
import { addDays } from './days.ts';
import { activeContractConflict, eligibility, inArea, type Applicant, type ContractSpan, type ResidenceCertificate } from './eligibility.ts';

const HUAI_HAENG = '190703';
const ID = '1101700230708'; // a valid check digit
const residence: ResidenceCertificate = { areaCode: HUAI_HAENG, kind: 'headmanLetter', reference: 'สบ 0012/2564', issuedBy: 'นายสมชาย ใจดี ผู้ใหญ่บ้าน', issuedOn: '2021-01-05' };
const applicant = (a: Partial<Applicant>): Applicant => ({ nationalId: ID, idCardAreaCode: HUAI_HAENG, residence: null, ...a });

describe('eligibility for a tambon’s position', () => {
  it('by domicile on the ID card in the tambon itself', () => {
    expect(eligibility(applicant({}), HUAI_HAENG)).toEqual({ eligible: true, basis: 'domicile', missing: [] });
  });

  it('not by a domicile in the next tambon of the same district, unless the period widens the area', () => {
    const neighbour = applicant({ idCardAreaCode: '190704' });
    expect(eligibility(neighbour, HUAI_HAENG)).toEqual({ eligible: false, basis: null, missing: ['employment.eligibility.outsideArea'] });
    expect(eligibility(neighbour, HUAI_HAENG, { area: 'district' }).basis).toBe('domicile');
    expect(eligibility(applicant({ idCardAreaCode: '190803' }), HUAI_HAENG, { area: 'district' }).eligible).toBe(false);
    expect(eligibility(applicant({ idCardAreaCode: '199999' }), HUAI_HAENG, { area: 'province' }).eligible).toBe(true);
  });

  it('by a complete residence certificate in the area when the domicile is elsewhere', () => {
    expect(eligibility(applicant({ idCardAreaCode: '100101', residence }), HUAI_HAENG)).toEqual({ eligible: true, basis: 'certifiedResidence', missing: [] });
  });

  it('says what a residence certificate lacks', () => {
    const r = eligibility(applicant({ idCardAreaCode: '100101', residence: { ...residence, reference: ' ', issuedBy: '' } }), HUAI_HAENG);
    expect(r).toEqual({ eligible: false, basis: null, missing: ['employment.residence.reference', 'employment.residence.issuedBy'] });
    expect(eligibility(applicant({ idCardAreaCode: '100101', residence: { ...residence, areaCode: '190704' } }), HUAI_HAENG).missing).toEqual([
      'employment.eligibility.residenceOutsideArea',
    ]);
  });

  it('refuses a certificate dated after the decision, and takes one dated that day', () => {
    const a = applicant({ idCardAreaCode: null, residence });
    expect(eligibility(a, HUAI_HAENG, { on: '2021-01-04' }).missing).toEqual(['employment.residence.issuedLater']);
    expect(eligibility(a, HUAI_HAENG, { on: '2021-01-05' }).eligible).toBe(true);
  });

  it('asks for the domicile when none is given and there is no certificate', () => {
    expect(eligibility(applicant({ idCardAreaCode: null }), HUAI_HAENG).missing).toEqual(['employment.eligibility.noDomicile']);
  });

  it('is never given to an ID with a wrong check digit', () => {
    const bad = ID.slice(0, 12) + String((Number(ID[12]) + 1) % 10);
    expect(eligibility(applicant({ nationalId: bad }), HUAI_HAENG)).toEqual({ eligible: false, basis: null, missing: ['employment.nationalId.checksum'] });
    expect(eligibility(applicant({ nationalId: '12345' }), HUAI_HAENG).missing).toEqual(['employment.nationalId.format']);
  });

  it('property: domicile in the tambon is always eligible; outside it, never without a certificate', () => {
    fc.assert(
      fc.property(validThaiId(), areaCode(), areaCode(), (id, home, tambon) => {
        const r = eligibility({ nationalId: id, idCardAreaCode: home, residence: null }, tambon);
        expect(r.eligible).toBe(home === tambon);
        expect(r.basis).toBe(home === tambon ? 'domicile' : null);
      }),
    );
  });

  it('compares codes by prefix: province 2, district 4, tambon 6 digits', () => {
    expect(inArea('190703', '190799', 'district')).toBe(true);
    expect(inArea('190703', '190799', 'tambon')).toBe(false);
    expect(inArea('19070', '190703', 'province')).toBe(false);
  });
});

describe('activeContractConflict: one contract in force per person, nationally', () => {
  const c = (a: Partial<ContractSpan>): ContractSpan => ({ id: 'a', nationalId: ID, start: '2021-01-01', end: '2021-12-31', ...a });

  it('finds an overlap on the last day, not on the day after', () => {
    const existing = [c({})];
    expect(activeContractConflict(existing, c({ id: 'b', start: '2021-12-31', end: '2022-06-30' }))).toBe(existing[0]);
    expect(activeContractConflict(existing, c({ id: 'b', start: '2022-01-01', end: '2022-06-30' }))).toBeNull();
    expect(activeContractConflict(existing, c({ id: 'b', start: '2020-06-01', end: '2021-01-01' }))).toBe(existing[0]);
  });

  it('compares IDs as typed with dashes, ignores other people and cancelled contracts', () => {
    const dashed = '1-1017-00230-70-8';
    expect(activeContractConflict([c({ nationalId: dashed })], c({ id: 'b' }))).not.toBeNull();
    expect(activeContractConflict([c({ nationalId: '3100600123450' })], c({ id: 'b' }))).toBeNull();
    expect(activeContractConflict([c({ status: 'cancelled' })], c({ id: 'b' }))).toBeNull();
  });

  it('frees the person from the day after a resignation’s last working day', () => {
    const resigned = c({ status: 'resigned', lastWorkingDay: '2021-05-31' });
    expect(activeContractConflict([resigned], c({ id: 'b', start: '2021-06-01' }))).toBeNull();
    expect(activeContractConflict([resigned], c({ id: 'b', start: '2021-05-31' }))).toBe(resigned);
  });

  it('does not count a contract against itself when it is edited', () => {
    expect(activeContractConflict([c({})], c({ end: '2021-11-30' }))).toBeNull();
  });

  it('property: symmetric, and back-to-back contracts never conflict', () => {
    fc.assert(
      fc.property(isoDay(2020, 2023), fc.nat(400), isoDay(2020, 2023), fc.nat(400), (s1, n1, s2, n2) => {
        const a = c({ id: 'a', start: s1, end: addDays(s1, n1) });
        const b = c({ id: 'b', start: s2, end: addDays(s2, n2) });
        expect(activeContractConflict([a], b) !== null).toBe(activeContractConflict([b], a) !== null);
        expect(activeContractConflict([a], c({ id: 'b', start: addDays(a.end, 1), end: addDays(a.end, 1 + n2) }))).toBeNull();
      }),
    );
  });
});
