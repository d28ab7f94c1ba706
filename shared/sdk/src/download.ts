/** A file the server sent inside a JSON answer (an export), as base64. */
export interface Base64File {
  filename: string;
  mime: string;
  base64: string;
}

/** Saves a file the server sent as base64, the way a browser download does. */
export function download(file: Base64File): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has read the blob once the click's download started; freeing it at once can cancel it in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
