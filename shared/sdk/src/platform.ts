import type { Locale } from '@otou/domain';
import type { SessionUser } from '@otou/domain';

export type { SessionUser };

/** A value that changes over time and tells its listeners: framework-free, so each module's own Svelte copy can follow it. */
export interface Readable<T> {
  get(): T;
  /** Calls `fn` now and on every change; returns the unsubscribe function. */
  subscribe(fn: (value: T) => void): () => void;
}

export interface Writable<T> extends Readable<T> {
  set(value: T): void;
  update(fn: (value: T) => T): void;
}

export function writable<T>(initial: T): Writable<T> {
  let value = initial;
  const listeners = new Set<(v: T) => void>();
  const set = (v: T) => {
    if (Object.is(v, value)) return;
    value = v;
    for (const fn of [...listeners]) fn(v);
  };
  return {
    get: () => value,
    set,
    update: (fn) => set(fn(value)),
    subscribe(fn) {
      listeners.add(fn);
      fn(value);
      return () => void listeners.delete(fn);
    },
  };
}

export interface Session {
  token: string;
  user: SessionUser;
}

/**
 * What the shell hands every module when it mounts it (single-spa custom props). This is the whole contract
 * between the shell and a module at run time; a module reads nothing else of the shell's.
 */
export interface PlatformProps {
  /** The element the module renders into. */
  domElementGetter(): HTMLElement;
  session: Readable<Session | null>;
  locale: Readable<Locale>;
  /** Base URL of the tRPC API, e.g. /trpc */
  apiUrl: string;
  /** Client-side navigation through the shell's router. */
  navigate(path: string): void;
  /** Tell the shell the token was refused, so it can ask the user to sign in again. */
  sessionExpired(): void;
  /**
   * The page's own title ("ตำบลห้วยแห้ง"); the shell shows it in the browser's tab with the platform's name.
   * Optional for shells older than the kit: the module then sets document.title itself.
   */
  setTitle?(title: string): void;
}

export interface SingleSpaProps extends PlatformProps {
  name: string;
}
