import { describe, expect, it } from 'vitest';
import { documentTitle } from './title.ts';

describe('document title', () => {
  it('names the page, then the platform', () => {
    expect(documentTitle('ตั้งค่าโมดูล', 'ระบบ ๑ ตำบล ๑ มหาวิทยาลัย')).toBe('ตั้งค่าโมดูล · ระบบ ๑ ตำบล ๑ มหาวิทยาลัย');
    expect(documentTitle('Module settings', 'One Tambon One University')).toBe('Module settings · One Tambon One University');
  });
  it('is the platform alone when a page has no title of its own', () => {
    expect(documentTitle('', 'One Tambon One University')).toBe('One Tambon One University');
    expect(documentTitle('  ', 'One Tambon One University')).toBe('One Tambon One University');
    expect(documentTitle(undefined, 'One Tambon One University')).toBe('One Tambon One University');
  });
});
