import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import { fromPocketBase } from './errors.ts';
import type { RecordModel } from 'pocketbase';
import { isLocale, type NamedPlace, type Placement, type Role, type ScopeLevel, type SessionUser } from '@otou/domain';

export type { NamedPlace, SessionUser } from '@otou/domain';

export const USER_EXPAND = 'network,university,university.network,tambon,tambon.university,tambon.university.network';

function place(r: RecordModel | undefined): NamedPlace | undefined {
  if (!r) return undefined;
  return { id: r.id, code: r['code'], name_th: r['name_th'], name_en: r['name_en'] || undefined };
}

/** Builds the session user from a users record expanded with USER_EXPAND. */
export function toSessionUser(r: RecordModel): SessionUser {
  const e = (r.expand ?? {}) as Record<string, RecordModel | undefined>;
  const level = r['scope'] as ScopeLevel;
  const tambon = e['tambon'];
  const university = (tambon?.expand?.['university'] as RecordModel | undefined) ?? e['university'];
  const network = (university?.expand?.['network'] as RecordModel | undefined) ?? e['network'];
  const placement: Placement = { level };
  if (level !== 'central') {
    if (network) placement.networkId = network.id;
    if (level !== 'network' && university) placement.universityId = university.id;
    if (level === 'tambon' && tambon) placement.tambonId = tambon.id;
  }
  const places: SessionUser['places'] = {};
  if (placement.networkId) places.network = place(network);
  if (placement.universityId) places.university = place(university);
  if (placement.tambonId && tambon) places.tambon = { ...place(tambon)!, district_th: tambon['district_th'], province_th: tambon['province_th'], district_en: tambon['district_en'] || undefined, province_en: tambon['province_en'] || undefined };
  return {
    id: r.id,
    email: r['email'],
    name: r['name'] || r['email'],
    role: r['role'] as Role,
    language: isLocale(r['language']) ? r['language'] : null,
    placement,
    places,
  };
}

/** The user id in a PocketBase token; the signature is checked by PocketBase on the next call, not here. */
export function tokenUserId(token: string): string | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const payload = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as { id?: unknown; type?: unknown };
    return payload.type === 'auth' && typeof payload.id === 'string' ? payload.id : null;
  } catch {
    return null;
  }
}

/**
 * Loads the caller with the caller's own token: the users view rule lets a token read only its own record, so an
 * expired, forged or foreign token yields null.
 */
export async function loadSessionUser(pb: PocketBase): Promise<SessionUser | null> {
  const token = pb.authStore.token;
  const id = token ? tokenUserId(token) : null;
  if (!id) return null;
  try {
    return toSessionUser(await pb.collection('users').getOne(id, { expand: USER_EXPAND }));
  } catch (e) {
    // PocketBase not answering says nothing about the token: the person stays signed in and is told to try again.
    if (e instanceof ClientResponseError && e.status === 0) throw fromPocketBase(e);
    return null;
  }
}
