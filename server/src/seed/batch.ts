import type PocketBase from 'pocketbase';

export interface Upsert {
  collection: string;
  body: Record<string, unknown> & { id: string };
}

/**
 * Writes records in PocketBase batches: each batch is one transaction, so a failed seed leaves no half-written
 * batch behind. Reports progress after each batch.
 */
export async function upsertAll(pb: PocketBase, writes: Upsert[], opts: { size?: number; onProgress?: (done: number) => void } = {}) {
  const size = opts.size ?? 500;
  for (let i = 0; i < writes.length; i += size) {
    const batch = pb.createBatch();
    // Version 0: a seed upserts without reading first, so pb_hooks/versions.js counts its write instead of checking it
    // (collections without versions ignore the field).
    for (const w of writes.slice(i, i + size)) batch.collection(w.collection).upsert({ version: 0, ...w.body });
    await batch.send();
    opts.onProgress?.(Math.min(i + size, writes.length));
  }
}
