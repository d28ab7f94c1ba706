import { MAX_IMPORT_BYTES } from '@otou/domain';

/** Whether a chosen file can be an import: a .xlsx or .csv of at most the domain's MAX_IMPORT_BYTES (the server's limit). */
export const importableFile = (f: { name: string; size: number }): boolean => /\.(?:xlsx|csv)$/i.test(f.name) && f.size > 0 && f.size <= MAX_IMPORT_BYTES;

/** A file the user chose, read in the browser as base64 (what the API's JSON carries); no upload route needed. */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
