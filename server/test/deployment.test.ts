import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { modulesFlag, requestedDeployment } from '../scripts/deployment.ts';

// What `npm start -- --modules …`, OTOU_MODULES and deployment.json at the repository root start (no PocketBase here:
// the operator's side of a subset deployment, read before anything is built).
let root: string;
let empty: string;

beforeAll(async () => {
  [root, empty] = await Promise.all([mkdtemp(join(tmpdir(), 'otou-deployment-')), mkdtemp(join(tmpdir(), 'otou-deployment-'))]);
});

afterAll(async () => {
  await Promise.all([rm(root, { recursive: true, force: true }), rm(empty, { recursive: true, force: true })]);
});

describe('the deployment npm start asks for', () => {
  it('reads --modules as npm passes it on, with a space or an equals sign', () => {
    expect(modulesFlag(['--modules', 'budget,employment'])).toBe('budget,employment');
    expect(modulesFlag(['--modules=budget'])).toBe('budget');
    expect(modulesFlag(['--modules', '--other'])).toBe('');
    expect(modulesFlag(['--modules'])).toBe('');
    expect(modulesFlag(['start'])).toBeUndefined();
  });

  it('starts every module when nothing names a subset', () => {
    expect(requestedDeployment([], {}, empty)).toEqual({ ok: true, source: 'all', modules: ['assessment', 'budget', 'employment', 'training', 'pitching'] });
  });

  it('reads deployment.json at the root, and lets OTOU_MODULES and then the flag override it', async () => {
    await writeFile(join(root, 'deployment.json'), JSON.stringify({ modules: ['budget', 'employment'] }));
    expect(requestedDeployment([], {}, root)).toMatchObject({ source: 'file', modules: ['budget', 'employment'] });
    expect(requestedDeployment([], { OTOU_MODULES: 'training' }, root)).toMatchObject({ source: 'env', modules: ['training'] });
    expect(requestedDeployment(['--modules', 'pitching'], { OTOU_MODULES: 'training' }, root)).toMatchObject({ source: 'flag', modules: ['pitching'] });
  });

  it('refuses a deployment.json that is not JSON with the shape it wants, in the operator\'s language', async () => {
    await writeFile(join(root, 'deployment.json'), '{ modules: [budget] }');
    expect(() => requestedDeployment([], { LANG: 'en_US.UTF-8' }, root)).toThrow('deployment.json must look like { "modules": ["budget", "employment"] }');
    expect(() => requestedDeployment([], { LANG: 'th_TH.UTF-8' }, root)).toThrow('deployment.json ต้องมีรูปแบบ');
  });

  it('refuses an unknown module, naming the ones that exist', () => {
    expect(() => requestedDeployment(['--modules', 'budget,hr'], { LANG: 'en' }, empty)).toThrow(
      'Unknown module hr in --modules: the modules are assessment, budget, employment, training, pitching',
    );
  });
});
