import { describe, expect, it } from 'vitest';
import type { ModuleName, ModuleRuntime } from '@otou/domain';
import { importMapOf } from '../src/services/registry.ts';
import { MANIFESTS, usePlatform } from './harness.ts';

const p = usePlatform();
/** The version of a module switch as the switchboard shows it, which a switch names (issue 7: no lost update). */
const versionOf = async (caller: ReturnType<typeof p.caller>, networkId: string, module: 'pitching' | 'training' | 'budget') =>
  (await caller.registry.matrix()).rows.find((r) => r.network.id === networkId)!.modules[module].version;
const names = (entries: { name: string; available: boolean }[]) => entries.filter((e) => e.available).map((e) => e.name);

describe('module registry', () => {
  it('gives a university user the modules their network enabled, in navigation order, with entries', async () => {
    const reg = await p.caller(await p.login('staff.cu@otou.demo')).registry.forMe();
    // The Upper Central network has switched training off in the demo.
    expect(names(reg)).toEqual(['assessment', 'budget', 'employment', 'pitching']);
    expect(reg.find((e) => e.name === 'training')?.reason).toBe('disabled_for_network');
    expect(reg.find((e) => e.name === 'budget')).toMatchObject({ route: '/budget', entry: '/modules/budget/spa.js?v=0.1.0', labels: { th: 'งบประมาณและความก้าวหน้า' } });
  });

  it('filters by role: a worker gets employment and not budget; a judge gets pitching', async () => {
    expect(names(await p.caller(await p.login('worker.huaihaeng@otou.demo')).registry.forMe())).toEqual(['employment']);
    expect(names(await p.caller(await p.login('judge@otou.demo')).registry.forMe())).toEqual(['pitching']);
  });

  it('central admin switches pitching off for a network and its users lose it on their next call', async () => {
    const central = p.caller(await p.login('central@otou.demo'));
    const staff = p.caller(await p.login('staff.cu@otou.demo'));
    const me = await staff.auth.me();
    const uc = me.placement.networkId!;
    await central.registry.setEnabled({ networkId: uc, module: 'pitching', enabled: false, version: await versionOf(central, uc, 'pitching') });
    expect(names(await staff.registry.forMe())).not.toContain('pitching');
    // Central still oversees it.
    expect(names(await central.registry.forMe())).toContain('pitching');
    await central.registry.setEnabled({ networkId: uc, module: 'pitching', enabled: true, version: await versionOf(central, uc, 'pitching') });
    expect(names(await staff.registry.forMe())).toContain('pitching');
  });

  it('a network admin manages their own network only', async () => {
    const uc = p.caller(await p.login('network.uc@otou.demo'));
    const matrix = await uc.registry.matrix();
    expect(matrix.rows.map((r) => r.network.code)).toEqual(['UC']);
    expect(matrix.rows[0]!.modules.training).toMatchObject({ enabled: false, changed: null });
    const ucId = matrix.rows[0]!.network.id;
    await uc.registry.setEnabled({ networkId: ucId, module: 'training', enabled: true, version: matrix.rows[0]!.modules.training.version });
    const after = (await uc.registry.matrix()).rows[0]!.modules;
    expect(after.training.enabled).toBe(true);
    // The switchboard shows when an administrator last changed a switch.
    expect(after.training.changed).toMatch(/^\d{4}-\d\d-\d\dT/); // ISO, as every date the browser gets
    expect(Date.parse(after.training.changed!)).toBeGreaterThan(Date.now() - 60_000);
    expect(after.budget.changed).toBeNull();

    const all = await p.caller(await p.login('central@otou.demo')).registry.matrix();
    expect(all.rows).toHaveLength(9);
    const un = all.rows.find((r) => r.network.code === 'UN')!;
    await expect(uc.registry.setEnabled({ networkId: un.network.id, module: 'budget', enabled: false, version: un.modules.budget.version })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'error.moduleAdminOwnNetwork',
    });
    expect((await p.caller(await p.login('central@otou.demo')).registry.matrix()).rows.find((r) => r.network.code === 'UN')!.modules.budget.enabled).toBe(true);
  });

  it('university staff may not open the switchboard', async () => {
    await expect(p.caller(await p.login('staff.cu@otou.demo')).registry.matrix()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the import map the shell gets', () => {
  const V = '/vendor/svelte@5.57.3';
  const platform = {
    versions: { svelte: '5.57.3', '@otou/sdk': '0.1.0+aaaaaaaa' },
    imports: { svelte: `${V}/index.js`, 'svelte/internal/client': `${V}/internal/client.js`, '@otou/sdk': `${V}/@otou/sdk@0.1.0+aaaaaaaa/index.js` },
  };
  const release = (name: ModuleName, runtime: ModuleRuntime | undefined, entry = `/modules/${name}/spa.js`) => ({
    manifest: { ...MANIFESTS.find((m) => m.name === name)!, ...(runtime ? { runtime } : {}) },
    entry,
  });

  it('shares the platform runtime with every module built against it: no scopes', () => {
    const map = importMapOf([release('budget', platform), release('training', platform)], platform);
    expect(map.imports).toMatchObject({ ...platform.imports, '@otou/budget': '/modules/budget/spa.js?v=0.1.0' });
    expect(map.scopes).toEqual({});
  });

  it('gives a module built with another Svelte its own copy of everything that imports Svelte, by scope', () => {
    const W = '/vendor/svelte@5.56.10';
    const other = {
      versions: { svelte: '5.56.10', '@otou/sdk': '0.1.0+bbbbbbbb' },
      imports: { svelte: `${W}/index.js`, 'svelte/internal/client': `${W}/internal/client.js`, '@otou/sdk': `${W}/@otou/sdk@0.1.0+bbbbbbbb/index.js` },
    };
    const map = importMapOf([release('budget', platform), release('pitching', other, '/modules/svelte-minor/spa.js?x=1')], platform);
    expect(map.imports['svelte/internal/client']).toBe(`${V}/internal/client.js`);
    expect(map.scopes['/modules/svelte-minor/']).toEqual(other.imports);
    // The copy's SDK (and Svelte's own files) resolve Svelte to the copy: scopes match the importing file's URL.
    expect(map.scopes[`${W}/@otou/sdk@0.1.0+bbbbbbbb/`]).toEqual(other.imports);
    expect(map.scopes[`${W}/`]).toEqual(other.imports);
    expect(map.scopes['/modules/budget/']).toBeUndefined();
  });

  it('names the version the network runs, and scopes every other version a page may load by its URL', () => {
    // Upper Central runs training 0.3.0 (built against an older SDK); this page is for a network on 0.2.0, whose
    // registry entry may still name 0.3.0's URL (a stale cookie) or fall back to it: its scope must be there.
    const older = { versions: { ...platform.versions, '@otou/sdk': '0.1.0+cccccccc' }, imports: { ...platform.imports, '@otou/sdk': `${V}/@otou/sdk@0.1.0+cccccccc/index.js` } };
    const v2 = { manifest: { ...release('training', platform).manifest, version: '0.2.0' }, entry: '/modules/training/0.2.0/spa.js' };
    const v3 = { manifest: { ...release('training', older).manifest, version: '0.3.0' }, entry: '/modules/training/0.3.0/spa.js' };
    const map = importMapOf([v2], platform, [v3]);
    // A published version's path carries its version: no query to bust caches.
    expect(map.imports['@otou/training']).toBe('/modules/training/0.2.0/spa.js');
    expect(map.scopes).toEqual({
      '/modules/training/0.3.0/': { '@otou/sdk': `${V}/@otou/sdk@0.1.0+cccccccc/index.js` },
      [`${V}/@otou/sdk@0.1.0+cccccccc/`]: older.imports,
    });
  });

  it('scopes only what differs when a module was built against an older SDK with the same Svelte', () => {
    const older = { versions: { ...platform.versions, '@otou/sdk': '0.1.0+cccccccc' }, imports: { ...platform.imports, '@otou/sdk': `${V}/@otou/sdk@0.1.0+cccccccc/index.js` } };
    const map = importMapOf([release('training', older)], platform);
    expect(map.scopes).toEqual({
      '/modules/training/': { '@otou/sdk': `${V}/@otou/sdk@0.1.0+cccccccc/index.js` },
      [`${V}/@otou/sdk@0.1.0+cccccccc/`]: older.imports,
    });
  });
});
