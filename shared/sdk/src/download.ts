/** A file the server sent inside a JSON answer (an export), as base64. */
export interface Base64File {
  filename: string;
  mime: string;
  base64: string;
}

/** Saves a file the server sent as base64, the way a browser download does. */
export function download(file: Base64File): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  saveBlob(new Blob([bytes], { type: file.mime }), file.filename);
}

/** Saves bytes the page holds (a fetched file, a made one) under a name, the way a browser download does. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has read the blob once the click's download started; freeing it at once can cancel it in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
