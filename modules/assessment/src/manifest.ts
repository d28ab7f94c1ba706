import { defineManifest } from '@otou/domain';
import pkg from '../package.json';

/** The assessment module's contract with the platform: route, navigation labels, who may open it, the API it needs. */
export default defineManifest({
  name: 'assessment',
  version: pkg.version,
  route: '/assessment',
  labels: { th: 'ประเมินตำบล', en: 'Tambon assessment' },
  description: {
    th: 'แบบประเมินภาพรวมตำบลตามเป้าหมาย ๑๖ ประการ และตัวชี้วัด TSI/USI/RSI',
    en: 'Tambon overview assessment against the 16 goals and the TSI/USI/RSI indicators',
  },
  roles: ['central_admin', 'network_admin', 'university_staff', 'tambon_coordinator'],
  api: 1,
  order: 10,
});
