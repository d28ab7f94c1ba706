import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRPCError } from '@trpc/server';
import type { ModuleManifest } from '@otou/domain';
import { createContextFor } from '../src/context.ts';
import { describeError } from '../src/errors.ts';
import { appRouter } from '../src/routers/_app.ts';
import { createCallerFactory } from '../src/trpc.ts';
import { createPlatformServer, listen } from '../src/http.ts';
import { publishVersion } from '../src/services/releases.ts';
import { FAILURES_PER_HOUR } from '../src/services/releaseHealth.ts';
import { MANIFESTS, usePlatform } from './harness.ts';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';

/**
 * Choosing which published version of a module runs where, on a real PocketBase: a canary network on the new
 * version while the others stay on the old one (in the registry and in the page's import map), refusals (a stale
 * counter, another network, the default, a contract the server doesn't serve), a rollback with its reason in the
 * history, and what browsers report (failures on the health page, a version that mounted becoming the last good).
 * The tests run in order on one platform: each starts where the one before left off.
 */
const p = usePlatform();
let dir: string;
let server: Server;
let base = '';
const t: Record<string, string> = {};
const ids: Record<'uc' | 'un', string> = { uc: '', un: '' };

const budget = MANIFESTS.find((m) => m.name === 'budget')!;

/** Publishes budget at `version` from a tiny build of its own, as `pnpm release` does from modules/budget/dist. */
async function publish(version: string, api: ModuleManifest['api'] = budget.api) {
  const dist = await mkdtemp(join(dir, `budget-${version}-`));
  await writeFile(join(dist, 'manifest.json'), JSON.stringify({ ...budget, version, api }));
  await writeFile(join(dist, 'spa.js'), `export const mount = async () => {}; export const unmount = async () => {}; // ${version}`);
  await publishVersion({ admin: p.admin, releasesDir: join(dir, 'releases'), distDir: dist });
}

const caller = (who: string, locale: 'th' | 'en' = 'en') => p.caller(t[who], locale);
const failureOf = (e: unknown) => {
  expect(e).toBeInstanceOf(TRPCError);
  return e as TRPCError;
};
const refusal = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('the call was refused'), failureOf);
const budgetEntry = async (who: string) => (await caller(who).registry.forMe()).find((e) => e.name === 'budget')!;
const stateOf = async (who: string) => (await caller(who).releases.state()).find((m) => m.name === 'budget')!;
const networkState = async (who: string, network: 'uc' | 'un') => (await stateOf(who)).networks.find((n) => n.networkId === ids[network])!;

/** The shell's page as a browser of a network (the otou-network cookie) gets it for a path. */
async function page(path: string, network?: 'uc' | 'un') {
  const html = await (await fetch(`${base}${path}`, network ? { headers: { cookie: `otou-network=${ids[network]}` } } : {})).text();
  const map = JSON.parse(/<script type="overridable-importmap">([\s\S]*?)<\/script>/.exec(html)![1]!) as { imports: Record<string, string> };
  return { budget: map.imports['@otou/budget'], preloads: [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]) };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'otou-releases-'));
  for (const [who, email] of [
    ['central', 'central@otou.demo'],
    ['uc', 'network.uc@otou.demo'],
    ['un', 'network.un@otou.demo'],
    ['staffUc', 'staff.cu@otou.demo'],
    ['staffUn', 'staff.cmu@otou.demo'],
  ] as const)
    t[who] = await p.login(email);
  ids.uc = (await caller('staffUc').auth.me()).placement.networkId!;
  ids.un = (await caller('staffUn').auth.me()).placement.networkId!;
  expect(ids.uc).not.toBe(ids.un);
  await mkdir(join(dir, 'shell'), { recursive: true });
  await writeFile(join(dir, 'shell', 'index.html'), '<!doctype html><html><head><script type="overridable-importmap">{}</script></head><body></body></html>');
  server = createPlatformServer({ pbUrl: p.pb.url, superuser: p.pb.superuser, shellDist: join(dir, 'shell') });
  base = `http://127.0.0.1:${await listen(server)}`;
  await publish('1.0.0');
  await publish('1.1.0');
});

