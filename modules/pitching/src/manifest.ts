import { defineManifest } from '@otou/domain';
import pkg from '../package.json';

/** The pitching module's contract with the platform: route, navigation labels, who may open it, the API it needs. */
export default defineManifest({
  name: 'pitching',
  version: pkg.version,
  route: '/pitching',
  labels: { th: 'ประกวด Pitching', en: 'Pitching' },
  description: {
    th: 'การประกวดแผนธุรกิจ start-up และวิสาหกิจเพื่อสังคม ระดับตำบล ภูมิภาค และประเทศ',
    en: 'Start-up and social-enterprise pitching at tambon, regional and national level',
  },
  roles: ['central_admin', 'network_admin', 'university_staff', 'tambon_coordinator', 'judge'],
  api: 1,
  order: 50,
});
