import { createTranslator, type Locale } from './i18n.ts';

/**
 * The words of module releases, Thai first: what publishing, activating and rolling back refuse and why (each naming
 * the fix). A catalogue of its own rather than the platform's: the shell's first load carries the platform's
 * catalogue, and these are read only by the server and the lazily loaded release pages.
 */
const th = {
  'release.alreadyPublished': '{module} รุ่น {version} เผยแพร่แล้ว เผยแพร่ซ้ำไม่ได้ กรุณาเพิ่มเลขรุ่นใน modules/{module}/package.json แล้วสร้างใหม่',
  'release.badManifest': 'manifest.json ของโมดูลไม่ถูกต้องที่ช่อง {field}: {problem}',
  'release.noManifest': 'ไม่พบ manifest.json ใน {dir} กรุณาสร้างโมดูลก่อน (pnpm --filter @otou/{module} build)',
  'release.manifest.apiRouter': 'ชื่อ router ใน api ต้องเป็นตัวอักษรภาษาอังกฤษ ขึ้นต้นด้วยตัวพิมพ์เล็ก เช่น budget',
  'release.manifest.apiRange': 'ช่วงรุ่นของ API ต้องเป็นแบบ semver เช่น ^1.0.0',
  'release.manifest.apiEmpty': 'ต้องระบุ API ของเซิร์ฟเวอร์ที่โมดูลเรียกอย่างน้อย 1 รายการ เช่น { "budget": "^1.0.0" }',
  'release.manifest.version': 'เลขรุ่นต้องเป็นแบบ semver เช่น 1.2.0',
  'release.contract': 'เปิดใช้ {module} รุ่น {version} ไม่ได้ เพราะเซิร์ฟเวอร์นี้ไม่มี API ที่โมดูลต้องการ: {problems} กรุณาเลือกรุ่นอื่น หรือปรับปรุงเซิร์ฟเวอร์ก่อน',
  'release.contractProblem': '{router} ต้องการ {wanted} แต่เซิร์ฟเวอร์ให้ {served}',
  'release.contractMissing': '{router} ต้องการ {wanted} แต่เซิร์ฟเวอร์ไม่มี router นี้',
  'release.reasonRequired': 'กรุณาระบุเหตุผลอย่างน้อย 5 ตัวอักษร เพื่อบันทึกในประวัติการเปลี่ยนรุ่น',
  'release.unknownVersion': '{module} ยังไม่มีรุ่น {version} ที่เผยแพร่แล้ว กรุณาเลือกจากรุ่นที่เผยแพร่แล้ว',
  'release.notDeployed': 'โมดูล {module} ไม่ได้ติดตั้งบนระบบนี้',
};

export type ReleaseMessageKey = keyof typeof th;

const en: Record<ReleaseMessageKey, string> = {
  'release.alreadyPublished': '{module} {version} is already published and is never overwritten: bump the version in modules/{module}/package.json and build again',
  'release.badManifest': "The module's manifest.json is wrong at {field}: {problem}",
  'release.noManifest': 'No manifest.json in {dir}: build the module first (pnpm --filter @otou/{module} build)',
  'release.manifest.apiRouter': 'api names server routers: letters only, starting lower-case, e.g. budget',
  'release.manifest.apiRange': 'Each api entry is a semver range, e.g. ^1.0.0',
  'release.manifest.apiEmpty': 'Name at least one server router the module calls, e.g. { "budget": "^1.0.0" }',
  'release.manifest.version': 'version must be semver, e.g. 1.2.0',
  'release.contract': "{module} {version} can't be activated: this server doesn't serve the API it needs: {problems}. Choose another version, or upgrade the server first",
  'release.contractProblem': '{router} wants {wanted}, the server serves {served}',
  'release.contractMissing': '{router} wants {wanted}, the server has no such router',
  'release.reasonRequired': 'Give a reason of at least 5 characters: it is kept in the release history',
  'release.unknownVersion': '{module} has no published version {version}: choose one of the published versions',
  'release.notDeployed': 'module {module} is not deployed on this platform',
};

export const releaseMessages: Record<Locale, Record<ReleaseMessageKey, string>> = { th, en };

export const translateRelease = createTranslator<ReleaseMessageKey>(releaseMessages);

export function isReleaseMessageKey(k: string): k is ReleaseMessageKey {
  return Object.hasOwn(th, k);
}

/** One problem of a module manifest as a developer reads it at build time: the field, then the fix. */
export function manifestIssueText(issue: { path: readonly PropertyKey[]; message: string }, locale: Locale = 'en'): string {
  const field = issue.path.map(String).join('.') || 'manifest';
  return `${field}: ${isReleaseMessageKey(issue.message) ? translateRelease(locale, issue.message) : issue.message}`;
}
