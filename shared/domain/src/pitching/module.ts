import type { ModuleManifest } from '../modules.ts';
import type { Role } from '../roles.ts';

/** Who enters, runs or judges the pitching contest: the manifest, the navigation and (once there are procedures) the server's guard. */
export const PITCHING_ROLES: Role[] = ['central_admin', 'network_admin', 'university_staff', 'tambon_coordinator', 'judge'];

/**
 * The pitching module's contract with the platform. The module's manifest spreads it (adding its version); the
 * server will guard the module's procedures with `moduleProcedure(pitchingModule)`, so the two can never disagree.
 */
export const pitchingModule = {
  name: 'pitching',
  route: '/pitching',
  labels: { th: 'ประกวด Pitching', en: 'Pitching' },
  description: {
    th: 'การประกวดแผนธุรกิจ start-up และวิสาหกิจเพื่อสังคม ระดับตำบล ภูมิภาค และประเทศ',
    en: 'Start-up and social-enterprise pitching at tambon, regional and national level',
  },
  roles: PITCHING_ROLES,
  api: { auth: '^1.0.0' },
  order: 50,
} as const satisfies Omit<ModuleManifest, 'version'>;
