import { describe, expect, it } from 'vitest';
import { deploymentMessages, deploymentOf, moduleList, translateDeployment, type Deployment } from './deployment.ts';

const refusal = (d: Deployment, locale: 'th' | 'en' = 'en') => (d.ok ? null : translateDeployment(locale, d.key, d.params));

describe('which modules a deployment runs', () => {
  it('runs every module when nothing is said', () => {
    expect(deploymentOf({})).toEqual({ ok: true, source: 'all', modules: ['assessment', 'budget', 'employment', 'training', 'pitching'] });
  });

  it('runs the modules the flag names, in the platform order, each once, whatever the case or spacing', () => {
    expect(deploymentOf({ flag: ' Employment, budget ,,budget' })).toEqual({ ok: true, source: 'flag', modules: ['budget', 'employment'] });
    expect(deploymentOf({ flag: 'budget employment' })).toMatchObject({ ok: true, modules: ['budget', 'employment'] });
  });

  it('prefers the flag to OTOU_MODULES, and OTOU_MODULES to deployment.json', () => {
    const file = { modules: ['training'] };
    expect(deploymentOf({ flag: 'budget', env: 'employment', file })).toMatchObject({ source: 'flag', modules: ['budget'] });
    expect(deploymentOf({ env: 'employment', file })).toMatchObject({ source: 'env', modules: ['employment'] });
    expect(deploymentOf({ file })).toMatchObject({ source: 'file', modules: ['training'] });
  });

  it('takes a blank OTOU_MODULES as not set', () => {
    expect(deploymentOf({ env: '  ', file: { modules: ['budget'] } })).toMatchObject({ ok: true, source: 'file', modules: ['budget'] });
    expect(deploymentOf({ env: '' })).toMatchObject({ ok: true, source: 'all' });
  });

  it('refuses an unknown module, naming it, where it was written and the modules that exist', () => {
    const d = deploymentOf({ flag: 'budget,payroll,Budgets' });
    expect(d.ok).toBe(false);
    expect(refusal(d)).toBe('Unknown module payroll, budgets in --modules: the modules are assessment, budget, employment, training, pitching');
    expect(refusal(deploymentOf({ env: 'hr' }), 'th')).toBe('ไม่รู้จักโมดูล hr ใน OTOU_MODULES โมดูลที่มีคือ assessment, budget, employment, training, pitching');
  });

  it('refuses a flag or a file that names no module, instead of starting a platform with nothing on it', () => {
    expect(refusal(deploymentOf({ flag: '' }))).toBe('--modules names no module: name at least one, e.g. budget,employment');
    expect(refusal(deploymentOf({ file: { modules: [] } }))).toBe('deployment.json names no module: name at least one, e.g. budget,employment');
  });

  it('refuses a deployment.json of another shape, showing the one it wants', () => {
    for (const file of [null, ['budget'], { modules: 'budget' }, { modules: ['budget', 3] }, { module: ['budget'] }]) {
      expect(refusal(deploymentOf({ file }))).toBe('deployment.json must look like { "modules": ["budget", "employment"] }');
    }
  });

  it('reads a list given as an array as well as a string', () => {
    expect(moduleList(['pitching', 'assessment'], 'file')).toEqual({ ok: true, source: 'file', modules: ['assessment', 'pitching'] });
  });

  it('has every refusal in both languages', () => {
    expect(Object.keys(deploymentMessages.en).sort()).toEqual(Object.keys(deploymentMessages.th).sort());
  });
});
