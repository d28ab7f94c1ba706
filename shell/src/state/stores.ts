import { derived } from 'svelte/store';
import { createApi, translate, writable, type Session } from '@otou/sdk';
import { DEFAULT_LOCALE, isLocale, type Locale, type MessageKey, type Params } from '@otou/domain';

const SESSION_KEY = 'otou.session';
const LOCALE_KEY = 'otou.locale';

function readSession(): Session | null {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    const s = raw ? (JSON.parse(raw) as Session) : null;
    return s && typeof s.token === 'string' && s.user ? s : null;
  } catch {
    return null;
  }
}

function readLocale(): Locale {
  const stored = localStorage.getItem(LOCALE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

/** Who is signed in. Kept across reloads; the server re-checks the token on every call. */
export const session = writable<Session | null>(readSession());
/** Thai first; English one click away. */
export const locale = writable<Locale>(readLocale());
/** A message for the sign-in page, e.g. why the user was signed out. */
export const notice = writable<MessageKey | null>(null);

session.subscribe((s) => (s ? localStorage.setItem(SESSION_KEY, JSON.stringify(s)) : localStorage.removeItem(SESSION_KEY)));
locale.subscribe((l) => {
  localStorage.setItem(LOCALE_KEY, l);
  document.documentElement.lang = l;
});

/** `$t('login.title')` in components: platform words in the current language. */
export const t = derived(locale, (l) => (key: MessageKey, params?: Params) => translate(l, key, params));

export function expireSession() {
  if (!session.get()) return;
  notice.set('error.sessionExpired');
  session.set(null);
}

export const api = createApi({
  url: '/trpc',
  getToken: () => session.get()?.token ?? null,
  getLocale: () => locale.get(),
  onUnauthorized: expireSession,
});
