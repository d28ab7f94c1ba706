import { createTranslator, kitMessages, platformMessages, type KitMessageKey, type Locale, type MessageKey, type Params } from '@otou/domain';
import { getModuleContext } from './moduleContext.svelte.ts';

/** A module's own words, Thai and English, with the same keys. Made by `defineMessages`. */
export interface Messages<K extends string> {
  th: Record<K, string>;
  en: Record<K, string>;
}

/** Translates a module's key, a platform key (common.*, error.*, …) or a kit key, in the current language. */
export type Words<K extends string> = (key: K | MessageKey | KitMessageKey, params?: Params) => string;

/** A module's catalogue: Thai first, English with exactly the same keys (the type says which are missing). */
export function defineMessages<const T extends Record<string, string>>(messages: { th: T; en: Record<keyof T, string> }): Messages<keyof T & string> {
  return messages as Messages<keyof T & string>;
}

/** The translator over a module's catalogues, the platform's and the kit's, reading the language on every call. */
export function createWords<K extends string>(locale: () => Locale, ...catalogues: Messages<K>[]): Words<K> {
  // Earlier catalogues win: a module's own words, then the platform's, then the kit's.
  const merged = { th: {}, en: {} } as Messages<K | MessageKey | KitMessageKey>;
  for (const c of [...catalogues, platformMessages, kitMessages].reverse()) {
    Object.assign(merged.th, c.th);
    Object.assign(merged.en, c.en);
  }
  const translateAny = createTranslator(merged);
  return (key, params) => translateAny(locale(), key, params);
}

/**
 * The one way a module's component translates: `const t = useWords(messages)`, then `t('plan.title')` or
 * `t('common.loading')`. It follows the mounted module's language, so the page switches with the shell's button.
 * Extra catalogues (e.g. the module's server messages from `@otou/domain`) are looked up after the module's own.
 */
export function useWords<K extends string, E extends string = never>(messages: Messages<K>, ...extra: Messages<E>[]): Words<K | E> {
  const ctx = getModuleContext();
  return createWords<K | E>(() => ctx.locale, messages as Messages<K | E>, ...(extra as Messages<K | E>[]));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

/**
 * What is wrong with a module's catalogue, as sentences for a unit test to show (`expect(checkCatalogue(…)).toEqual([])`):
 * a key missing in one language, placeholders that differ between Thai and English, a key no source file uses, and a
 * Thai word that repeats a platform word (use the platform's key instead). A key is used when a source quotes it
 * ('plan.title') or builds it from a quoted prefix (`status.${s}`).
 *
 * @param sources file name → text of the module's source, e.g. from `import.meta.glob('./**\/*.{ts,svelte}', { query: '?raw', import: 'default', eager: true })`
 */
export function checkCatalogue(messages: Messages<string>, sources: Record<string, string>): string[] {
  const problems: string[] = [];
  const th = Object.keys(messages.th);
  const en = Object.keys(messages.en);
  for (const k of th) if (!(k in messages.en)) problems.push(`"${k}" has no English`);
  for (const k of en) if (!(k in messages.th)) problems.push(`"${k}" has no Thai`);
  for (const k of th) {
    const e = messages.en[k];
    if (e !== undefined && placeholders(messages.th[k]!) !== placeholders(e)) problems.push(`"${k}" has placeholders {${placeholders(messages.th[k]!)}} in Thai but {${placeholders(e)}} in English`);
  }
  const text = Object.values(sources).join('\n');
  const prefixes = [...text.matchAll(/`([\w.-]+)\$\{/g)].map((m) => m[1]!);
  for (const k of th) {
    const quoted = text.includes(`'${k}'`) || text.includes(`"${k}"`) || text.includes(`\`${k}\``);
    if (!quoted && !prefixes.some((p) => k.startsWith(p))) problems.push(`"${k}" is not used by any source file`);
  }
  const platformWords = new Map<string, string>();
  for (const [k, v] of Object.entries(platformMessages.th)) platformWords.set(v, k);
  for (const [k, v] of Object.entries(kitMessages.th)) platformWords.set(v, k);
  for (const k of th) {
    const same = platformWords.get(messages.th[k]!);
    if (same) problems.push(`"${k}" repeats the platform's "${same}" ("${messages.th[k]}"): use that key`);
  }
  return problems;
}
