import type { Locale } from '@otou/domain';
import { errorMessage, isMessageKey, platformMessages, translate } from '@otou/sdk';

/**
 * What went wrong, in the language the user reads now — not the one they read when it happened. The server
 * sends its message already translated, plus the message's key; a key without placeholders is said again in the
 * current language, anything else keeps the server's words.
 */
export function errorText(e: unknown, locale: Locale): string {
  const key = (e as { data?: { messageKey?: unknown } } | null)?.data?.messageKey;
  if (typeof key === 'string' && isMessageKey(key) && !/\{\w+\}/.test(platformMessages.th[key])) return translate(locale, key);
  return errorMessage(e, locale);
}
