/** Who is who in OTOU: seven roles, each placed at one level of the hierarchy central → network → university → tambon. */
export const ROLES = [
  'central_admin',
  'network_admin',
  'university_staff',
  'tambon_coordinator',
  'worker',
  'judge',
  'agency_supervisor',
] as const;
export type Role = (typeof ROLES)[number];

export const SCOPE_LEVELS = ['central', 'network', 'university', 'tambon'] as const;
export type ScopeLevel = (typeof SCOPE_LEVELS)[number];

/** The levels each role may be placed at; the first is the usual one. */
export const ROLE_LEVELS: Record<Role, readonly ScopeLevel[]> = {
  central_admin: ['central'],
  network_admin: ['network'],
  university_staff: ['university'],
  tambon_coordinator: ['tambon'],
  worker: ['tambon'],
  judge: ['central', 'network'],
  agency_supervisor: ['university'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
