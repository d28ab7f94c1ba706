import { defineManifest } from '@otou/domain';
import pkg from '../package.json';

/** The training module's contract with the platform: route, navigation labels, who may open it, the API it needs. */
export default defineManifest({
  name: 'training',
  version: pkg.version,
  route: '/training',
  labels: { th: 'การพัฒนาทักษะ', en: 'Training' },
  description: {
    th: 'การพัฒนาทักษะ ๔ ด้านและ soft skills ของผู้ถูกจ้างงาน',
    en: 'The four skill modules and soft skills for hired workers',
  },
  roles: ['central_admin', 'network_admin', 'university_staff', 'tambon_coordinator', 'worker', 'agency_supervisor'],
  api: 1,
  order: 40,
});
