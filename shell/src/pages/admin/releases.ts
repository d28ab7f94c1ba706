import { placeName, type Locale, type NamedPlace } from '@otou/domain';
import type { Words } from '@otou/sdk';
import type { AdminKey } from './words.ts';

/** One row of the releases page's networks table: the default (networkId null) or a network the admin manages. */
export interface Target {
  key: string;
  networkId: string | null;
  name: string;
  /** The version running there now. */
  active: string;
  /** The network chose it (else it follows the default). */
  own: boolean;
  lastGood: string | null;
  /** The version counter the admin saw, sent back with a change (a second writer gets CONFLICT). */
  expected: number;
}

interface ModuleState {
  default: { version: string } | null;
  networks: readonly (Pick<NamedPlace, 'name_th' | 'name_en'> & { active: string })[];
}

/**
 * The canary at a glance: "UN on 1.3.0, others 1.2.0" — the networks whose version differs from the default,
 * grouped by version, then everyone else; or "All networks on 1.2.0".
 */
export function canarySummary(s: ModuleState, locale: Locale, w: Words<AdminKey>): string {
  if (!s.default) return w('releases.noDefault');
  const base = s.default.version;
  const groups = new Map<string, string[]>();
  for (const n of s.networks) if (n.active !== base) groups.set(n.active, [...(groups.get(n.active) ?? []), placeName(n, locale)]);
  if (!groups.size) return w('releases.all', { version: base });
  const sep = locale === 'en' ? ', ' : ' ';
  const on = [...groups].map(([version, names]) => w('releases.on', { networks: names.join(', '), version }));
  return [...on, w('releases.others', { version: base })].join(sep);
}

/** "✓ compatible", or each router the server does not serve as the version asks, e.g. "✗ budget wants ^2.0.0, the server serves 1.0.0". */
export function contractText(c: { ok: boolean; problems: readonly { router: string; wanted: string; served: string | null }[] }, w: Words<AdminKey>): string {
  if (c.ok) return w('releases.ok');
  return `✗ ${c.problems.map((p) => w('releases.problem', { router: p.router, wanted: p.wanted, served: p.served ?? w('releases.none') })).join('; ')}`;
}

/** The version published just before `active` (the list is newest first, as the server sends it): what a rollback goes to. */
export function previousVersion(published: readonly string[], active: string): string | null {
  const i = published.indexOf(active);
  return i >= 0 ? (published[i + 1] ?? null) : null;
}
