import { describe, expect, it } from 'vitest';
import { budgetModule } from './budget/module.ts';
import { assessmentModule } from './assessment/module.ts';
import { employmentModule } from './employment/module.ts';
import { trainingModule } from './training/module.ts';
import { pitchingModule } from './pitching/module.ts';
import { moduleManifestSchema } from './manifestSchema.ts';
import { manifestIssueText, releaseMessages } from './releaseMessages.ts';
import { compareVersions, apiContractProblems, isRange, isVersion, SERVER_CONTRACTS } from './releases.ts';

const manifest = (api: unknown, version = '1.2.0') => ({
  name: 'budget',
  version,
  route: '/budget',
  labels: { th: 'ก', en: 'a' },
  description: { th: '', en: '' },
  roles: ['worker'],
  api,
});

describe('which server a module can run against', () => {
  it('is compatible when every router it calls is served in a version its range accepts', () => {
    expect(apiContractProblems({ budget: '^1.0.0', org: '^1.0.0' })).toEqual([]);
    expect(apiContractProblems({ registry: '>=2.0.0 <3' })).toEqual([]);
  });

  it('names each router served in a version outside the range, with what was wanted and served', () => {
    expect(apiContractProblems({ org: '^1.0.0', budget: '^2.0.0', registry: '^1.0.0' })).toEqual([
      { router: 'budget', wanted: '^2.0.0', served: '1.0.0' },
      { router: 'registry', wanted: '^1.0.0', served: '2.0.0' },
    ]);
  });

  it('names a router the server does not have with served null (e.g. a subset deployment)', () => {
    expect(apiContractProblems({ budget: '^1.0.0', training: '^1.0.0' }, { budget: '1.4.0' })).toEqual([{ router: 'training', wanted: '^1.0.0', served: null }]);
    // Not fooled by Object.prototype's names.
    expect(apiContractProblems({ toString: '^1.0.0' })).toEqual([{ router: 'toString', wanted: '^1.0.0', served: null }]);
  });

  it('a minor the server added satisfies a caret range; a newer major does not', () => {
    expect(apiContractProblems({ budget: '^1.2.0' }, { budget: '1.3.0' })).toEqual([]);
    expect(apiContractProblems({ budget: '^1.2.0' }, { budget: '1.1.9' })).toHaveLength(1);
    expect(apiContractProblems({ budget: '^1.2.0' }, { budget: '2.0.0' })).toHaveLength(1);
  });

  it('every module of the platform runs against this server', () => {
    for (const m of [budgetModule, assessmentModule, employmentModule, trainingModule, pitchingModule]) expect(apiContractProblems(m.api), m.name).toEqual([]);
  });

  it('the server serves a contract version for each of its routers', () => {
    for (const v of Object.values(SERVER_CONTRACTS)) expect(isVersion(v)).toBe(true);
  });
});

describe('versions', () => {
  it('orders by semver, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
    expect(compareVersions('1.2.0', '1.2.0')).toBe(0);
    expect(compareVersions('1.3.0-rc.1', '1.3.0')).toBe(-1);
    expect(['1.10.0', '0.9.1', '1.2.0', '1.9.0'].sort(compareVersions)).toEqual(['0.9.1', '1.2.0', '1.9.0', '1.10.0']);
  });

  it('accepts plain versions only, not a v prefix, a range or a partial version', () => {
    expect(isVersion('1.2.0')).toBe(true);
    expect(isVersion('1.3.0-rc.1')).toBe(true);
    for (const v of ['v1.2.0', '1.2', '^1.2.0', '', ' 1.2.0', 1]) expect(isVersion(v), String(v)).toBe(false);
  });

  it('ranges: semver ranges, not words', () => {
    for (const r of ['^1.0.0', '~1.2', '>=1.0.0 <3', '1.x', '1.2.3']) expect(isRange(r), r).toBe(true);
    for (const r of ['latest', '', '   ', 'one', 1]) expect(isRange(r), String(r)).toBe(false);
  });
});

describe('a manifest names the routers it calls', () => {
  it('router → range is accepted', () => {
    expect(moduleManifestSchema.safeParse(manifest({ budget: '^1.0.0', org: '~1.2.0' })).success).toBe(true);
  });

  it.each([
    ['a number, as before', 1, 'api', 'release.manifest.apiEmpty'],
    ['no router', {}, 'api', 'release.manifest.apiEmpty'],
    ['a range that is not semver', { budget: 'latest' }, 'api.budget', 'release.manifest.apiRange'],
    ['a router name that is not one', { 'Budget-API': '^1.0.0' }, 'api.Budget-API', 'release.manifest.apiRouter'],
  ])('refuses %s, at the api field, saying how to fix it', (_what, api, field, key) => {
    const r = moduleManifestSchema.safeParse(manifest(api));
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    expect(issues[0]!.field).toBe(field);
    if (api !== 1) expect(issues[0]!.message).toBe(key);
  });

  it('a build names the field and the fix in words, not a message key', () => {
    const r = moduleManifestSchema.safeParse(manifest({ budget: 'latest' }));
    expect(r.error!.issues.map((i) => manifestIssueText(i))).toEqual(['api.budget: Each api entry is a semver range, e.g. ^1.0.0']);
    expect(manifestIssueText({ path: ['route'], message: 'route must look like /budget' })).toBe('route: route must look like /budget');
  });

  it('refuses a version that is not semver with the fix', () => {
    const r = moduleManifestSchema.safeParse(manifest({ budget: '^1.0.0' }, '1.2'));
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['version', 'release.manifest.version']]);
  });
});

describe('release messages', () => {
  it('say the same things in Thai and English, with the same placeholders', () => {
    const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(releaseMessages.en).sort()).toEqual(Object.keys(releaseMessages.th).sort());
    for (const k of Object.keys(releaseMessages.th) as (keyof typeof releaseMessages.th)[]) {
      expect(placeholders(releaseMessages.en[k]), k).toEqual(placeholders(releaseMessages.th[k]));
    }
  });

  it('a republish refusal names the file to bump', () => {
    expect(releaseMessages.en['release.alreadyPublished']).toContain('modules/{module}/package.json');
    expect(releaseMessages.th['release.alreadyPublished']).toContain('modules/{module}/package.json');
  });
});
