import type { Locale, ModuleName, RegistryEntry } from '@otou/domain';
import type { Session } from '@otou/sdk';

/** The developers' import-map-overrides, present only in a browser whose developer turned the dev tools on. */
interface Overrides {
  getOverrideMap(): { imports: Record<string, string> };
}

/** Whether a developer pointed this module at their own build (import-map-overrides): then it wins over the registry. */
export function overridden(specifier: string, win: { importMapOverrides?: Overrides } = window as never): boolean {
  try {
    return specifier in (win.importMapOverrides?.getOverrideMap().imports ?? {});
  } catch {
    return false;
  }
}

/**
 * What to import for a module: the registry's versioned URL, or the bare specifier when a developer overrides it
 * (the page's import map then resolves it to their dev server). A retry asks for a new URL: the browser remembers
 * a failed module fetch for the page's lifetime.
 */
export function importUrl(url: string, attempt: number, resolve: (s: string) => string = (s) => import.meta.resolve(s)): string {
  if (attempt === 0) return url;
  const resolved = url.startsWith('/') ? url : resolve(url);
  return `${resolved}${resolved.includes('?') ? '&' : '?'}retry=${attempt}`;
}

/** The version a URL of this entry serves: the active one, or the last good one the shell fell back on. */
export const versionAt = (e: RegistryEntry, url: string): string => (url === e.fallback && e.fallbackVersion ? e.fallbackVersion : e.version);

/**
 * After the module at `url` failed in this browser: where to go next. The last good version once (never from a
 * developer's override, never from the fallback itself), otherwise the error tile.
 */
export function nextUrl(e: RegistryEntry, url: string, isOverridden: boolean): string | null {
  return !isOverridden && url === e.entry && e.fallback && e.fallback !== e.entry ? e.fallback : null;
}

/** What the browser tells the server about a failure: the module, its version, load or mount, and a short message. */
export function failureReport(e: RegistryEntry, url: string, kind: 'load' | 'mount' | 'contract', message: string) {
  return { module: e.name, version: versionAt(e, url), kind, message: message.slice(0, 300) };
}

/**
 * The `otou-network` cookie: a hint for the server to write the page's import map with the user's network's
 * versions (the registry stays the authority). Central users (no network) get the defaults.
 */
export function networkCookie(s: Session | null): string {
  const id = s?.user.placement.networkId;
  return id ? `otou-network=${encodeURIComponent(id)}; path=/; max-age=31536000; SameSite=Lax` : 'otou-network=; path=/; max-age=0; SameSite=Lax';
}

/** The short notice a user sees when the shell fell back on the last good version of a module. */
export interface FallbackNotice {
  label: { th: string; en: string };
  from: string;
  to: string;
}

export function fallbackText(n: FallbackNotice, locale: Locale): string {
  return locale === 'en'
    ? `The ${n.label.en} module ${n.from} did not open, so version ${n.to} is used instead`
    : `โมดูล${n.label.th} ${n.from} เปิดไม่สำเร็จ จึงใช้รุ่น ${n.to} แทน`;
}

export type Fallbacks = Partial<Record<ModuleName, FallbackNotice>>;

/** The tile shown instead of a module whose active version needs a server API this platform does not serve. */
export function mismatchText(e: Pick<RegistryEntry, 'labels' | 'version'>, locale: Locale): { title: string; body: string } {
  return locale === 'en'
    ? {
        title: `The ${e.labels.en} module cannot open on this platform`,
        body: `Version ${e.version} needs a server API this platform does not serve; an administrator has been told. The rest of the platform still works.`,
      }
    : {
        title: `โมดูล${e.labels.th} เปิดบนระบบนี้ไม่ได้`,
        body: `รุ่น ${e.version} ต้องใช้ API ของเซิร์ฟเวอร์ที่ระบบนี้ไม่มีให้ ผู้ดูแลระบบได้รับแจ้งแล้ว ส่วนอื่นของระบบยังใช้งานได้ตามปกติ`,
      };
}
