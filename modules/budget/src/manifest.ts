import { defineManifest } from '@otou/domain';
import pkg from '../package.json';

/** The budget module's contract with the platform: route, navigation labels, who may open it, the API it needs. */
export default defineManifest({
  name: 'budget',
  version: pkg.version,
  route: '/budget',
  labels: { th: 'งบประมาณและความก้าวหน้า', en: 'Budget & progress' },
  description: {
    th: 'รายงานความก้าวหน้ารายเดือน แผนและผลการใช้จ่ายงบประมาณรายตำบล',
    en: 'Monthly plan-vs-actual progress reports per tambon',
  },
  roles: ['central_admin', 'network_admin', 'university_staff', 'tambon_coordinator'],
  api: 1,
  order: 20,
});
