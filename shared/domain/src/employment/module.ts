import type { ModuleManifest } from '../modules.ts';
import type { Role } from '../roles.ts';

/** Who hires, is hired or supervises hired workers: the manifest, the navigation and (once there are procedures) the server's guard. */
export const EMPLOYMENT_ROLES: Role[] = ['central_admin', 'network_admin', 'university_staff', 'tambon_coordinator', 'worker', 'agency_supervisor'];

/**
 * The employment module's contract with the platform. The module's manifest spreads it (adding its version); the
 * server will guard the module's procedures with `moduleProcedure(employmentModule)`, so the two can never disagree.
 */
export const employmentModule = {
  name: 'employment',
  route: '/employment',
  labels: { th: 'การจ้างงาน', en: 'Employment' },
  description: {
    th: 'สรรหา ทำสัญญา รายงานการปฏิบัติงาน และจ่ายค่าจ้างผู้ถูกจ้างงาน',
    en: 'Recruiting, contracts, monthly work reports and pay of hired workers',
  },
  roles: EMPLOYMENT_ROLES,
  api: { employment: '^1.0.0', budget: '^1.0.0', org: '^1.0.0' },
  order: 30,
} as const satisfies Omit<ModuleManifest, 'version'>;
