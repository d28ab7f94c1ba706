import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import type { ModuleManifest } from '@otou/domain';
import { createPlatformServer, listen } from '../src/http.ts';
import { superuserClient } from '../src/pocketbase/admin.ts';
import { backupTo, restoreFrom } from '../src/pocketbase/backup.ts';
import { publishBuilt, publishVersion, PublishRefused, releaseModule, releasesDirOf } from '../src/services/releases.ts';
import { MANIFESTS, usePlatform } from './harness.ts';

/**
 * Publishing a module version (contracts-10.md §3) against a real PocketBase: the files copied under the platform's
 * releases folder and served at /modules/<m>/<v>/ for good, the version and its history row recorded, a version
 * never published twice, a broken manifest refused at its field. The builds are made here (the integration tests
 * run before `pnpm build`), shaped like modules/budget/dist.
 */
const p = usePlatform();
let dir: string;
let releasesDir: string;
let server: Server;
let base: string;
const budget = MANIFESTS.find((m) => m.name === 'budget')!;

/** A module build as the module kit writes it: manifest, entry (with its .br copy), a hashed chunk, a runtime file. */
async function buildOf(label: string, manifest: Record<string, unknown>): Promise<string> {
  const dist = join(dir, 'builds', label);
  await mkdir(join(dist, 'assets'), { recursive: true });
  await mkdir(join(dist, 'vendor', 'otou-fake@1.0.0'), { recursive: true });
  await writeFile(join(dist, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dist, 'spa.js'), `import "./assets/spa-Ab12Cd34.js"; export const build = ${JSON.stringify(label)};`);
  await writeFile(join(dist, 'spa.js.br'), brotliCompressSync(`export const build = ${JSON.stringify(`${label}, br`)};`));
  await writeFile(join(dist, 'assets', 'spa-Ab12Cd34.js'), `export const chunk = ${JSON.stringify(label)};`);
  await writeFile(join(dist, 'vendor', 'otou-fake@1.0.0', 'index.js'), 'export const fake = 1;');
  return dist;
}
const budgetAt = (version: string, more: Partial<ModuleManifest> = {}) => ({ ...budget, version, ...more });

const versionsOf = (module: string) => p.admin.collection('module_versions').getFullList({ filter: p.admin.filter('module = {:m}', { m: module }), sort: 'created' });
const historyOf = (module: string) => p.admin.collection('module_history').getFullList({ filter: p.admin.filter('module = {:m}', { m: module }), sort: 'created' });
const defaultOf = async (module: string) => (await p.admin.collection('modules').getFullList({ filter: p.admin.filter('name = {:m}', { m: module }) }))[0]!;

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

let centralId: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'otou-releases-'));
  releasesDir = releasesDirOf(p.pb.dataDir);
  // The unversioned build, as `pnpm dev` serves it.
  await mkdir(join(dir, 'modules', 'budget', 'dist'), { recursive: true });
  await writeFile(join(dir, 'modules', 'budget', 'dist', 'spa.js'), 'export const build = "dev";');
  server = createPlatformServer({ pbUrl: p.pb.url, modulesRoot: join(dir, 'modules'), releasesDir });
  base = `http://127.0.0.1:${await listen(server)}`;
  centralId = (await p.admin.collection('users').getFirstListItem('email = "central@otou.demo"')).id;
});

