import type { ModuleManifest } from '../modules.ts';
import type { Role } from '../roles.ts';

/** Who fills in and reads the tambon assessments: the manifest, the navigation and (once there are procedures) the server's guard. */
export const ASSESSMENT_ROLES: Role[] = ['central_admin', 'network_admin', 'university_staff', 'tambon_coordinator'];

/**
 * The assessment module's contract with the platform. The module's manifest spreads it (adding its version); the
 * server will guard the module's procedures with `moduleProcedure(assessmentModule)`, so the two can never disagree.
 */
export const assessmentModule = {
  name: 'assessment',
  route: '/assessment',
  labels: { th: 'ประเมินตำบล', en: 'Tambon assessment' },
  description: {
    th: 'แบบประเมินภาพรวมตำบลตามเป้าหมาย ๑๖ ประการ และตัวชี้วัด TSI/USI/RSI',
    en: 'Tambon overview assessment against the 16 goals and the TSI/USI/RSI indicators',
  },
  roles: ASSESSMENT_ROLES,
  api: { assessment: '^1.0.0' },
  order: 10,
} as const satisfies Omit<ModuleManifest, 'version'>;
