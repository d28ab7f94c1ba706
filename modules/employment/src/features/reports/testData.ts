import type { RouterOutputs } from '@otou/server/router';

type Mine = RouterOutputs['employment']['contract']['mine'][number];

/** contract.mine for a graduate at Huai Haeng from 1 Dec 2563, on 28 Feb 2564: December accepted, January returned, February not written. */
export const workerContract = (over: Partial<Mine> = {}): Mine => ({
  id: 'c1', applicantId: 'a1', tambonId: 't1', universityId: 'u1', networkId: 'n1', agencyId: null, workerId: 'u-test',
  firstName: 'สมหญิง', lastName: 'ใจดี', nationalIdMasked: 'x-xxxx-xxxxx-12-3', type: 'graduate', start: '2020-12-01', end: '2021-11-30', rate: 15_000,
  tambon: { id: 't1', code: '190204', name_th: 'ห้วยแห้ง', name_en: 'Huai Haeng' }, university: { id: 'u1', name_th: 'จุฬาลงกรณ์มหาวิทยาลัย', name_en: 'Chulalongkorn University' }, agency: null,
  status: 'active', noticeOn: null, lastWorkingDay: null, resignReason: '', replaces: null, hasNda: false, version: 1,
  months: [{ year: 2020, month: 12 }, { year: 2021, month: 1 }, { year: 2021, month: 2 }],
  reports: [
    { id: 'r0', year: 2020, month: 12, status: 'accepted', evaluation: 'passed', version: 3, returnReason: '' },
    { id: 'r1', year: 2021, month: 1, status: 'returned', evaluation: '', version: 3, returnReason: 'ขอรายละเอียดพื้นที่ที่ลงงาน' },
  ],
  ...over,
});

/** The worker's session places: their tambon and university, which name the contract's. */
export const workerPlaces = {
  tambon: { id: 't1', code: '190204', name_th: 'ห้วยแห้ง', name_en: 'Huai Haeng', district_th: 'แก่งคอย', province_th: 'สระบุรี' },
  university: { id: 'u1', code: 'CU', name_th: 'จุฬาลงกรณ์มหาวิทยาลัย', name_en: 'Chulalongkorn University' },
};