afterAll(async () => {
  server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('publishing a module version', () => {
  it('v1: its files under the releases folder, its record and publish row, and it becomes the default of a module released before versions were kept', async () => {
    // The harness released budget the old way: an unversioned entry and no published version.
    expect((await defaultOf('budget'))['entry']).toBe('/modules/budget/spa.js');
    const published = await publishVersion({ admin: p.admin, releasesDir, distDir: await buildOf('v1', budgetAt('1.0.0')) });
    expect(published).toEqual({ module: 'budget', version: '1.0.0', entry: '/modules/budget/1.0.0/spa.js', becameDefault: true });

    expect(await readFile(join(releasesDir, 'budget', '1.0.0', 'spa.js'), 'utf8')).toContain('"v1"');
    expect(await readFile(join(releasesDir, 'budget', '1.0.0', 'assets', 'spa-Ab12Cd34.js'), 'utf8')).toContain('"v1"');
    // Nothing half-copied left beside it.
    expect(await readdir(join(releasesDir, 'budget'))).toEqual(['1.0.0']);

    const [row] = await versionsOf('budget');
    expect(row).toMatchObject({ version: '1.0.0', entry: '/modules/budget/1.0.0/spa.js', published_by: '' });
    expect((row!['manifest'] as ModuleManifest).api).toEqual({ budget: '^1.0.0', org: '^1.0.0' });
    const [history] = await historyOf('budget');
    expect(history).toMatchObject({ kind: 'publish', network: '', from_version: '', to_version: '1.0.0', actor: '' });
    expect(await defaultOf('budget')).toMatchObject({ version: '1.0.0', entry: '/modules/budget/1.0.0/spa.js' });
  });

  it('v2 by a person: recorded with the publisher, and the default stays on v1 until an admin activates v2', async () => {
    const published = await publishVersion({ admin: p.admin, releasesDir, distDir: await buildOf('v2', budgetAt('1.1.0')), publishedBy: centralId, note: 'Faster report table' });
    expect(published.becameDefault).toBe(false);
    expect((await versionsOf('budget')).map((r) => [r['version'], r['published_by']])).toEqual([
      ['1.0.0', ''],
      ['1.1.0', centralId],
    ]);
    expect((await historyOf('budget')).at(-1)).toMatchObject({ kind: 'publish', to_version: '1.1.0', actor: centralId, reason: 'Faster report table' });
    expect(await defaultOf('budget')).toMatchObject({ version: '1.0.0', entry: '/modules/budget/1.0.0/spa.js' });
  });

  it('republishing a version is refused, saying to bump it; its record and files stay as they were', async () => {
    const before = await versionsOf('budget');
    const rebuilt = await buildOf('v2-again', budgetAt('1.1.0'));
    const refused = await publishVersion({ admin: p.admin, releasesDir, distDir: rebuilt, locale: 'en' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PublishRefused);
    expect((refused as Error).message).toBe('budget 1.1.0 is already published and is never overwritten: bump the version in modules/budget/package.json and build again');
    const thai = await publishVersion({ admin: p.admin, releasesDir, distDir: rebuilt }).catch((e: Error) => e.message);
    expect(thai).toContain('เผยแพร่แล้ว');
    expect(thai).toContain('modules/budget/package.json');

    expect(await versionsOf('budget')).toEqual(before);
    expect((await historyOf('budget')).filter((h) => h['to_version'] === '1.1.0')).toHaveLength(1);
    expect(await readFile(join(releasesDir, 'budget', '1.1.0', 'spa.js'), 'utf8')).toContain('"v2"');
    expect(await readdir(join(releasesDir, 'budget'))).toEqual(['1.0.0', '1.1.0']);
  });

  it('a version folder already there (with no record) is never overwritten either', async () => {
    await mkdir(join(releasesDir, 'budget', '1.2.0'), { recursive: true });
    await writeFile(join(releasesDir, 'budget', '1.2.0', 'spa.js'), 'left here');
    const refused = await publishVersion({ admin: p.admin, releasesDir, distDir: await buildOf('v3', budgetAt('1.2.0')), locale: 'en' }).catch((e: PublishRefused) => e);
    expect(refused).toBeInstanceOf(PublishRefused);
    expect((refused as PublishRefused).key).toBe('release.alreadyPublished');
    expect(await readFile(join(releasesDir, 'budget', '1.2.0', 'spa.js'), 'utf8')).toBe('left here');
    expect((await versionsOf('budget')).map((r) => r['version'])).toEqual(['1.0.0', '1.1.0']);
    await rm(join(releasesDir, 'budget', '1.2.0'), { recursive: true });
  });

  it.each([
    ['a range that is not semver', budgetAt('2.0.0', { api: { budget: 'latest' } }), 'api.budget', 'Each api entry is a semver range, e.g. ^1.0.0'],
    ['api as the old number', budgetAt('2.0.1', { api: 1 as unknown as Record<string, string> }), 'api', ''],
    ['no router named', budgetAt('2.0.2', { api: {} }), 'api', 'Name at least one server router the module calls'],
    ['a version that is not semver', budgetAt('2.0', {}), 'version', 'version must be semver, e.g. 1.2.0'],
  ])('a manifest with %s is refused at its field, and nothing is written', async (_what, manifest, field, fix) => {
    const refused = await publishVersion({ admin: p.admin, releasesDir, distDir: await buildOf(`bad-${field}-${manifest.version}`, manifest), locale: 'en' }).catch((e: PublishRefused) => e);
    expect(refused).toBeInstanceOf(PublishRefused);
    expect((refused as PublishRefused).key).toBe('release.badManifest');
    expect((refused as PublishRefused).params['field']).toBe(field);
    expect((refused as PublishRefused).message).toContain(`manifest.json is wrong at ${field}:`);
    expect((refused as PublishRefused).message).toContain(fix);
    expect((await versionsOf('budget')).map((r) => r['version'])).toEqual(['1.0.0', '1.1.0']);
    expect(await readdir(join(releasesDir, 'budget'))).toEqual(['1.0.0', '1.1.0']);
  });

  it('a folder with no build is refused with the command that builds it', async () => {
    const refused = await publishVersion({ admin: p.admin, releasesDir, distDir: join(dir, 'modules', 'training', 'dist'), locale: 'en' }).catch((e: Error) => e);
    expect(refused).toBeInstanceOf(PublishRefused);
    expect((refused as Error).message).toContain('pnpm --filter @otou/training build');
  });
});

describe('published files', () => {
  it('are served at /modules/<module>/<version>/ and cached for good, each version its own files', async () => {
    const v1 = await get('/modules/budget/1.0.0/spa.js');
    expect(v1.status).toBe(200);
    expect(v1.body.toString()).toContain('"v1"');
    expect(v1.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const chunk = await get('/modules/budget/1.1.0/assets/spa-Ab12Cd34.js');
    expect(chunk.body.toString()).toContain('"v2"');
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // The build's precompressed copy travels with the version.
    const br = await get('/modules/budget/1.0.0/spa.js', { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toContain('v1, br');
  });

  it('a version never published is not found; the unversioned dev build is still served, revalidated', async () => {
    expect((await get('/modules/budget/9.9.9/spa.js')).status).toBe(404);
    const dev = await get('/modules/budget/spa.js');
    expect(dev.status).toBe(200);
    expect(dev.body.toString()).toContain('"dev"');
    expect(dev.headers['cache-control']).toBe('no-cache');
  });

  it("a runtime file only a published version carries is served from that version's build", async () => {
    const res = await get('/vendor/otou-fake@1.0.0/index.js');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('fake = 1');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/vendor/otou-missing@1.0.0/index.js')).status).toBe(404);
  });
});

describe('the platform start publishing each built module', () => {
  it('publishes a new version once, then says "already" and keeps the default on a published version', async () => {
    const build = await buildOf('training-v1', { ...MANIFESTS.find((m) => m.name === 'training')!, version: '3.0.0' });
    expect(await publishBuilt({ admin: p.admin, releasesDir, distDir: build })).toEqual({ outcome: 'published', module: 'training', version: '3.0.0' });
    // A development run released the same module the old way meanwhile (its dist, unversioned).
    await releaseModule(p.admin, { ...MANIFESTS.find((m) => m.name === 'training')!, version: '3.0.0' });
    expect((await defaultOf('training'))['entry']).toBe('/modules/training/spa.js');
    await writeFile(join(build, 'spa.js'), 'rebuilt under the same version');
    expect(await publishBuilt({ admin: p.admin, releasesDir, distDir: build })).toEqual({ outcome: 'already', module: 'training', version: '3.0.0' });
    expect(await defaultOf('training')).toMatchObject({ version: '3.0.0', entry: '/modules/training/3.0.0/spa.js' });
    expect(await readFile(join(releasesDir, 'training', '3.0.0', 'spa.js'), 'utf8')).toContain('training-v1');
    expect(await versionsOf('training')).toHaveLength(1);
  });
});

describe('published versions and backups', () => {
  it('travel with a backup: after a restore the files are back with their records', async () => {
    const file = join(dir, 'with-releases.zip');
    await backupTo(p.admin, file);
    await rm(join(releasesDir, 'budget', '1.1.0'), { recursive: true });
    await restoreFrom(p.admin, file);
    const again = await superuserClient(p.pb.url, p.pb.superuser);
    expect((await again.collection('module_versions').getFullList({ filter: 'module = "budget"', sort: 'created' })).map((r) => r['version'])).toEqual(['1.0.0', '1.1.0']);
    expect(await readFile(join(releasesDir, 'budget', '1.1.0', 'spa.js'), 'utf8')).toContain('"v2"');
    expect((await get('/modules/budget/1.1.0/spa.js')).status).toBe(200);
  }, 60_000);
});
