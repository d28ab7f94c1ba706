import { createTranslator, type Locale, type Params } from './i18n.ts';
import { MODULE_NAMES, type ModuleName } from './modules.ts';

/**
 * Which modules a deployment runs. A network that hosts its own copy of the platform runs only the modules it
 * wants: `npm start -- --modules budget,employment`, the OTOU_MODULES environment variable, or a deployment.json
 * `{ "modules": [...] }` at the repository root — the first of these that is given wins; none means all of them.
 * The platform builds, publishes and serves only those, the shell never offers the others, and their procedures
 * answer "not deployed".
 */
export type DeploymentSource = 'flag' | 'env' | 'file' | 'all';

export interface DeploymentInput {
  /** The value of `--modules`, when the flag was given (an empty string when it had no value). */
  flag?: string | undefined;
  /** OTOU_MODULES; empty or blank counts as not set. */
  env?: string | undefined;
  /** deployment.json as parsed, when the file exists. */
  file?: unknown;
}

export type Deployment =
  | { ok: true; modules: ModuleName[]; source: DeploymentSource }
  | { ok: false; source: DeploymentSource; key: DeploymentMessageKey; params: Params };

/** How each source is named to the operator (in a refusal, in the start banner). */
export const DEPLOYMENT_SOURCE_NAMES: Record<DeploymentSource, string> = { flag: '--modules', env: 'OTOU_MODULES', file: 'deployment.json', all: 'all modules' };

const isModuleName = (n: string): n is ModuleName => (MODULE_NAMES as readonly string[]).includes(n);

/**
 * The modules a list names, in the platform's order, each once. Names are separated by commas or spaces and read
 * without regard to case; an unknown name is refused with the names that exist, and so is a list naming none.
 */
export function moduleList(names: string | readonly string[], source: Exclude<DeploymentSource, 'all'>): Deployment {
  const given = (typeof names === 'string' ? names.split(/[\s,]+/) : names).map((n) => n.trim().toLowerCase()).filter(Boolean);
  const where = DEPLOYMENT_SOURCE_NAMES[source];
  if (!given.length) return { ok: false, source, key: 'deployment.empty', params: { source: where } };
  const unknown = [...new Set(given.filter((n) => !isModuleName(n)))];
  if (unknown.length) return { ok: false, source, key: 'deployment.unknown', params: { source: where, names: unknown.join(', '), valid: MODULE_NAMES.join(', ') } };
  return { ok: true, source, modules: MODULE_NAMES.filter((m) => given.includes(m)) };
}

/** The deployment the operator asked for: the flag, else OTOU_MODULES, else deployment.json, else every module. */
export function deploymentOf(input: DeploymentInput): Deployment {
  if (input.flag !== undefined) return moduleList(input.flag, 'flag');
  if (input.env?.trim()) return moduleList(input.env, 'env');
  if (input.file !== undefined) {
    const modules = (input.file as { modules?: unknown } | null)?.modules;
    if (!Array.isArray(modules) || !modules.every((m) => typeof m === 'string')) return { ok: false, source: 'file', key: 'deployment.fileShape', params: {} };
    return moduleList(modules, 'file');
  }
  return { ok: true, source: 'all', modules: [...MODULE_NAMES] };
}

// Read only by the operator's console (the API's "not deployed" is release.notDeployed): kept out of the platform
// catalogue the shell ships.
const th = {
  'deployment.empty': '{source} ไม่ได้ระบุโมดูลใดเลย กรุณาระบุอย่างน้อยหนึ่งโมดูล เช่น budget,employment',
  'deployment.unknown': 'ไม่รู้จักโมดูล {names} ใน {source} โมดูลที่มีคือ {valid}',
  'deployment.fileShape': 'deployment.json ต้องมีรูปแบบ { "modules": ["budget", "employment"] }',
} as const;

export type DeploymentMessageKey = keyof typeof th;

const en: Record<DeploymentMessageKey, string> = {
  'deployment.empty': '{source} names no module: name at least one, e.g. budget,employment',
  'deployment.unknown': 'Unknown module {names} in {source}: the modules are {valid}',
  'deployment.fileShape': 'deployment.json must look like { "modules": ["budget", "employment"] }',
};

export const deploymentMessages: Record<Locale, Record<DeploymentMessageKey, string>> = { th, en };

export const translateDeployment = createTranslator(deploymentMessages);
