import { defineManifest, ROLES } from '@otou/domain';
import pkg from '../package.json';

/**
 * Released in the pitching module's place by the svelte-minor story only (as a team would release its module
 * built with another Svelte), then the real pitching module is released back. Never registered for real users.
 */
export default defineManifest({
  name: 'pitching',
  version: pkg.version,
  route: '/pitching',
  labels: { th: 'โมดูลทดสอบ Svelte อีกรุ่น', en: 'Another Svelte minor' },
  description: { th: 'โมดูลทดสอบสำหรับการทดสอบแบบครบวงจร', en: 'A fixture for the end-to-end tests' },
  roles: [...ROLES],
  api: { auth: '^1.0.0' },
  order: 50,
});
