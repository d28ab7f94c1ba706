/**
 * An in-app link click as client-side navigation: the link's own href goes to `navigate`, while new-tab and
 * new-window clicks (middle button, Ctrl/⌘, Shift, Alt) are left to the browser, as on any web page.
 */
export function followLink(event: MouseEvent, navigate: (href: string) => void): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.currentTarget as Element | null)?.closest('a');
  const href = link?.getAttribute('href');
  if (!href) return;
  event.preventDefault();
  navigate(href);
}
