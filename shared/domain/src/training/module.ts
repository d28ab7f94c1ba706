import type { ModuleManifest } from '../modules.ts';
import type { Role } from '../roles.ts';

/** Who runs, attends or hosts the workers' training: the manifest, the navigation and (once there are procedures) the server's guard. */
export const TRAINING_ROLES: Role[] = ['central_admin', 'network_admin', 'university_staff', 'tambon_coordinator', 'worker', 'agency_supervisor'];

/**
 * The training module's contract with the platform. The module's manifest spreads it (adding its version); the
 * server will guard the module's procedures with `moduleProcedure(trainingModule)`, so the two can never disagree.
 */
export const trainingModule = {
  name: 'training',
  route: '/training',
  labels: { th: 'การพัฒนาทักษะ', en: 'Training' },
  description: {
    th: 'การพัฒนาทักษะ ๔ ด้านและ soft skills ของผู้ถูกจ้างงาน',
    en: 'The four skill modules and soft skills for hired workers',
  },
  roles: TRAINING_ROLES,
  api: { auth: '^1.0.0' },
  order: 40,
} as const satisfies Omit<ModuleManifest, 'version'>;
