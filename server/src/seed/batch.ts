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
    for (const w of writes.slice(i, i + size)) batch.collection(w.collection).upsert(w.body);
    await batch.send();
    opts.onProgress?.(Math.min(i + size, writes.length));
  }
}