afterAll(async () => {
  server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('module releases per network', () => {
  it('a canary: one network on 1.1.0, the others on 1.0.0 — in the registry and in the page each browser gets', async () => {
    // The first published version became the default for every network.
    const before = await stateOf('central');
    expect(before.networks).toHaveLength(9);
    expect(before.default).toEqual({ version: '1.0.0', settingVersion: 0 });
    // Upper Central's admin tries 1.1.0 in their network only.
    const uc = await networkState('uc', 'uc');
    expect(uc).toMatchObject({ active: '1.0.0', own: false });
    const done = await caller('uc').releases.activate({ module: 'budget', networkId: ids.uc, version: '1.1.0', reason: 'canary in Upper Central', expected: uc.settingVersion });
    expect(done).toMatchObject({ kind: 'activate', from: '1.0.0', to: '1.1.0' });

    // A user of Upper Central gets 1.1.0, with 1.0.0 (what their network ran before) to fall back on.
    expect(await budgetEntry('staffUc')).toMatchObject({
      version: '1.1.0',
      entry: '/modules/budget/1.1.0/spa.js',
      fallback: '/modules/budget/1.0.0/spa.js',
      fallbackVersion: '1.0.0',
      confirmed: false,
      available: true,
    });
    // A user of Upper North stays on 1.0.0.
    expect(await budgetEntry('staffUn')).toMatchObject({ version: '1.0.0', entry: '/modules/budget/1.0.0/spa.js', available: true });
    // The central admin sees the canary as "Upper Central on 1.1.0, the others 1.0.0".
    const after = await stateOf('central');
    expect(after.default.version).toBe('1.0.0');
    expect(after.networks.filter((n) => n.active === '1.1.0').map((n) => n.code)).toEqual(['UC']);
    expect(after.networks.find((n) => n.networkId === ids.uc)).toMatchObject({ own: true, lastGood: '1.0.0' });

    // The page: the import map names the version of the browser's network, and the module the path is under is
    // preloaded at that version. Without the cookie (before sign-in), the defaults.
    expect(await page('/budget/plan', 'uc')).toEqual({ budget: '/modules/budget/1.1.0/spa.js', preloads: ['/modules/budget/1.1.0/spa.js'] });
    expect(await page('/budget', 'un')).toEqual({ budget: '/modules/budget/1.0.0/spa.js', preloads: ['/modules/budget/1.0.0/spa.js'] });
    expect(await page('/budget')).toEqual({ budget: '/modules/budget/1.0.0/spa.js', preloads: ['/modules/budget/1.0.0/spa.js'] });
    expect((await page('/', 'uc')).preloads).toEqual([]);
  });

  it('a second admin working from what they saw before gets CONFLICT with the values stored now', async () => {
    const seen = await networkState('central', 'uc');
    await caller('uc').releases.activate({ module: 'budget', networkId: ids.uc, version: '1.1.0', reason: 'pin 1.1.0 again', expected: seen.settingVersion });
    const e = await refusal(caller('central').releases.activate({ module: 'budget', networkId: ids.uc, version: '1.0.0', reason: 'back to the default', expected: seen.settingVersion }));
    expect(e.code).toBe('CONFLICT');
    expect(describeError(e, 'en').conflict).toEqual({ version: seen.settingVersion + 1, current: { active: '1.1.0', own: true, lastGood: '1.0.0' } });
    // The default's counter works the same way.
    const { settingVersion } = (await stateOf('central')).default;
    const d = await refusal(caller('central').releases.activate({ module: 'budget', networkId: null, version: '1.1.0', reason: 'everyone on 1.1.0', expected: settingVersion + 1 }));
    expect(d.code).toBe('CONFLICT');
    expect(describeError(d, 'en').conflict).toEqual({ version: settingVersion, current: { active: '1.0.0' } });
    expect((await budgetEntry('staffUn')).version).toBe('1.0.0');
  });

  it('a network admin chooses for their own network only, never for another nor the default', async () => {
    const un = await networkState('central', 'un');
    const other = await refusal(caller('uc').releases.activate({ module: 'budget', networkId: ids.un, version: '1.1.0', reason: 'not my network', expected: un.settingVersion }));
    expect(other.code).toBe('FORBIDDEN');
    const { settingVersion } = (await stateOf('central')).default;
    const all = await refusal(caller('uc').releases.activate({ module: 'budget', networkId: null, version: '1.1.0', reason: 'everyone on 1.1.0', expected: settingVersion }));
    expect(all.code).toBe('FORBIDDEN');
    expect(describeError(all, 'en').message).toBe('A network administrator may change only their own network');
    // Their release page shows their own network only.
    expect((await stateOf('uc')).networks.map((n) => n.code)).toEqual(['UC']);
    await expect(caller('uc').releases.history({ networkId: ids.un })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await budgetEntry('staffUn')).version).toBe('1.0.0');
    expect((await stateOf('central')).default).toMatchObject({ version: '1.0.0', settingVersion });
  });

  it('refuses a version needing a server contract this platform does not serve, naming router, wanted and served', async () => {
    await publish('2.0.0', { budget: '^2.0.0', org: '^1.0.0', reports: '^1.0.0' });
    const listed = await caller('uc').releases.versions({ module: 'budget' });
    expect(listed.map((v) => v.version)).toEqual(['2.0.0', '1.1.0', '1.0.0']);
    expect(listed[0]!.contract).toEqual({
      ok: false,
      problems: [
        { router: 'budget', wanted: '^2.0.0', served: '1.0.0' },
        { router: 'reports', wanted: '^1.0.0', served: null },
      ],
    });
    expect(listed[1]!.contract).toEqual({ ok: true, problems: [] });

    const uc = await networkState('uc', 'uc');
    const e = await refusal(caller('uc').releases.activate({ module: 'budget', networkId: ids.uc, version: '2.0.0', reason: 'try the new budget API', expected: uc.settingVersion }));
    expect(e.code).toBe('BAD_REQUEST');
    const [en] = describeError(e, 'en').fieldErrors['version']!;
    expect(en).toContain("budget 2.0.0 can't be activated");
    expect(en).toContain('budget wants ^2.0.0, the server serves 1.0.0');
    expect(en).toContain('reports wants ^1.0.0, the server has no such router');
    // In Thai by default.
    const th = await refusal(caller('uc', 'th').releases.activate({ module: 'budget', networkId: ids.uc, version: '2.0.0', reason: 'try the new budget API', expected: uc.settingVersion }));
    expect(describeError(th, 'th').fieldErrors['version']![0]).toContain('budget ต้องการ ^2.0.0 แต่เซิร์ฟเวอร์ให้ 1.0.0');
    // Nor an unknown version, nor without a reason.
    const unknown = await refusal(caller('uc').releases.activate({ module: 'budget', networkId: ids.uc, version: '9.9.9', reason: 'a version nobody published', expected: uc.settingVersion }));
    expect(describeError(unknown, 'en').fieldErrors['version']).toEqual(['budget has no published version 9.9.9: choose one of the published versions']);
    const short = await refusal(caller('uc').releases.activate({ module: 'budget', networkId: ids.uc, version: '1.0.0', reason: '  ok  ', expected: uc.settingVersion }));
    expect(describeError(short, 'en').fieldErrors['reason']).toEqual(['Give a reason of at least 5 characters: it is kept in the release history']);
    expect((await budgetEntry('staffUc')).version).toBe('1.1.0');
  });

  it('a browser reporting that the active version mounted makes it the last good one; other reports change nothing', async () => {
    expect((await networkState('central', 'uc')).lastGood).toBe('1.0.0');
    // A page still running the old version says so: nothing moves.
    await caller('staffUc').registry.reportMounted({ module: 'budget', version: '1.0.0' });
    expect((await networkState('central', 'uc')).lastGood).toBe('1.0.0');
    await caller('staffUc').registry.reportMounted({ module: 'budget', version: '1.1.0' });
    expect((await networkState('central', 'uc')).lastGood).toBe('1.1.0');
    expect(await budgetEntry('staffUc')).toMatchObject({ version: '1.1.0', confirmed: true, fallback: null, fallbackVersion: null });
    // Upper North never ran 1.1.0: a report of it there is not theirs to confirm.
    await caller('staffUn').registry.reportMounted({ module: 'budget', version: '1.1.0' });
    expect((await networkState('central', 'un')).lastGood).toBeNull();
  });

  it('rolls back with a reason; the history shows publish, activate and rollback with who, when, from, to and why', async () => {
    const uc = await networkState('uc', 'uc');
    const done = await caller('uc').releases.activate({ module: 'budget', networkId: ids.uc, version: '1.0.0', reason: '  the plan page freezes on 1.1.0  ', expected: uc.settingVersion });
    expect(done).toMatchObject({ kind: 'rollback', from: '1.1.0', to: '1.0.0' });
    expect((await budgetEntry('staffUc')).entry).toBe('/modules/budget/1.0.0/spa.js');
    // The last good version stays what it was (1.1.0 did mount): rolling back is an admin's choice, not a failure.
    expect(await networkState('central', 'uc')).toMatchObject({ active: '1.0.0', own: true, lastGood: '1.1.0' });

    const history = await caller('central').releases.history({ module: 'budget' });
    const rows = history.map((h) => [h.kind, h.network?.code ?? 'default', h.from, h.to, h.reason, h.actor]);
    // Newest first; 2.0.0 was published between the pin and the rollback.
    expect(rows.filter((r) => r[0] !== 'publish')).toEqual([
      ['rollback', 'UC', '1.1.0', '1.0.0', 'the plan page freezes on 1.1.0', 'วิภา เครือข่ายกลางบน'],
      ['activate', 'UC', '1.1.0', '1.1.0', 'pin 1.1.0 again', 'วิภา เครือข่ายกลางบน'],
      ['activate', 'UC', '1.0.0', '1.1.0', 'canary in Upper Central', 'วิภา เครือข่ายกลางบน'],
    ]);
    expect(rows.filter((r) => r[0] === 'publish').map((r) => r[3])).toEqual(['2.0.0', '1.1.0', '1.0.0']);
    expect(rows[1]).toEqual(['publish', 'default', '', '2.0.0', '', null]);
    for (const h of history) expect(Date.parse(h.at!)).toBeGreaterThan(Date.now() - 10 * 60_000);
    // Upper North's admin reads the default's rows (their network runs it) but not Upper Central's.
    const un = await caller('un').releases.history({ module: 'budget' });
    expect(un.some((h) => h.network?.code === 'UC')).toBe(false);
    expect(un.filter((h) => h.network === null).map((h) => [h.kind, h.to])).toEqual([
      ['publish', '2.0.0'],
      ['publish', '1.1.0'],
      ['publish', '1.0.0'],
    ]);
  });

  it('the central admin moves the default: every network without its own choice follows, a network with one keeps it', async () => {
    const { default: before } = await stateOf('central');
    const done = await caller('central').releases.activate({ module: 'budget', networkId: null, version: '1.1.0', reason: 'Upper Central ran 1.1.0 for a week', expected: before.settingVersion });
    expect(done).toMatchObject({ networkId: null, kind: 'activate', from: '1.0.0', to: '1.1.0' });
    expect((await stateOf('central')).default).toEqual({ version: '1.1.0', settingVersion: before.settingVersion + 1 });
    // Upper North follows, with what it ran before to fall back on; Upper Central stays on its own choice.
    expect(await budgetEntry('staffUn')).toMatchObject({ version: '1.1.0', entry: '/modules/budget/1.1.0/spa.js', fallback: '/modules/budget/1.0.0/spa.js', confirmed: false });
    expect(await budgetEntry('staffUc')).toMatchObject({ version: '1.0.0', entry: '/modules/budget/1.0.0/spa.js' });
    expect(await page('/budget', 'un')).toMatchObject({ budget: '/modules/budget/1.1.0/spa.js' });
    const [last] = await caller('un').releases.history({ module: 'budget' });
    expect(last).toMatchObject({ kind: 'activate', network: null, from: '1.0.0', to: '1.1.0', reason: 'Upper Central ran 1.1.0 for a week', actor: 'สมชาย ส่วนกลาง' });
    // Back again is a rollback of the default.
    const back = await caller('central').releases.activate({ module: 'budget', networkId: null, version: '1.0.0', reason: 'hold 1.1.0 until the fix', expected: before.settingVersion + 1 });
    expect(back.kind).toBe('rollback');
    expect((await budgetEntry('staffUn')).version).toBe('1.0.0');
  });

  it('failures reported by browsers show on the health page for a day, at most 20 per user per hour', async () => {
    const staff = caller('staffUc');
    for (let i = 0; i < FAILURES_PER_HOUR + 5; i++) {
      // Every report is answered alike, kept or dropped: a browser has nothing better to do with a refusal.
      expect(await staff.registry.reportFailure({ module: 'budget', version: '1.0.0', kind: 'mount', message: `TypeError: plan is undefined (${i}) ${'x'.repeat(400)}` })).toBeNull();
    }
    const health = (await caller('central').releases.health()).find((m) => m.name === 'budget')!;
    const cell = health.networks.find((n) => n.network.code === 'UC')!;
    expect(cell).toMatchObject({ active: '1.0.0', own: true, lastGood: '1.1.0', contract: { ok: true, problems: [] } });
    expect(cell.failures.mount).toMatchObject({ count: FAILURES_PER_HOUR, lastVersion: '1.0.0' });
    expect(cell.failures.mount.lastMessage).toHaveLength(300);
    expect(cell.failures.mount.lastMessage).toMatch(/^TypeError: plan is undefined \(19\)/);
    expect(Date.parse(cell.failures.mount.lastAt!)).toBeGreaterThan(Date.now() - 5 * 60_000);
    expect(cell.failures.load.count).toBe(0);
    expect(health.networks.find((n) => n.network.code === 'UN')!.failures.mount.count).toBe(0);
    // Upper Central's admin sees it; Upper North's sees only their own network.
    const ucHealth = (await caller('uc').releases.health()).find((m) => m.name === 'budget')!;
    expect(ucHealth.networks.map((n) => [n.network.code, n.failures.mount.count])).toEqual([['UC', FAILURES_PER_HOUR]]);
    expect(ucHealth.default).toBeNull();
    expect((await caller('un').releases.health()).find((m) => m.name === 'budget')!.networks.map((n) => n.network.code)).toEqual(['UN']);
  });

  it('an account that reported a failure can still be deleted; its report stays on the health page without its name', async () => {
    const uni = (await caller('staffUc').auth.me()).placement.universityId!;
    const email = 'leaving.staff@otou.demo';
    const user = await p.admin.collection('users').create({ email, password: DEMO_PASSWORD, passwordConfirm: DEMO_PASSWORD, name: 'leaving', role: 'university_staff', scope: 'university', university: uni, verified: true });
    t['leaving'] = await p.login(email);
    await caller('leaving').registry.reportFailure({ module: 'budget', version: '1.0.0', kind: 'load', message: 'TypeError: Failed to fetch dynamically imported module' });
    const loads = async () => (await caller('central').releases.health()).find((m) => m.name === 'budget')!.networks.find((n) => n.network.code === 'UC')!.failures.load.count;
    expect(await loads()).toBe(1);
    await p.admin.collection('users').delete(user.id);
    expect(await loads()).toBe(1);
    const kept = await p.admin.collection('module_failures').getFirstListItem(`kind = "load" && module = "budget"`);
    expect(kept['user']).toBe('');
  });

  it('a platform running the budget module only has no versions of another module to choose', async () => {
    const budgetOnly = createCallerFactory(appRouter)(createContextFor({ pbUrl: p.pb.url, superuser: p.pb.superuser, deployed: ['budget'] }, t['central']!, 'en'));
    expect((await budgetOnly.releases.state()).map((m) => m.name)).toEqual(['budget']);
    expect((await budgetOnly.releases.health()).map((m) => m.name)).toEqual(['budget']);
    const e = await refusal(budgetOnly.releases.versions({ module: 'employment' }));
    expect([e.code, describeError(e, 'en').message]).toEqual(['NOT_FOUND', 'module employment is not deployed on this platform']);
    const a = await refusal(budgetOnly.releases.activate({ module: 'employment', networkId: ids.uc, version: '0.1.0', reason: 'not on this platform', expected: 0 }));
    expect(a.code).toBe('NOT_FOUND');
  });
});
