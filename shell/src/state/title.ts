/**
 * The browser tab's title for a page: the page first (what a user scanning tabs or history needs), then the
 * platform's name, both in the user's language.
 */
export function documentTitle(page: string | null | undefined, app: string): string {
  const p = page?.trim();
  return p && p !== app ? `${p} · ${app}` : app;
}
