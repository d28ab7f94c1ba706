import { defineManifest } from '@otou/domain';
import pkg from '../package.json';

/** The employment module's contract with the platform: route, navigation labels, who may open it, the API it needs. */
export default defineManifest({
  name: 'employment',
  version: pkg.version,
  route: '/employment',
  labels: { th: 'การจ้างงาน', en: 'Employment' },
  description: {
    th: 'สรรหา ทำสัญญา รายงานการปฏิบัติงาน และจ่ายค่าจ้างผู้ถูกจ้างงาน',
    en: 'Recruiting, contracts, monthly work reports and pay of hired workers',
  },
  roles: ['central_admin', 'network_admin', 'university_staff', 'tambon_coordinator', 'worker', 'agency_supervisor'],
  api: 1,
  order: 30,
});
