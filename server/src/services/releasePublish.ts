import { randomBytes } from 'node:crypto';
import { cp, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type PocketBase from 'pocketbase';
import { DEFAULT_LOCALE, moduleManifestSchema, translateRelease, type Locale, type ModuleManifest, type ModuleName, type ReleaseMessageKey, type Params } from '@otou/domain';
import { issueText } from '../errors.ts';
import { stableId } from '../seed/ids.ts';

/** Where a platform keeps its published module versions: beside its database, so they travel with its backups. */
export const releasesDirOf = (pbDataDir: string) => join(pbDataDir, 'releases');

/** The URL a published version's entry is served from; the path is the version, so it is cached for good. */
export const versionedEntry = (name: string, version: string) => `/modules/${name}/${version}/spa.js`;

/** A publish that was refused; nothing was written. `message` is in the locale asked for, naming the fix. */
export class PublishRefused extends Error {
  constructor(
    readonly key: ReleaseMessageKey,
    readonly params: Params,
    locale: Locale,
  ) {
    super(translateRelease(locale, key, params));
    this.name = 'PublishRefused';
  }
}

export interface PublishOptions {
  /** PocketBase as the platform (a superuser client). */
  admin: PocketBase;
  /** The platform's releases folder (releasesDirOf(pb.dataDir)). */
  releasesDir: string;
  /** A module's build (modules/<name>/dist): manifest.json, spa.js and the rest, copied as they are. */
  distDir: string;
  /** The user publishing; omitted for the release script and the platform's start. */
  publishedBy?: string;
  note?: string;
  /** The language of a refusal's message (Thai unless English is asked for). */
  locale?: Locale;
}

export interface Published {
  module: ModuleName;
  version: string;
  entry: string;
  /** The module had no published default yet: this version is now what every network without a choice runs. */
  becameDefault: boolean;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The manifest a build carries, checked against the module contract. @throws PublishRefused naming the field */
export async function readBuiltManifest(distDir: string, locale: Locale = DEFAULT_LOCALE): Promise<ModuleManifest> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(distDir, 'manifest.json'), 'utf8'));
  } catch {
    const module = /modules\/([a-z-]+)\/dist\/?$/.exec(distDir)?.[1] ?? '<module>';
    throw new PublishRefused('release.noManifest', { dir: distDir, module }, locale);
  }
  const parsed = moduleManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.') || 'manifest';
    throw new PublishRefused('release.badManifest', { field, problem: issueText(issue, locale) }, locale);
  }
  return parsed.data;
}

const publishedRecord = (admin: PocketBase, module: string, version: string) =>
  admin
    .collection('module_versions')
    .getList(1, 1, { filter: admin.filter('module = {:m} && version = {:v}', { m: module, v: version }) })
    .then((r) => r.items[0] ?? null);

const defaultRow = (admin: PocketBase, module: string) => admin.collection('modules').getOne(stableId('module', module)).catch(() => null);

/**
 * Publishes a module's build as a new version: its files copied into `<releasesDir>/<module>/<version>/` (into a
 * temporary folder first, then renamed into place, so a half-copied version is never served), and the version and
 * its `publish` history row recorded in one batch. An existing version is never overwritten: its record and files
 * stay as they are. A module without a published default yet (none, or one released before versions were kept)
 * gets this version as its default.
 * @throws PublishRefused for a missing or broken manifest, or a version already published
 */
export async function publishVersion(opts: PublishOptions): Promise<Published> {
  const { admin, releasesDir } = opts;
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const manifest = await readBuiltManifest(opts.distDir, locale);
  const { name: module, version } = manifest;
  const already = () => new PublishRefused('release.alreadyPublished', { module, version }, locale);
  const target = join(releasesDir, module, version);
  if ((await publishedRecord(admin, module, version)) || (await exists(target))) throw already();

  const row = await defaultRow(admin, module);
  const becameDefault = !row || !(await publishedRecord(admin, module, String(row['version'])));

  await mkdir(join(releasesDir, module), { recursive: true });
  const temporary = join(releasesDir, module, `.${version}.${randomBytes(6).toString('hex')}.partial`);
  try {
    await cp(opts.distDir, temporary, { recursive: true, errorOnExist: true, force: false });
    // rename refuses an existing non-empty folder: of two publishers of one version, the second is told.
    await rename(temporary, target).catch(async (e: NodeJS.ErrnoException) => {
      throw e.code === 'ENOTEMPTY' || e.code === 'EEXIST' ? already() : e;
    });
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }

  const entry = versionedEntry(module, version);
  const batch = admin.createBatch();
  batch.collection('module_versions').create({ module, version, manifest, entry, published_by: opts.publishedBy ?? '', note: opts.note ?? '' });
  batch.collection('module_history').create({ module, network: '', kind: 'publish', from_version: '', to_version: version, reason: opts.note ?? '', actor: opts.publishedBy ?? '' });
  if (becameDefault) {
    const body = { name: module, version, entry, manifest };
    if (row) batch.collection('modules').update(row.id, body);
    else batch.collection('modules').create({ id: stableId('module', module), ...body });
  }
  try {
    await batch.send();
  } catch (e) {
    // The record could not be written (the unique index: another publisher won): the files copied are not ours.
    if (!(await publishedRecord(admin, module, version).catch(() => null))) await rm(target, { recursive: true, force: true });
    throw (await publishedRecord(admin, module, version).catch(() => null)) ? already() : e;
  }
  return { module, version, entry, becameDefault };
}

/**
 * What the platform does with each built module at start: publishes its version if it is new, and otherwise leaves
 * the published one as it is ('already'). Either way the module's default keeps naming a published version (a
 * default released before versions were kept, or by a development run, is pointed at this one).
 */
export async function publishBuilt(opts: PublishOptions): Promise<{ outcome: 'published' | 'already'; module: ModuleName; version: string }> {
  try {
    const p = await publishVersion(opts);
    return { outcome: 'published', module: p.module, version: p.version };
  } catch (e) {
    if (!(e instanceof PublishRefused) || e.key !== 'release.alreadyPublished') throw e;
    const { module, version } = e.params as { module: ModuleName; version: string };
    const row = await defaultRow(opts.admin, module);
    const current = row ? await publishedRecord(opts.admin, module, String(row['version'])) : null;
    if (!row || !current || row['entry'] !== current['entry']) {
      const published = (current ?? (await publishedRecord(opts.admin, module, version)))!;
      const body = { name: module, version: published['version'], entry: published['entry'], manifest: published['manifest'] };
      if (row) await opts.admin.collection('modules').update(row.id, body);
      else await opts.admin.collection('modules').create({ id: stableId('module', module), ...body });
    }
    return { outcome: 'already', module, version };
  }
}
