import { createHash } from 'node:crypto';

/**
 * A PocketBase record id (15 characters a–z 0–9) derived from what the record is, so seeding twice upserts the
 * same records instead of adding copies, and a whole seed can go in one transactional batch.
 */
export function stableId(kind: string, key: string): string {
  const digest = createHash('sha256').update(`${kind}:${key}`).digest();
  let id = '';
  for (let i = 0; id.length < 15; i++) id += (digest[i]! % 36).toString(36);
  return id;
}
