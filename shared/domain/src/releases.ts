import semverCompare from 'semver/functions/compare.js';
import semverSatisfies from 'semver/functions/satisfies.js';
import semverValid from 'semver/functions/valid.js';
import semverValidRange from 'semver/ranges/valid.js';

/**
 * The contract version each top-level tRPC router of this server serves. A module's manifest names, per router it
 * calls, the range it was written against (`api: { budget: '^1.0.0' }`, see apiContractProblems); the registry refuses to activate a version
 * whose ranges this server does not satisfy. Bump a router's major when a change breaks its callers (registry went
 * to 2.0.0 when RegistryEntry changed shape), its minor when it only adds. A server test keeps the keys equal to
 * the appRouter's routers.
 *
 * Only the server and tests call semver: the shell reads the server's verdicts, never ranges, to keep its bytes.
 */
export const SERVER_CONTRACTS = {
  assessment: '1.0.0',
  auth: '1.0.0',
  budget: '1.0.0',
  employment: '1.0.0',
  org: '1.0.0',
  registry: '2.0.0',
  releases: '1.0.0',
} as const satisfies Record<string, string>;

export type RouterName = keyof typeof SERVER_CONTRACTS;

/** A router name as a manifest's `api` may use it: lower camel case letters, e.g. budget. */
export const ROUTER_NAME = /^[a-z][a-zA-Z]*$/;

/** One router a module needs that this server does not serve as asked; `served` null when it has no such router. */
export interface ContractProblem {
  router: string;
  wanted: string;
  served: string | null;
}

/**
 * What the server `served` lacks for a module declaring `api` (router → semver range), in router order; empty when
 * the module may run against it. A pre-release is matched only by a range that names one (semver's rule).
 */
export function apiContractProblems(api: Readonly<Record<string, string>>, served: Readonly<Record<string, string>> = SERVER_CONTRACTS): ContractProblem[] {
  const problems: ContractProblem[] = [];
  for (const router of Object.keys(api).sort()) {
    const wanted = api[router]!;
    const version = Object.hasOwn(served, router) ? served[router]! : null;
    if (version === null || !isRange(wanted) || !semverSatisfies(version, wanted)) problems.push({ router, wanted, served: version });
  }
  return problems;
}

/** True for a plain semver version as a module's package.json writes it (1.2.0, 1.3.0-rc.1), not "v1.2" nor a range. */
export function isVersion(v: unknown): v is string {
  return typeof v === 'string' && semverValid(v) === v;
}

/** True for a semver range a manifest may name (^1.0.0, >=1.2.0 <3, 1.x). */
export function isRange(r: unknown): r is string {
  return typeof r === 'string' && r.trim() !== '' && semverValidRange(r) !== null;
}

/** Semver order: negative when a is older than b, 0 when equal, positive when newer. Both must be versions. */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  return semverCompare(a, b);
}
