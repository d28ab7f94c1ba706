import { afterEach, describe, expect, it, vi } from 'vitest';
import { download } from './download.ts';

afterEach(() => vi.restoreAllMocks());

describe('download', () => {
  it('saves the decoded bytes under the server\'s file name and type', async () => {
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    let clicked: HTMLAnchorElement | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked = this;
    });
    download({ filename: 'รายงาน-ห้วยแห้ง.csv', mime: 'text/csv', base64: btoa('a,b\n1,2\n') });
    expect(clicked?.download).toBe('รายงาน-ห้วยแห้ง.csv');
    expect(clicked?.href).toBe('blob:x');
    expect(blob?.type).toBe('text/csv');
    expect(await blob?.text()).toBe('a,b\n1,2\n');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
