import { describe, expect, it } from 'vitest';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, evidenceProblems, evidenceTypeOf } from './evidence.ts';
import { translateAssessment } from './messages.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest of a picture');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF');
const PDF = bytes('%PDF-1.7\n...');
const zip = (...names: string[]) => bytes([0x50, 0x4b, 0x03, 0x04], ...names.flatMap((n) => ['....', n]));

describe('evidence files', () => {
  it('knows a file by its content, not its name', () => {
    expect(evidenceTypeOf(PDF)?.label).toBe('PDF');
    expect(evidenceTypeOf(PNG)?.label).toBe('PNG');
    expect(evidenceTypeOf(JPEG)?.label).toBe('JPEG');
    expect(evidenceTypeOf(zip('[Content_Types].xml', 'xl/workbook.xml'))?.label).toBe('XLSX');
    expect(evidenceTypeOf(zip('[Content_Types].xml', 'word/document.xml'))?.label).toBe('DOCX');
    // A plain zip, a program, a web page, text: none of them is evidence.
    expect(evidenceTypeOf(zip('a.txt'))).toBeNull();
    expect(evidenceTypeOf(bytes('MZ\x90\x00 program'))).toBeNull();
    expect(evidenceTypeOf(bytes('<html><script>alert(1)</script>'))).toBeNull();
    expect(evidenceTypeOf(bytes(''))).toBeNull();
  });

  it('accepts the five types named as what they are, and refuses the rest at the field "file"', () => {
    expect(evidenceProblems({ name: 'รายงาน.pdf', size: PDF.length, bytes: PDF })).toEqual([]);
    expect(evidenceProblems({ name: 'photo.JPG', size: JPEG.length, bytes: JPEG })).toEqual([]);
    expect(evidenceProblems({ name: 'photo.jpeg', size: JPEG.length, bytes: JPEG })).toEqual([]);
    // A picture named as a PDF is refused: the name it is downloaded under must not lie about it.
    expect(evidenceProblems({ name: 'scan.pdf', size: PNG.length, bytes: PNG })).toEqual([{ field: 'file', key: 'assessment.file.type', params: { types: 'PDF, JPEG, PNG, XLSX, DOCX' } }]);
    expect(evidenceProblems({ name: 'virus.pdf', size: 9, bytes: bytes('MZ program') })[0]?.key).toBe('assessment.file.type');
    expect(evidenceProblems({ name: 'notes.txt', size: 5, bytes: bytes('hello') })[0]?.key).toBe('assessment.file.type');
  });

  it('refuses an empty file, one over 10 MB and a nameless one', () => {
    expect(evidenceProblems({ name: 'a.pdf', size: 0, bytes: bytes() })).toEqual([{ field: 'file', key: 'assessment.file.empty' }]);
    expect(evidenceProblems({ name: 'a.pdf', size: EVIDENCE_MAX_BYTES, bytes: PDF })).toEqual([]);
    expect(evidenceProblems({ name: 'a.pdf', size: EVIDENCE_MAX_BYTES + 1, bytes: PDF })).toEqual([{ field: 'file', key: 'assessment.file.tooLarge' }]);
    expect(evidenceProblems({ name: ' ', size: PDF.length, bytes: PDF })[0]?.key).toBe('assessment.file.name');
  });

  it('says the limit in Thai first and names the types a person may choose', () => {
    expect(EVIDENCE_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(translateAssessment('th', 'assessment.file.tooLarge')).toContain('10 MB');
    expect(translateAssessment('en', 'assessment.file.tooLarge')).toContain('10 MB');
    expect(translateAssessment('th', 'assessment.file.type', { types: 'PDF, PNG' })).toBe('รับเฉพาะไฟล์ PDF, PNG (ชื่อไฟล์ต้องตรงกับชนิดไฟล์)');
    expect(EVIDENCE_ACCEPT.split(',')).toEqual(expect.arrayContaining(['application/pdf', '.pdf', '.jpg', '.png', '.xlsx', '.docx']));
  });
});
