/**
 * The deployment the operator asked for, from the command line, OTOU_MODULES or deployment.json at the repository
 * root (the rule is deploymentOf in @otou/domain). `npm start` (bootstrap.mjs) runs this file to learn which modules
 * to build, and prints its refusal if the list is wrong; scripts/platform.ts imports it to start only those.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deploymentOf, localeFromHeader, translateDeployment, type DeploymentSource, type ModuleName } from '@otou/domain';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** `--modules a,b`, `--modules=a,b`, or `--modules` with nothing after it (''); undefined when not given. */
export function modulesFlag(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--modules' || a.startsWith('--modules='));
  if (i < 0) return undefined;
  const arg = argv[i]!;
  if (arg.includes('=')) return arg.slice(arg.indexOf('=') + 1);
  const next = argv[i + 1];
  return next === undefined || next.startsWith('--') ? '' : next;
}

/**
 * The modules to build and serve, and where that was said.
 * @throws Error with the operator's message (Thai unless LANG is English) when the list is wrong
 */
export function requestedDeployment(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env, root = ROOT): { modules: ModuleName[]; source: DeploymentSource } {
  const path = join(root, 'deployment.json');
  let file: unknown;
  if (existsSync(path)) {
    try {
      file = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      file = null; // refused below with the shape the file must have
    }
  }
  const d = deploymentOf({ flag: modulesFlag(argv), env: env['OTOU_MODULES'], file });
  if (!d.ok) throw new Error(translateDeployment(localeFromHeader(env['LANG']), d.key, d.params));
  return d;
}

// Run directly (by bootstrap.mjs): the modules on stdout, comma-separated, or the refusal on stderr and exit 1.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(requestedDeployment().modules.join(','));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
